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
        for link in links {
            let dest = link.destination
            if targets[dest] != nil { continue }
            let loc = SourceLocation(path: doc.sourcePath, line: link.line + doc.bodyStartLine - 1, column: link.column)
            if dest.isEmpty || dest.hasPrefix("#") || dest.hasPrefix("?") { continue }
            if !dest.utf8.contains(0x5C), SafeURL.scheme(of: dest).map({ $0.count > 1 }) == true { continue }
            if dest.hasPrefix("//") { continue }  // another host, protocol-relative
            var path = Substring(dest)
            var fragment: Substring?
            // An ASCII destination is cut as bytes; others by `Character` (`#` plus a combining
            // mark is no fragment mark).
            let ascii = dest.utf8.allSatisfy { $0 < 0x80 }
            if let hash = ascii ? path.utf8.firstIndex(of: 0x23) : path.firstIndex(of: "#") {
                fragment = path[path.utf8.index(after: hash)...]
                path = path[..<hash]
            }
            if let q = ascii ? path.utf8.firstIndex(of: 0x3F) : path.firstIndex(of: "?") { path = path[..<q] }
            if path.isEmpty { continue }
            switch ContentPath.resolve(String(path), against: base) {
            case .failure(let problem):
                let m = problem.message
                diagnostics.append(Diagnostic(.error, id: "unsafe-link", at: loc,
                                              LocalizedText(sv: "\(link.isImage ? "bilden" : "länken") '\(dest)': \(m.sv)",
                                                            en: "\(link.isImage ? "image" : "link") '\(dest)': \(m.en)"),
                                              length: dest.count))
                targets[dest] = .neutral
            case .success(let target):
                let frag = fragment.map { ContentPath.percentDecode(String($0)) }
                if let id = site.bySourcePath[target] ?? site.bySourcePath[target + (target.hasSuffix("/") ? "" : "/") + "index.md"] {
                    targets[dest] = .page(id, fragment: frag)
                } else if let kind = DocumentKind(rawValue: target.hasSuffix("/") ? String(target.dropLast()) : target),
                          !site.hub.documents(of: kind).isEmpty {
                    targets[dest] = .listing(kind, fragment: frag)
                } else if let out = site.attachmentOutput[target] {
                    targets[dest] = .file(ContentPath.percentEncode(out), fragment: frag)
                } else {
                    diagnostics.append(Diagnostic(.warning, id: "missing-link-target", at: loc,
                                                  LocalizedText(sv: "'\(dest)' finns inte bland dokumenten eller bilagorna",
                                                                en: "'\(dest)' is not a document or attachment of the hub"),
                                                  length: dest.count))
                    targets[dest] = .neutral
                }
            }
        }
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
