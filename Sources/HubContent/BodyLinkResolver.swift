import Foundation
import HubDiagnostics

/// Resolves a relative link of a body: `../methods/x.md#steg` to the document it names,
/// `mall.xlsx` or `../tools/x/bild.png` to an attachment that must exist.
enum BodyLinkResolver {
    enum Resolution: Equatable {
        /// Nothing to resolve (a web address, an anchor), or an attachment that exists.
        case notChecked
        case found(DocumentID)
        case problem(id: String, LocalizedText, suggestion: String?)
    }

    /// `folder` is the content-relative folder of the linking document (`lessons` or `tools/x`).
    static func resolve(_ destination: String, isImage: Bool = false, from folder: String, catalog: ReferenceCatalog) -> Resolution {
        guard let (path, markdown) = relativePath(destination) else { return .notChecked }
        let isMarkdown = markdown && !isImage
        guard let parts = normalize(folder.utf8.split(separator: UInt8(ascii: "/")).map { String(Substring($0)) }
                                    + path.utf8.split(separator: UInt8(ascii: "/")).map { String(Substring($0)) }) else {
            return .problem(id: "link-outside-content", LocalizedText(
                sv: "länken '\(destination)' leder ut ur innehållsmappen", en: "the link '\(destination)' leads out of the content folder"),
                suggestion: nil)
        }
        if !isMarkdown {
            let target = parts.joined(separator: "/")
            if catalog.attachmentPaths.contains(target) { return .notChecked }
            let close = Suggestion.closest(to: target, in: catalog.attachmentPaths.sorted())
            return .problem(id: "missing-file", LocalizedText(
                sv: "länken '\(destination)' pekar på \(target), men den filen finns inte bland bilagorna",
                en: "the link '\(destination)' points to \(target), but there is no such attachment"),
                suggestion: close.map { relative(from: folder, to: $0) })
        }
        var id: DocumentID?
        if let kindName = parts.first, let kind = DocumentKind(rawValue: kindName) {
            if parts.count == 2, parts[1].hasSuffix(".md") {
                id = DocumentID(kind: kind, slug: String(parts[1].dropLast(3)))
            } else if parts.count == 3, parts[2] == "index.md" {
                id = DocumentID(kind: kind, slug: parts[1])
            }
        }
        guard let id else {
            return .problem(id: "broken-link", LocalizedText(
                sv: "länken '\(destination)' pekar inte på något dokument (\(parts.joined(separator: "/")))",
                en: "the link '\(destination)' does not point to a document (\(parts.joined(separator: "/")))"), suggestion: nil)
        }
        if catalog.ids.contains(id) { return .found(id) }
        var suggestion: String?
        if let close = Suggestion.closest(to: id.slug, in: catalog.slugsByKind[id.kind] ?? []) {
            // Offer the link as the author wrote it, with only the name corrected.
            if let range = destination.range(of: id.slug + ".md", options: .backwards) {
                suggestion = destination.replacingCharacters(in: range, with: close + ".md")
            } else if let range = destination.range(of: id.slug + "/index.md", options: .backwards) {
                suggestion = destination.replacingCharacters(in: range, with: close + "/index.md")
            }
        }
        return .problem(id: "broken-link", LocalizedText(
            sv: "länken '\(destination)' pekar på \(id.kind.rawValue)/\(id.slug).md, men det finns \(id.kind.none.sv) '\(id.slug)'",
            en: "the link '\(destination)' points to \(id.kind.rawValue)/\(id.slug).md, but there is \(id.kind.none.en) '\(id.slug)'"),
            suggestion: suggestion)
    }

    /// The path part of a relative link, percent-decoded, and whether it names a `.md` file;
    /// nil for web addresses, anchors, site-absolute paths and folders. Works on UTF-8
    /// bytes: it runs for every link of every document.
    static func relativePath(_ destination: String) -> (String, Bool)? {
        let utf8 = destination.utf8
        // The fragment and query are not part of the file.
        let end = utf8.firstIndex { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") } ?? utf8.endIndex
        let d = utf8[..<end]
        guard let first = d.first, first != UInt8(ascii: "/"), first != UInt8(ascii: "\\"), d.last != UInt8(ascii: "/") else {
            return nil
        }
        // A scheme (`https:`, `mailto:`) comes before any slash.
        for b in d {
            if b == UInt8(ascii: "/") { break }
            if b == UInt8(ascii: ":") { return nil }
        }
        let raw = String(Substring(d))
        let path = d.contains(UInt8(ascii: "%")) ? (raw.removingPercentEncoding ?? raw) : raw
        let bytes = Array(path.utf8.suffix(3))
        let isMarkdown = bytes.count == 3 && bytes[0] == UInt8(ascii: ".") && bytes[1] | 0x20 == UInt8(ascii: "m")
            && bytes[2] | 0x20 == UInt8(ascii: "d")
        return (path, isMarkdown)
    }

    /// `to` (content-relative) as a link from `folder`, for suggestions.
    static func relative(from folder: String, to target: String) -> String {
        let from = folder.split(separator: "/").map(String.init)
        let to = target.split(separator: "/").map(String.init)
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        return (Array(repeating: "..", count: from.count - common) + to[common...]).joined(separator: "/")
    }

    /// Applies `.` and `..`; nil when `..` climbs above the content folder.
    static func normalize(_ parts: [String]) -> [String]? {
        var out: [String] = []
        for p in parts {
            switch p {
            case "", ".": continue
            case "..":
                if out.isEmpty { return nil }
                out.removeLast()
            default: out.append(p)
            }
        }
        return out
    }
}
