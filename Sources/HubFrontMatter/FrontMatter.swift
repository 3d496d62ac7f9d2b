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
///
/// The YAML subset (DESIGN.md): plain, single- and double-quoted scalars; block scalars
/// `|` and `>` with chomping (`-`, `+`) and indentation indicators; null, booleans,
/// integers (decimal, `0x`, `0o`), floats (`.inf`, `.nan`), dates and timestamps; block
/// and flow lists and maps; comments. Values resolve by the YAML 1.2 core schema, so
/// `yes`, `on` and `010` are what YAML 1.2 says (`"yes"`, `"on"`, `10`).
///
/// Decisions a caller should know:
/// - Any error leaves the value nil; the diagnostics say why, each at a file line and
///   character column.
/// - Front matter with only comments or blank lines (or nothing) is an empty map.
/// - An impossible date such as `2024-13-45` (or a timestamp with hour 25) stays a
///   **string**: the content model knows which fields hold dates and reports it there.
///   `YAMLDate(iso:)` tells a real date from such a string.
/// - Keys are strings (`1: x` has the key `"1"`).
/// - A decimal integer beyond `Int` becomes a `Double`.
///
/// Diagnostic ids: `frontmatter-unclosed`, `yaml-anchor`, `yaml-alias`, `yaml-tag`,
/// `yaml-complex-key`, `yaml-duplicate-key`, `yaml-empty-key`, `yaml-tab-indent`,
/// `yaml-indent`, `yaml-top-level`, `yaml-unterminated`, `yaml-escape`,
/// `yaml-control-character`, `yaml-depth`, and `yaml-syntax` for the rest.
public enum FrontMatter {
    /// Splits `text` (already decoded, BOM removed, line endings as found) at the
    /// `---` fences and parses the YAML between them. `path` names the file in diagnostics.
    /// Unclosed front matter is an error on the opening line.
    public static func parseDocument(_ text: String, path: String) -> FrontMatterDocument {
        FrontMatterSplitter.parseDocument(text, path: path)
    }

    /// `parseDocument(_:path:)` for a file's bytes, for a caller that has them: the YAML and
    /// the body are each made once from the bytes, with no `String` of the whole file. Nil
    /// when the bytes are not valid UTF-8 (decode them, then call `parseDocument(_:path:)`).
    public static func parseDocument(utf8 bytes: UnsafeBufferPointer<UInt8>, path: String) -> FrontMatterDocument? {
        FrontMatterSplitter.parseDocument(utf8: bytes, path: path)
    }

    /// Parses YAML text (no fences). `firstLine` is the file line of its first line,
    /// so that node positions and diagnostics are file positions.
    public static func parseYAML(_ yaml: String, path: String, firstLine: Int = 1) -> (YAMLNode?, [Diagnostic]) {
        YAMLParser.parse(yaml, path: path, firstLine: firstLine)
    }
}
