import HubMarkdown

/// The heading sections of a body for the search index, cut at the lines of the parsed
/// headings. A stand-in until the Markdown engine offers `MarkdownDocument.sections`
/// (its plain text); this keeps the Markdown source of each section, minus heading lines.
enum BodySections {
    static func split(_ body: String, headings: [MarkdownHeading]) -> [MarkdownSection] {
        var body = body
        return body.withUTF8 { bytes in
            // Byte offset where each line starts (lines end at \n).
            var starts = [0]
            for i in 0..<bytes.count where bytes[i] == 0x0A { starts.append(i + 1) }
            func text(_ fromLine: Int, _ toLine: Int) -> String {
                guard fromLine < toLine, fromLine < starts.count else { return "" }
                let a = starts[fromLine]
                var b = toLine < starts.count ? starts[toLine] : bytes.count
                while b > a, bytes[b - 1] == 0x0A || bytes[b - 1] == 0x0D { b -= 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self)
            }
            var sections: [MarkdownSection] = []
            var current: MarkdownHeading?
            var start = 0
            for h in headings {
                let line = max(0, h.line - 1)
                guard line >= start else { continue }
                let t = text(start, line)
                if current != nil || !t.isEmpty { sections.append(MarkdownSection(heading: current, text: t)) }
                current = h
                start = line + 1
            }
            let t = text(start, starts.count)
            if current != nil || !t.isEmpty { sections.append(MarkdownSection(heading: current, text: t)) }
            return sections
        }
    }
}
