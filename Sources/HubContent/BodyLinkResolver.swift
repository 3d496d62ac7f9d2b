import Foundation
import HubDiagnostics

/// Resolves a relative link of a body: `../methods/x.md#steg` to the document it names,
/// `mall.xlsx` or `../tools/x/bild.png` to an attachment that must exist.
enum BodyLinkResolver {
    enum Resolution: Equatable {
        /// Nothing to resolve (a web address, an anchor), or an attachment that exists.
        case notChecked
        /// A document, and its position in the catalog.
        case found(DocumentID, at: Int)
        case problem(id: String, LocalizedText, suggestion: String?)
    }

    /// `folder` is the content-relative folder of the linking document (`lessons` or `tools/x`).
    static func resolve(_ destination: String, isImage: Bool = false, from folder: String, catalog: ReferenceCatalog) -> Resolution {
        if let resolved = resolveQuickly(destination, isImage: isImage, from: folder, catalog: catalog) { return resolved }
        return resolveGenerally(destination, isImage: isImage, from: folder, catalog: catalog)
    }

    /// `resolve` without the byte fast path: every case, on `String`s.
    static func resolveGenerally(_ destination: String, isImage: Bool, from folder: String, catalog: ReferenceCatalog) -> Resolution {
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
        if let position = catalog.positions[id] { return .found(id, at: position) }
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

    /// The common cases on bytes, without a `String` per path segment: a link that needs no
    /// checking, an attachment that exists, or a document that exists. Nil for everything
    /// else (percent escapes, non-ASCII paths, any problem), which `resolve` then handles
    /// the general way; ASCII only, so that byte and `Character` comparisons agree.
    static func resolveQuickly(_ destination: String, isImage: Bool, from folder: String, catalog: ReferenceCatalog) -> Resolution? {
        var d = destination, f = folder
        return d.withUTF8 { dest in
            f.withUTF8 { fold in quickly(dest, isImage: isImage, folder: fold, catalog: catalog) }
        }
    }

    private static func quickly(_ dest: UnsafeBufferPointer<UInt8>, isImage: Bool, folder: UnsafeBufferPointer<UInt8>,
                                catalog: ReferenceCatalog) -> Resolution? {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var end = 0
        while end < dest.count && dest[end] != UInt8(ascii: "#") && dest[end] != UInt8(ascii: "?") { end += 1 }
        // What `relativePath` turns away: nothing to check.
        guard end > 0, dest[0] != slash, dest[0] != UInt8(ascii: "\\"), dest[end - 1] != slash else { return .notChecked }
        for i in 0..<end {
            let b = dest[i]
            if b == slash { break }
            if b == UInt8(ascii: ":") { return .notChecked }
        }
        for i in 0..<end where dest[i] >= 0x80 || dest[i] == UInt8(ascii: "%") { return nil }
        for b in folder where b >= 0x80 { return nil }
        let isMarkdown = end >= 3 && dest[end - 3] == dot && dest[end - 2] | 0x20 == UInt8(ascii: "m")
            && dest[end - 1] | 0x20 == UInt8(ascii: "d")
        // The normalized path: segments of folder then destination, `.` dropped, `..` popped.
        // Built in scratch memory on the stack (no two arrays per link): every segment adds
        // at most its bytes and one `/`, so folder and destination need at most their bytes
        // and two more, and there are fewer segments than that.
        let room = folder.count + end + 2
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: room) { pathMemory in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: room) { startMemory in
                var path = SegmentPath(bytes: pathMemory.baseAddress!, starts: startMemory.baseAddress!)
                guard path.append(folder, folder.count), path.append(dest, end) else { return nil }
                return found(path, isMarkdown: isMarkdown && !isImage, catalog: catalog)
            }
        }
    }

    /// The answer of `quickly` for its normalized path.
    private static func found(_ path: SegmentPath, isMarkdown: Bool, catalog: ReferenceCatalog) -> Resolution? {
        let p = UnsafeBufferPointer(start: path.bytes, count: path.count)
        if !isMarkdown {
            return catalog.attachmentPaths.contains(String(decoding: p, as: UTF8.self)) ? .notChecked : nil
        }
        guard path.segments == 2 || path.segments == 3 else { return nil }
        let second = path.starts[1]
        // The folder name compared as bytes: no string made for it.
        guard let kind = DocumentKind(folder: UnsafeBufferPointer(rebasing: p[0..<(second - 1)])) else { return nil }
        let slug: String
        if path.segments == 2 {
            // `kind/slug.md`, the suffix exactly `.md`.
            guard p.count - second >= 3, p[p.count - 2] == UInt8(ascii: "m"), p[p.count - 1] == UInt8(ascii: "d") else { return nil }
            slug = String(decoding: UnsafeBufferPointer(rebasing: p[second..<(p.count - 3)]), as: UTF8.self)
        } else {
            let third = path.starts[2]
            guard p[third...].elementsEqual("index.md".utf8) else { return nil }
            slug = String(decoding: UnsafeBufferPointer(rebasing: p[second..<(third - 1)]), as: UTF8.self)
        }
        let id = DocumentID(kind: kind, slug: slug)
        return catalog.positions[id].map { .found(id, at: $0) }
    }

    /// A path being normalized, in memory the caller sized: its bytes, and where each of its
    /// `/`-separated segments begins.
    private struct SegmentPath {
        let bytes: UnsafeMutablePointer<UInt8>
        let starts: UnsafeMutablePointer<Int>
        var count = 0
        var segments = 0

        /// Appends the segments of `p[0..<n]`, dropping `.` and popping at `..`; false when
        /// `..` climbs above the top.
        mutating func append(_ p: UnsafeBufferPointer<UInt8>, _ n: Int) -> Bool {
            let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
            var a = 0
            var i = 0
            while i <= n {
                if i == n || p[i] == slash {
                    let len = i - a
                    if len == 2 && p[a] == dot && p[a + 1] == dot {
                        guard segments > 0 else { return false }
                        segments -= 1
                        let last = starts[segments]
                        count = last == 0 ? 0 : last - 1
                    } else if len > 1 || (len == 1 && p[a] != dot) {
                        if segments > 0 {
                            bytes[count] = slash
                            count += 1
                        }
                        starts[segments] = count
                        segments += 1
                        (bytes + count).update(from: p.baseAddress! + a, count: len)
                        count += len
                    }
                    a = i + 1
                }
                i += 1
            }
            return true
        }
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
