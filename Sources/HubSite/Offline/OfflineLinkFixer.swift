/// Makes the pages of an offline bundle link only to what the bundle holds.
///
/// Every relative `href`/`src`/`action` is resolved as `file://` would resolve it: against
/// the page's folder, with no server to turn a folder into its `index.html`. Then:
/// - a link to a folder whose `index.html` is in the bundle gets the `index.html` added;
/// - a link (`<a>`) to a page that was left out points to the public site when a base URL is
///   known, and otherwise becomes plain text with a note that it is not in this bundle;
///   inside navigation (`<nav>`, `<footer>`) the whole list item goes instead;
/// - a script, stylesheet or form whose file was left out is removed; an image becomes its
///   alt text.
///
/// The input is the site's own HTML (attribute values double-quoted, `<` in text escaped),
/// so a small tag scanner is enough; it never drops text it does not understand.
public struct OfflineLinkFixer: Sendable {
    /// Every file of the bundle, relative to its root.
    public var present: Set<String>
    /// Every file of the full site, to tell pages of the public site from broken links.
    public var published: Set<String>
    /// The public address, ending in `/`, or nil.
    public var baseURL: String?

    public init(present: Set<String>, published: Set<String>, baseURL: String?) {
        self.present = present
        self.published = published
        self.baseURL = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
    }

    /// What a relative reference resolves to.
    public enum Target: Equatable, Sendable {
        /// Not a file of the bundle's tree: another scheme, another host, a fragment or a query only.
        case elsewhere
        /// A path relative to the bundle root (no fragment), and the fragment with its `#`.
        case file(String, fragment: String)
        /// Climbs above the root.
        case outside
    }

    /// Resolves `reference` written on the page at `pagePath` (`methods/x/index.html`).
    public static func resolve(_ reference: String, from pagePath: String) -> Target {
        let r = reference
        if r.isEmpty || r.hasPrefix("#") || r.hasPrefix("?") || r.hasPrefix("/") { return .elsewhere }
        // A scheme is letters, digits, + - . before the first `:`, with no `/` before it.
        if let colon = r.firstIndex(of: ":"), !r[..<colon].contains("/"), !r[..<colon].contains("#") { return .elsewhere }
        var path = Substring(r)
        var fragment = ""
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[hash...])
            path = path[..<hash]
        }
        if let q = path.firstIndex(of: "?") { path = path[..<q] }
        var parts = pagePath.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
        let segments = ContentPath.percentDecode(String(path)).split(separator: "/", omittingEmptySubsequences: false)
        for (i, seg) in segments.enumerated() {
            if seg == ".." {
                if parts.isEmpty { return .outside }
                parts.removeLast()
            } else if seg == "." || (seg.isEmpty && i < segments.count - 1) {
                continue
            } else {
                parts.append(String(seg))
            }
        }
        return .file(parts.joined(separator: "/"), fragment: fragment)
    }

    /// The relative reference from the page at `pagePath` to `target` (both root-relative).
    static func relative(from pagePath: String, to target: String) -> String {
        let depth = pagePath.split(separator: "/", omittingEmptySubsequences: false).count - 1
        return String(repeating: "../", count: depth) + target
    }

    /// How a reference on a page fares in the bundle.
    enum Verdict: Equatable {
        case keep
        /// Keep, with this value instead (a folder made explicit).
        case replace(String)
        /// Left out: the public address, or nil when there is none.
        case missing(publicURL: String?)
    }

    func verdict(_ reference: String, on pagePath: String) -> Verdict {
        switch Self.resolve(reference, from: pagePath) {
        case .elsewhere: return .keep
        case .outside: return .missing(publicURL: nil)
        case .file(let path, let fragment):
            if !path.isEmpty, !path.hasSuffix("/"), present.contains(path) { return .keep }
            // A folder (or a path that is one): file:// shows a listing, not the page.
            let folder = path.isEmpty || path.hasSuffix("/") ? path : path + "/"
            let index = folder + "index.html"
            if present.contains(index) { return .replace(Self.relative(from: pagePath, to: Self.percentEncodePath(index)) + fragment) }
            // Left out: a page of the public site when the full site has it.
            let candidate = published.contains(path) ? path : (published.contains(index) ? index : nil)
            guard let base = baseURL, let page = candidate else { return .missing(publicURL: nil) }
            let web = page == "index.html" ? "" : page.hasSuffix("/index.html") ? String(page.dropLast("index.html".count)) : page
            return .missing(publicURL: base + Self.percentEncodePath(web) + fragment)
        }
    }

    static func percentEncodePath(_ s: String) -> String {
        var out = ""
        for b in s.utf8 {
            switch b {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x5F, 0x7E, 0x2F: out.unicodeScalars.append(Unicode.Scalar(b))
            default: out += "%" + String(b, radix: 16, uppercase: true).leftPadded(2)
            }
        }
        return out
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
