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
    /// An accessible name for task-list checkboxes (`aria-label`), for an unchecked and a
    /// checked item, in the page's language. A form control needs a name (WCAG 4.1.2), and
    /// GFM's `<input type="checkbox" disabled>` has none. Nil writes the specification's HTML.
    public var taskLabels: TaskLabels?

    /// The names of an open and a done task-list checkbox.
    public struct TaskLabels: Sendable, Hashable {
        public var open: String
        public var done: String
        public init(open: String, done: String) {
            self.open = open
            self.done = done
        }
    }

    public init(gfm: Bool = true, unsafe: Bool = false, tagfilter: Bool = false, headingIDs: Bool = false,
                taskLabels: TaskLabels? = nil) {
        self.gfm = gfm
        self.unsafe = unsafe
        self.tagfilter = tagfilter
        self.headingIDs = headingIDs
        self.taskLabels = taskLabels
    }
}
