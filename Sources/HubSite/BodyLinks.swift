import HubContent
import HubDiagnostics
import HubMarkdown

/// Resolves the link and image destinations of one document's body to what they point at
/// in the site: `../methods/x.md#steg` → the page of that method, an attachment → the copy
/// next to its page. Destinations that climb out of `Content/` or hide path tricks become
/// errors with file:line, and are neutralized in the page.
///
/// The resolution does not depend on where the page lies; `rewriter(layout:)` turns it into
/// hrefs relative to one page. The handbook entry of a method or tool reuses the resolution
/// its document page made (`RenderedBody.links`) with the handbook's layout.
struct BodyLinks: Sendable {
    /// What a destination points at.
    enum Target: Sendable {
        case page(DocumentID, fragment: String?)
        case listing(DocumentKind, fragment: String?)
        /// An attachment's copy, output-relative, percent-encoded.
        case file(String, fragment: String?)
        /// Nothing that may be linked: written as `#`.
        case neutral
    }

    /// Destination as written → what it points at.
    private(set) var targets: [String: Target] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    init(document doc: Document, links: [MarkdownLink], site: SiteModel) {
        let base = BodyLinks.folder(of: doc.sourcePath)
        // Every link of every page passes here: the base folder's bytes are taken once.
        let asciiBase: [UInt8]? = base.utf8.allSatisfy { $0 < 0x80 } ? Array(base.utf8) : nil
        targets.reserveCapacity(links.count)
        for link in links {
            let dest = link.destination
            if targets[dest] != nil { continue }
            let cut: Cut
            if let fast = Self.cutASCII(dest) { cut = fast } else { cut = Self.cutSlow(dest) }
            guard case .local(let path, let fragment) = cut else { continue }
            let resolved = asciiBase.map { ContentPath.resolve(path, asciiBase: $0) }
                ?? ContentPath.resolve(String(decoding: path, as: UTF8.self), against: base)
            switch resolved {
            case .failure(let problem):
                let m = problem.message
                let loc = SourceLocation(path: doc.sourcePath, line: link.line + doc.bodyStartLine - 1, column: link.column)
                diagnostics.append(Diagnostic(.error, id: "unsafe-link", at: loc,
                                              LocalizedText(sv: "\(link.isImage ? "bilden" : "länken") '\(dest)': \(m.sv)",
                                                            en: "\(link.isImage ? "image" : "link") '\(dest)': \(m.en)"),
                                              length: dest.count))
                targets[dest] = .neutral
            case .success(let target):
                let frag = fragment.map { ContentPath.percentDecode($0) }
                if let id = site.bySourcePath[target] ?? site.bySourcePath[target + (target.hasSuffix("/") ? "" : "/") + "index.md"] {
                    targets[dest] = .page(id, fragment: frag)
                } else if let kind = DocumentKind(rawValue: target.hasSuffix("/") ? String(target.dropLast()) : target),
                          !site.hub.documents(of: kind).isEmpty {
                    targets[dest] = .listing(kind, fragment: frag)
                } else if let out = site.attachmentOutput[target] {
                    targets[dest] = .file(ContentPath.percentEncode(out), fragment: frag)
                } else {
                    let loc = SourceLocation(path: doc.sourcePath, line: link.line + doc.bodyStartLine - 1, column: link.column)
                    diagnostics.append(Diagnostic(.warning, id: "missing-link-target", at: loc,
                                                  LocalizedText(sv: "'\(dest)' finns inte bland dokumenten eller bilagorna",
                                                                en: "'\(dest)' is not a document or attachment of the hub"),
                                                  length: dest.count))
                    targets[dest] = .neutral
                }
            }
        }
    }

    /// What a destination is before it is resolved: a path in the content folder (bytes,
    /// without `?query` and `#fragment`) with its fragment, or something left as it is
    /// (empty, in-page, a query, another host or a URL with a scheme).
    enum Cut: Equatable {
        case local(path: [UInt8], fragment: String?)
        case skip
    }

    /// `cutSlow` for an ASCII destination, in one pass over its bytes; nil for any other
    /// destination (where `#`, `?` and `/` followed by a combining mark are no marks).
    static func cutASCII(_ dest: String) -> Cut? {
        var d = dest
        return d.withUTF8 { p -> Cut? in
            let n = p.count
            if n == 0 { return .skip }
            var hash = -1, question = -1, colon = false, backslash = false
            for i in 0..<n {
                let b = p[i]
                if b >= 0x80 { return nil }
                switch b {
                case 0x23: if hash < 0 { hash = i }
                case 0x3F: if question < 0 && hash < 0 { question = i }
                case 0x3A: colon = true
                case 0x5C: backslash = true
                default: break
                }
            }
            if p[0] == 0x23 || p[0] == 0x3F { return .skip }
            // Only a destination with a `:` can have a scheme (`SafeURL.scheme` stops at it).
            if colon, !backslash, let scheme = SafeURL.scheme(of: dest), scheme.utf8.count > 1 { return .skip }
            if n >= 2 && p[0] == 0x2F && p[1] == 0x2F { return .skip }  // another host, protocol-relative
            let end = question >= 0 ? question : (hash >= 0 ? hash : n)
            if end == 0 { return .skip }
            let fragment = hash >= 0 ? String(decoding: UnsafeBufferPointer(rebasing: p[(hash + 1)...]), as: UTF8.self) : nil
            return .local(path: Array(UnsafeBufferPointer(rebasing: p[..<end])), fragment: fragment)
        }
    }

    /// What a destination is, by `Character` (the definition; `cutASCII` is its fast path).
    static func cutSlow(_ dest: String) -> Cut {
        if dest.isEmpty || dest.hasPrefix("#") || dest.hasPrefix("?") { return .skip }
        if !dest.utf8.contains(0x5C), SafeURL.scheme(of: dest).map({ $0.count > 1 }) == true { return .skip }
        if dest.hasPrefix("//") { return .skip }  // another host, protocol-relative
        var path = Substring(dest)
        var fragment: Substring?
        if let hash = path.firstIndex(of: "#") {
            fragment = path[path.utf8.index(after: hash)...]
            path = path[..<hash]
        }
        if let q = path.firstIndex(of: "?") { path = path[..<q] }
        if path.isEmpty { return .skip }
        return .local(path: Array(path.utf8), fragment: fragment.map(String.init))
    }

    /// The href of a target from the page `layout` describes.
    static func href(_ target: Target, layout: Layout) -> String {
        switch target {
        case .page(let id, let fragment): return layout.href(SiteLinks.pageDirectory(id), fragment: fragment)
        case .listing(let kind, let fragment): return layout.href(SiteLinks.listingDirectory(kind), fragment: fragment)
        case .file(let path, let fragment): return layout.file(path) + (fragment.map { "#" + $0 } ?? "")
        case .neutral: return "#"
        }
    }

    /// The folder part of a content path, with its final `/` (`tools/x/` of
    /// `tools/x/index.md`), or empty. Cut as bytes when ASCII; otherwise by `Character`, where
    /// `/` plus a combining mark is no separator.
    static func folder(of sourcePath: String) -> String {
        if sourcePath.utf8.allSatisfy({ $0 < 0x80 }) {
            guard let slash = sourcePath.utf8.lastIndex(of: 0x2F) else { return "" }
            return String(sourcePath[...slash])
        }
        guard let slash = sourcePath.lastIndex(of: "/") else { return "" }
        return String(sourcePath[...slash])
    }

    /// The rewriter handed to the Markdown renderer, for a page that `layout` describes.
    func rewriter(layout: Layout) -> URLRewriter {
        let table = targets.mapValues { Self.href($0, layout: layout) }
        return { dest, _ in table[dest] }
    }
}
