/// The engine's front door.
public enum Markdown {
    /// Parses and renders in one go: what `pilothub markdown` does.
    public static func html(_ source: String, options: MarkdownOptions = MarkdownOptions()) -> String {
        parse(source, options: options).html()
    }

    /// Parses a whole document: blocks line by line, then inlines.
    public static func parse(_ source: String, options: MarkdownOptions = MarkdownOptions()) -> MarkdownDocument {
        MarkdownDocument(source: source, options: options)
    }

    /// The links and safety notes of a document, exactly as `parse(_:options:)` gives them
    /// (`links`, `safetyNotes`), for a caller that renders nothing: the inlines of blocks
    /// without a link, autolink or raw HTML are never parsed.
    public static func scanLinks(_ source: String, options: MarkdownOptions = MarkdownOptions()) -> MarkdownLinkScan {
        let document = MarkdownDocument(source: source, options: options, linksOnly: true)
        return MarkdownLinkScan(links: document.links, safetyNotes: document.safetyNotes)
    }
}

/// What `Markdown.scanLinks` finds.
public struct MarkdownLinkScan: Sendable, Hashable {
    /// Every link and image destination, in document order.
    public var links: [MarkdownLink]
    /// What safe mode changed, by line and column.
    public var safetyNotes: [SafetyNote]

    public init(links: [MarkdownLink], safetyNotes: [SafetyNote]) {
        self.links = links
        self.safetyNotes = safetyNotes
    }
}
