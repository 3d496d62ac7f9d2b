import HubMarkdown

/// The heading sections of a body for the search index, cut at the lines of the parsed
/// headings. A stand-in until the Markdown engine offers `MarkdownDocument.sections`
/// (its plain text); this keeps the Markdown source of each section, minus heading lines.
enum BodySections {
    static func split(_ body: String, headings: [MarkdownHeading]) -> [MarkdownSection] {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        var sections: [MarkdownSection] = []
        var current: MarkdownHeading?
        var start = 0
        func flush(upTo end: Int) {
            let text = start < end ? lines[start..<min(end, lines.count)].joined(separator: "\n") : ""
            if current != nil || !text.isEmpty { sections.append(MarkdownSection(heading: current, text: text)) }
        }
        for h in headings {
            let line = max(0, h.line - 1)
            guard line >= start else { continue }
            flush(upTo: line)
            current = h
            start = line + 1
        }
        flush(upTo: lines.count)
        return sections
    }
}
