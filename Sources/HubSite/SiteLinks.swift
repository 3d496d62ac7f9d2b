import HubContent

/// Where every page lives and how one page links to another. All internal links are
/// relative: up to the site root with `../`, then down, so the output works from
/// `file://` and under any web path. The link style (directories or explicit
/// `index.html`) is one switch, used by offline bundles.
public struct SiteLinks: Sendable {
    public var style: SiteOptions.LinkStyle

    public init(style: SiteOptions.LinkStyle) { self.style = style }

    /// The folder of a document's page, relative to the root: `methods/behovsanalys/`.
    public static func pageDirectory(_ id: DocumentID) -> String { "\(id.kind.rawValue)/\(id.slug)/" }

    /// The folder of a kind's listing: `methods/`.
    public static func listingDirectory(_ kind: DocumentKind) -> String { "\(kind.rawValue)/" }

    public static func tagDirectory(_ slug: String) -> String { "tags/\(slug)/" }
    public static func regionDirectory(_ slug: String) -> String { "regions/\(slug)/" }

    /// The file a page folder is written to: `methods/x/index.html` (`index.html` at the root).
    public static func file(forDirectory dir: String) -> String { dir + "index.html" }

    /// How many folders deep a page folder is (`methods/x/` → 2).
    public static func depth(ofDirectory dir: String) -> Int {
        // Counted over the contiguous bytes (every page's layout asks), not collected into an array.
        var dir = dir
        return dir.withUTF8 { p in
            var slashes = 0
            for b in p where b == 0x2F { slashes += 1 }
            return slashes
        }
    }

    /// The prefix that leads from a page in `dir` back to the root: `../../`, or `./` at the root.
    public static func rootPrefix(fromDirectory dir: String) -> String {
        let d = depth(ofDirectory: dir)
        return d == 0 ? "./" : String(repeating: "../", count: d)
    }

    /// The URL of a page folder as other pages link to it, relative to the root:
    /// `methods/x/` (web) or `methods/x/index.html` (bundle). The root itself is `` or `index.html`.
    public func url(ofDirectory dir: String) -> String {
        style == .indexFiles ? dir + "index.html" : dir
    }

    /// A link from a page in `fromDirectory` to the page folder `dir`, with an optional fragment.
    public func href(from root: String, toDirectory dir: String, fragment: String? = nil) -> String {
        var s = root == "./" ? "" : root
        s += url(ofDirectory: dir)
        if s.isEmpty { s = "./" }
        if let f = fragment, !f.isEmpty { s += "#" + f }
        return s
    }

    /// A link to a file (not a page folder), relative to the root: `assets/site.css`.
    public func href(from root: String, toFile path: String) -> String {
        (root == "./" ? "" : root) + path
    }
}
