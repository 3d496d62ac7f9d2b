// SKELETON: replaced by the real engine (issue 2). It escapes the text into paragraphs
// so that the stages after it can be built against the API in the meantime.

/// A parsed Markdown document.
public struct MarkdownDocument: Sendable {
    public let options: MarkdownOptions
    let source: String

    init(source: String, options: MarkdownOptions) {
        self.source = source
        self.options = options
    }

    public func html(rewriteURL: URLRewriter? = nil) -> String {
        var out = ""
        for para in source.split(separator: "\n", omittingEmptySubsequences: true) where !para.isEmpty {
            var esc = ""
            for c in para {
                switch c {
                case "<": esc += "&lt;"
                case ">": esc += "&gt;"
                case "&": esc += "&amp;"
                case "\"": esc += "&quot;"
                default: esc.append(c)
                }
            }
            out += "<p>\(esc)</p>\n"
        }
        return out
    }

    public var headings: [MarkdownHeading] { [] }
    public var links: [MarkdownLink] { [] }
    public var sections: [MarkdownSection] { [MarkdownSection(heading: nil, text: source)] }
    public var safetyNotes: [SafetyNote] { [] }
}
