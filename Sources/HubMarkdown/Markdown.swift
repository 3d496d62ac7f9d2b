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
}
