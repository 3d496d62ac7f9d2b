import HubDiagnostics

/// A Markdown document split into its front matter and its body.
public struct FrontMatterDocument: Sendable {
    /// The parsed front matter; nil when the document has none (or it failed to parse).
    /// A front matter holding only comments is an empty map.
    public var fields: YAMLNode?
    /// The Markdown after the closing `---` line.
    public var body: String
    /// The 1-based line of the file on which `body` starts.
    public var bodyStartLine: Int
    public var diagnostics: [Diagnostic]

    public init(fields: YAMLNode?, body: String, bodyStartLine: Int, diagnostics: [Diagnostic]) {
        self.fields = fields
        self.body = body
        self.bodyStartLine = bodyStartLine
        self.diagnostics = diagnostics
    }
}

/// Entry points of the front-matter reader.
public enum FrontMatter {
    /// Splits `text` (already decoded, BOM removed, line endings as found) at the
    /// `---` fences and parses the YAML between them. `path` names the file in diagnostics.
    /// Unclosed front matter is an error on the opening line.
    public static func parseDocument(_ text: String, path: String) -> FrontMatterDocument {
        FrontMatterSplitter.parseDocument(text, path: path)
    }

    /// Parses YAML text (no fences). `firstLine` is the file line of its first line,
    /// so that node positions and diagnostics are file positions.
    public static func parseYAML(_ yaml: String, path: String, firstLine: Int = 1) -> (YAMLNode?, [Diagnostic]) {
        YAMLParser.parse(yaml, path: path, firstLine: firstLine)
    }
}
