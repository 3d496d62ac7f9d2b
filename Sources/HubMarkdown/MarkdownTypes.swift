/// A heading of a parsed document, for tables of contents and search sections.
public struct MarkdownHeading: Sendable, Hashable {
    public var level: Int
    /// The heading's plain text (inline markup removed, entities decoded).
    public var text: String
    /// The anchor id (`så-här-gör-du`), unique within the document; computed even
    /// when `headingIDs` is off, so later stages can use it.
    public var id: String
    /// 1-based line in the Markdown source.
    public var line: Int

    public init(level: Int, text: String, id: String, line: Int) {
        self.level = level
        self.text = text
        self.id = id
        self.line = line
    }
}

/// A link or image destination as written, after backslash-escape and entity decoding.
public struct MarkdownLink: Sendable, Hashable {
    public var destination: String
    public var isImage: Bool
    /// 1-based line and column (in characters) of the destination in the source.
    public var line: Int
    public var column: Int

    public init(destination: String, isImage: Bool, line: Int, column: Int) {
        self.destination = destination
        self.isImage = isImage
        self.line = line
        self.column = column
    }
}

/// The plain text of one heading section (the text before the first heading has no heading).
public struct MarkdownSection: Sendable, Hashable {
    public var heading: MarkdownHeading?
    public var text: String

    public init(heading: MarkdownHeading?, text: String) {
        self.heading = heading
        self.text = text
    }

    /// A section whose text is UTF-8 bytes (`MarkdownDocument.sectionsUTF8`).
    public struct UTF8Text: Sendable, Hashable {
        public var heading: MarkdownHeading?
        public var text: [UInt8]

        public init(heading: MarkdownHeading?, text: [UInt8]) {
            self.heading = heading
            self.text = text
        }
    }
}

/// Something safe mode changed, so the build can tell the author why the page differs.
public struct SafetyNote: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case rawHTMLBlock = "raw-html-block"
        case inlineHTML = "inline-html"
        case unsafeURL = "unsafe-url"
    }
    public var kind: Kind
    /// For `unsafeURL`, the dropped destination; for HTML, the start of the tag.
    public var detail: String
    public var line: Int
    public var column: Int

    public init(kind: Kind, detail: String, line: Int, column: Int) {
        self.kind = kind
        self.detail = detail
        self.line = line
        self.column = column
    }
}

/// How a renderer may change a link or image destination (the site maps `../methods/x.md`
/// to the page's URL). Return nil to keep the destination as it is.
public typealias URLRewriter = (_ destination: String, _ isImage: Bool) -> String?
