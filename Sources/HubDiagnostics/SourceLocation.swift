/// A place in a source file: 1-based line and column. Columns count Unicode
/// characters (grapheme clusters), so `å` is one column, as an author counts them.
public struct SourceLocation: Sendable, Hashable, Comparable, Codable {
    /// Path as it should be shown to the author (usually relative to the working directory).
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.line, a.column) < (b.path, b.line, b.column)
    }

    /// `path:line:column`, the form editors and terminals turn into links.
    public var description: String { "\(path):\(line):\(column)" }
}
