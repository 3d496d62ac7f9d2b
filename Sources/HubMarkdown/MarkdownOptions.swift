/// What the Markdown engine does. The defaults are the hub's: GFM on, safe, no ids.
public struct MarkdownOptions: Sendable, Hashable {
    /// Tables, strikethrough, extended autolinks and task-list items (GFM). Off = strict CommonMark.
    public var gfm: Bool
    /// Pass raw HTML and every URL through, exactly as the spec says. Off (safe) escapes raw
    /// HTML and drops dangerous URLs.
    public var unsafe: Bool
    /// GFM's tag filter: `<title>`, `<script>` … are written `&lt;title>` in raw HTML.
    public var tagfilter: Bool
    /// `id` attributes on headings, unique per document, Swedish letters kept.
    public var headingIDs: Bool

    public init(gfm: Bool = true, unsafe: Bool = false, tagfilter: Bool = false, headingIDs: Bool = false) {
        self.gfm = gfm
        self.unsafe = unsafe
        self.tagfilter = tagfilter
        self.headingIDs = headingIDs
    }
}
