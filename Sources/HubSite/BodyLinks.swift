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
    enum Target: Sendable, Equatable {
        /// The document at this position in `hub.documents`.
        case page(Int, fragment: String?)
        case listing(DocumentKind, fragment: String?)
        /// An attachment's copy, output-relative, percent-encoded.
        case file(String, fragment: String?)
        /// Nothing that may be linked: written as `#`.
        case neutral
    }

    /// The destinations as written, each once, in the order first met, and what each points
    /// at (same index). A page has a handful of links: found by comparing them in turn
    /// (`String`'s `==`, the equality a dictionary uses) costs less than hashing each.
    private(set) var destinations: [String] = []
    private(set) var resolved: [Target] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// Destination → index, only for a body with more than `linearLimit` distinct ones.
    private var index: [String: Int]? = nil
    static let linearLimit = 16
    /// The links as given (the body's, in document order), each with the index of its
    /// destination in `destinations`, or -1 when it is left as it is. The renderer asks for
    /// the links in this order: a rewriter checks the next one first (`rewriter(layout:)`).
    private(set) var calls: [(destination: String, slot: Int32)] = []

    /// Destination as written → what it points at.
    var targets: [String: Target] { Dictionary(uniqueKeysWithValues: zip(destinations, resolved)) }

    init(document doc: Document, links: [MarkdownLink], site: SiteModel) {
        let base = BodyLinks.folder(of: doc.sourcePath)
        // Every link of every page passes here: the base folder's bytes are taken once.
        let asciiBase: [UInt8]? = base.utf8.allSatisfy { $0 < 0x80 } ? Array(base.utf8) : nil
        destinations.reserveCapacity(links.count)
        resolved.reserveCapacity(links.count)
        calls.reserveCapacity(links.count)
        let table = site.sourceTable
        for link in links {
            let dest = link.destination
            if let known = position(of: dest) {
                calls.append((dest, Int32(known)))
                continue
            }
            calls.append((dest, Int32(destinations.count)))
            let target: Target
            // Nearly every destination is a web link or a plain relative path to a page:
            // decided on the bytes (`fastResolution`); anything else the general way.
            let fast = asciiBase.flatMap { Self.fastResolution(dest, asciiBase: $0, table: table) }
            switch fast ?? Self.resolution(dest, base: base, asciiBase: asciiBase).fast {
            case .skip:
                calls[calls.count - 1].slot = -1
                continue
            case .page(let p, let fragment):
                target = .page(p, fragment: fragment)
            case .other(.skip):
                calls[calls.count - 1].slot = -1
                continue
            case .other(.failure(let problem)):
                let m = problem.message
                let loc = SourceLocation(path: doc.sourcePath, line: link.line + doc.bodyStartLine - 1, column: link.column)
                diagnostics.append(Diagnostic(.error, id: "unsafe-link", at: loc,
                                              LocalizedText(sv: "\(link.isImage ? "bilden" : "länken") '\(dest)': \(m.sv)",
                                                            en: "\(link.isImage ? "image" : "link") '\(dest)': \(m.en)"),
                                              length: dest.count))
                target = .neutral
            case .other(.success(let path, let fragment)):
                let frag = fragment.map { ContentPath.percentDecode($0) }
                if let p = site.sourcePositions[path] ?? site.sourcePositions[path + (path.hasSuffix("/") ? "" : "/") + "index.md"] {
                    target = .page(p, fragment: frag)
                } else if let kind = DocumentKind(rawValue: path.hasSuffix("/") ? String(path.dropLast()) : path),
                          !site.hub.documents(of: kind).isEmpty {
                    target = .listing(kind, fragment: frag)
                } else if let out = site.attachmentOutput[path] {
                    target = .file(ContentPath.percentEncode(out), fragment: frag)
                } else {
                    let loc = SourceLocation(path: doc.sourcePath, line: link.line + doc.bodyStartLine - 1, column: link.column)
                    diagnostics.append(Diagnostic(.warning, id: "missing-link-target", at: loc,
                                                  LocalizedText(sv: "'\(dest)' finns inte bland dokumenten eller bilagorna",
                                                                en: "'\(dest)' is not a document or attachment of the hub"),
                                                  length: dest.count))
                    target = .neutral
                }
            }
            if index != nil || destinations.count == Self.linearLimit {
                if index == nil { index = Dictionary(uniqueKeysWithValues: zip(destinations, destinations.indices)) }
                index?[dest] = destinations.count
            }
            destinations.append(dest)
            resolved.append(target)
        }
    }

    /// The index of `dest` in `destinations`.
    func position(of dest: String) -> Int? {
        if let index { return index[dest] }
        return Self.position(of: dest, in: destinations)
    }

    static func position(of dest: String, in destinations: [String]) -> Int? {
        for i in destinations.indices where destinations[i] == dest { return i }
        return nil
    }

    /// What a destination resolves to: a content path (with its fragment), a path that may
    /// not be used, or nothing to resolve (`cutSlow`'s `.skip`).
    enum Resolution: Equatable {
        case skip
        case failure(ContentPath.Problem)
        case success(path: String, fragment: String?)
    }

    /// `resolutionSlow` for a page's destination, an ASCII one as bytes, cut and resolved in
    /// place; `asciiBase` is `base`'s bytes when it is ASCII.
    static func resolution(_ dest: String, base: String, asciiBase: [UInt8]?) -> Resolution {
        if let asciiBase {
            var d = dest
            let fast = d.withUTF8 { p -> Resolution? in
                guard let cut = cutASCIIBytes(p, dest) else { return nil }
                guard let (end, hash) = cut else { return .skip }
                let fragment = hash >= 0 ? String(decoding: UnsafeBufferPointer(rebasing: p[(hash + 1)...]), as: UTF8.self) : nil
                let path = UnsafeBufferPointer(rebasing: p[..<end])
                let resolved = asciiBase.withUnsafeBufferPointer { ContentPath.resolveASCII(path, base: $0) }
                    ?? ContentPath.resolve(Array(path), asciiBase: asciiBase)
                switch resolved {
                case .success(let s): return .success(path: s, fragment: fragment)
                case .failure(let problem): return .failure(problem)
                }
            }
            if let fast { return fast }
        }
        return resolutionSlow(dest, base: base)
    }

    /// The definition: cut by `Character` (`cutSlow`), resolved as text (`ContentPath.resolve`).
    static func resolutionSlow(_ dest: String, base: String) -> Resolution {
        guard case .local(let path, let fragment) = cutSlow(dest) else { return .skip }
        switch ContentPath.resolve(String(decoding: path, as: UTF8.self), against: base) {
        case .success(let s): return .success(path: s, fragment: fragment)
        case .failure(let problem): return .failure(problem)
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
            guard let cut = cutASCIIBytes(p, dest) else { return nil }
            guard let (end, hash) = cut else { return .skip }
            let fragment = hash >= 0 ? String(decoding: UnsafeBufferPointer(rebasing: p[(hash + 1)...]), as: UTF8.self) : nil
            return .local(path: Array(UnsafeBufferPointer(rebasing: p[..<end])), fragment: fragment)
        }
    }

    /// `cutASCII` on the destination's bytes `p`: nil when not ASCII, `.some(nil)` to skip,
    /// else where the path ends and where `#` is (`-1` for none).
    static func cutASCIIBytes(_ p: UnsafeBufferPointer<UInt8>, _ dest: String) -> (end: Int, hash: Int)?? {
        let n = p.count
        if n == 0 { return .some(nil) }
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
        if p[0] == 0x23 || p[0] == 0x3F { return .some(nil) }
        // Only a destination with a `:` can have a scheme (`SafeURL.scheme` stops at it).
        if colon, !backslash, let scheme = SafeURL.scheme(of: dest), scheme.utf8.count > 1 { return .some(nil) }
        if n >= 2 && p[0] == 0x2F && p[1] == 0x2F { return .some(nil) }  // another host, protocol-relative
        let end = question >= 0 ? question : (hash >= 0 ? hash : n)
        if end == 0 { return .some(nil) }
        return (end, hash)
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
        case .page(let p, let fragment): return layout.href(document: p, fragment: fragment)
        case .listing(let kind, let fragment): return layout.href(SiteLinks.listingDirectory(kind), fragment: fragment)
        case .file(let path, let fragment): return layout.file(path) + (fragment.map { "#" + $0 } ?? "")
        case .neutral: return "#"
        }
    }

    /// The folder part of a content path, with its final `/` (`tools/x/` of
    /// `tools/x/index.md`), or empty. Cut as bytes when ASCII; otherwise by `Character`, where
    /// `/` plus a combining mark is no separator.
    static func folder(of sourcePath: String) -> String {
        // One pass over the contiguous bytes: ASCII, and where the last `/` is (`-1`: none).
        var path = sourcePath
        let lastSlash = path.withUTF8 { p -> Int? in
            var slash = -1
            for i in 0..<p.count {
                if p[i] >= 0x80 { return nil }
                if p[i] == 0x2F { slash = i }
            }
            return slash
        }
        if let lastSlash {
            guard lastSlash >= 0 else { return "" }
            let u = sourcePath.utf8
            return String(sourcePath[...u.index(u.startIndex, offsetBy: lastSlash)])
        }
        guard let slash = sourcePath.lastIndex(of: "/") else { return "" }
        return String(sourcePath[...slash])
    }

    /// The rewriter handed to the Markdown renderer, for a page that `layout` describes.
    ///
    /// The renderer asks for the links in the order the body lists them (`calls`): the
    /// `k`-th question is checked against the `k`-th link (one comparison of equal strings)
    /// before the destinations are searched, which is the definition (`rewriterSearching`).
    func rewriter(layout: Layout) -> URLRewriter {
        let hrefs = resolved.map { Self.href($0, layout: layout) }
        let destinations = destinations, index = index, calls = calls
        let asked = Counter()
        return { dest, _ in
            let k = asked.value
            asked.value += 1
            if k < calls.count, calls[k].destination == dest {
                let slot = calls[k].slot
                return slot < 0 ? nil : hrefs[Int(slot)]
            }
            let i = index.map { $0[dest] } ?? Self.position(of: dest, in: destinations)
            return i.map { hrefs[$0] }
        }
    }

    /// `rewriter(layout:)` by its definition: every destination searched for.
    func rewriterSearching(layout: Layout) -> URLRewriter {
        let hrefs = resolved.map { Self.href($0, layout: layout) }
        let destinations = destinations, index = index
        return { dest, _ in
            let i = index.map { $0[dest] } ?? Self.position(of: dest, in: destinations)
            return i.map { hrefs[$0] }
        }
    }

    /// How many destinations a rewriter was asked for (one page, one thread).
    private final class Counter {
        var value = 0
    }

    /// What `fastResolution` decides: a link left as it is, a page of the hub, or (from the
    /// general way, `resolution`) anything.
    enum Fast: Equatable {
        case skip
        case page(Int, fragment: String?)
        case other(Resolution)
    }

    /// `resolution` followed by the page lookup of `init`, for the destinations that are
    /// nearly all of them, on their bytes: a web link (`http://`, `https://`, no backslash)
    /// is skipped; an ASCII relative path with no `?`, `:`, `\`, `%` or NUL, not starting
    /// with `#`, `/` or `~`, is joined to the base folder in a scratch buffer and looked up in
    /// the site's `PathTable` (as itself, then as a folder's `index.md`). Nil for any other
    /// destination, or a path that is no page: the general way decides those.
    static func fastResolution(_ dest: String, asciiBase: [UInt8], table: PathTable) -> Fast? {
        var d = dest
        return d.withUTF8 { p -> Fast? in
            let n = p.count
            guard n > 0 else { return nil }
            let first = p[0]
            if first == 0x68, isWebLink(p) {
                // `SafeURL.scheme` reads `http`/`https` there; a backslash turns the scheme check off.
                return memchrByte(0x5C, p) ? nil : .skip
            }
            if first == 0x23 || first == 0x2F || first == 0x7E || first == 0x3F { return nil }
            guard let hash = plainPathHash(p) else { return nil }
            let end = hash >= 0 ? hash : n
            let path = UnsafeBufferPointer(rebasing: p[..<end])
            let position = asciiBase.withUnsafeBufferPointer { base -> Int? in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: base.count + end + 2 + 9) { out -> Int? in
                    guard let len = ContentPath.joinASCII(path, base: base, into: out) else { return nil }
                    if let at = table.value(UnsafeBufferPointer(rebasing: out[..<len])) { return at }
                    // `path + "/index.md"`, or `path + "index.md"` after a `/`.
                    var m = len
                    if out[len - 1] != 0x2F { out[m] = 0x2F; m += 1 }
                    for b in "index.md".utf8 { out[m] = b; m += 1 }
                    return table.value(UnsafeBufferPointer(rebasing: out[..<m]))
                }
            }
            guard let position else { return nil }
            let fragment = hash >= 0 ? String(decoding: UnsafeBufferPointer(rebasing: p[(hash + 1)...]), as: UTF8.self) : nil
            return .page(position, fragment: fragment)
        }
    }

    /// For a destination with no byte of 0x80 or more and none of `?`, `:`, `\\`, `%` or NUL:
    /// where its first `#` is (-1 for none); nil for any other destination. Eight bytes at a
    /// time (a zero byte of the word xor the byte repeated), the rest one by one.
    static func plainPathHash(_ p: UnsafeBufferPointer<UInt8>) -> Int? {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func has(_ w: UInt64, _ b: UInt8) -> Bool {
            let x = w ^ (ones &* UInt64(b))
            return (x &- ones) & ~x & highs != 0
        }
        var hash = -1, i = 0
        if let base = p.baseAddress {
            while i + 8 <= p.count {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if w & highs != 0 || has(w, 0x3F) || has(w, 0x3A) || has(w, 0x5C) || has(w, 0x25) || has(w, 0) { return nil }
                if hash < 0, has(w, 0x23) {
                    for k in i..<(i + 8) where p[k] == 0x23 {
                        hash = k
                        break
                    }
                }
                i += 8
            }
        }
        while i < p.count {
            let b = p[i]
            if b >= 0x80 || b == 0x3F || b == 0x3A || b == 0x5C || b == 0x25 || b == 0 { return nil }
            if b == 0x23 && hash < 0 { hash = i }
            i += 1
        }
        return hash
    }

    /// `plainPathHash` byte by byte (its definition).
    static func plainPathHashSlow(_ p: UnsafeBufferPointer<UInt8>) -> Int? {
        var hash = -1
        for i in 0..<p.count {
            let b = p[i]
            if b >= 0x80 || b == 0x3F || b == 0x3A || b == 0x5C || b == 0x25 || b == 0 { return nil }
            if b == 0x23 && hash < 0 { hash = i }
        }
        return hash
    }

    /// Whether `p` starts with `http://` or `https://`.
    static func isWebLink(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        let http: StaticString = "http://", https: StaticString = "https://"
        func starts(_ s: StaticString) -> Bool {
            guard p.count >= s.utf8CodeUnitCount else { return false }
            for i in 0..<s.utf8CodeUnitCount where p[i] != s.utf8Start[i] { return false }
            return true
        }
        return starts(http) || starts(https)
    }

    static func memchrByte(_ byte: UInt8, _ p: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in p where b == byte { return true }
        return false
    }
}

extension BodyLinks.Resolution {
    /// The resolution as `BodyLinks.Fast` decides it.
    var fast: BodyLinks.Fast { .other(self) }
}
