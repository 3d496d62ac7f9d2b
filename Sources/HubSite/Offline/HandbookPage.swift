#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HubContent
import HubMarkdown

/// The body of `handbook/index.html`: every method (and, optionally, every tool) on one
/// printable page, with a table of contents and stable anchors (`#methods-<slug>`,
/// `#tools-<slug>`) that stay the same from build to build as long as the slug does.
///
/// Headings inside a body move down so that they sit under the entry's `<h2>`, and their ids
/// get the entry's anchor as prefix (`methods-x--steg-1`), so that two methods with a
/// "Syfte" heading do not share an id. Links between entries of the handbook become in-page
/// links; other links go to the pages of the hub.
public struct HandbookPage: Sendable {
    public var hub: Hub
    public var lang: String
    public var includeTools: Bool
    /// The href of a document's page from `handbook/`, nil to leave it unlinked.
    public var link: @Sendable (DocumentID) -> String?
    /// The body link rewriter of the site for a document (`../methods/x.md` → its page), nil
    /// for none. It gets the body's links too, so that the body is parsed only once.
    public var rewriter: @Sendable (Document, [MarkdownLink]) -> URLRewriter?
    /// The href of a document's attachment (a tool's `file`) from `handbook/`, nil when it has none.
    public var attachment: @Sendable (DocumentID, String) -> String?
    /// The site's rewriter made from links its document page already resolved
    /// (`RenderedBody.links`), so that an entry does not resolve them again; else `rewriter`.
    var resolvedRewriter: (@Sendable (BodyLinks) -> URLRewriter)?

    public init(hub: Hub, lang: String, includeTools: Bool = true,
                link: @escaping @Sendable (DocumentID) -> String?,
                rewriter: @escaping @Sendable (Document) -> URLRewriter? = { _ in nil },
                attachment: @escaping @Sendable (DocumentID, String) -> String? = { _, _ in nil }) {
        self.hub = hub
        self.lang = lang
        self.includeTools = includeTools
        self.link = link
        self.rewriter = { doc, _ in rewriter(doc) }
        self.attachment = attachment
    }

    /// A handbook whose rewriter reads the links of the body (parsed once, here).
    public init(hub: Hub, lang: String, includeTools: Bool = true,
                link: @escaping @Sendable (DocumentID) -> String?,
                bodyRewriter: @escaping @Sendable (Document, [MarkdownLink]) -> URLRewriter?,
                attachment: @escaping @Sendable (DocumentID, String) -> String? = { _, _ in nil }) {
        self.hub = hub
        self.lang = lang
        self.includeTools = includeTools
        self.link = link
        self.rewriter = bodyRewriter
        self.attachment = attachment
    }

    /// The anchor of a document's entry.
    public static func anchor(_ id: DocumentID) -> String { "\(id.kind.rawValue)-\(id.slug)" }

    var s: OfflineStrings { OfflineStrings.forLanguage(lang) }
    func e(_ text: String) -> String { XMLText.escape(text) }

    func sorted(_ kind: DocumentKind) -> [Document] {
        SwedishOrder.sorted(Array(hub.documents(of: kind)), title: \.title) { $0.id < $1.id }
    }

    var methods: [Document] { sorted(.methods) }
    var tools: [Document] { includeTools ? sorted(.tools) : [] }

    /// What every entry needs to know about the whole handbook: which documents are in it,
    /// the projects that used each method, and the in-page anchor of each entry's page link.
    public struct EntryContext: Sendable {
        var included: Set<DocumentID>
        var uses: [DocumentID: [DocumentID]]
        var anchors: [String: String]
        /// `ref` of every method, tool and project of the hub (what entries refer to), made
        /// once instead of once per entry that names it.
        var refs: [DocumentID: String] = [:]
        /// The entries in their order (`methods`, `tools`), sorted once for the whole page.
        var methods: [Document] = []
        var tools: [Document] = []
    }

    /// `figures`: the hub's programme figures when the caller has them already.
    public func entryContext(figures: ProgrammeFigures? = nil) -> EntryContext {
        let methods = self.methods, tools = self.tools
        let included = Set((methods + tools).map(\.id))
        var uses: [DocumentID: [DocumentID]] = [:]
        for m in (figures ?? ProgrammeFigures(hub: hub)).methods { uses[m.id] = m.projects }
        // Pages of handbook entries → their in-page anchor, once for all bodies.
        var anchors: [String: String] = [:]
        for id in included { if let href = link(id) { anchors[href] = "#" + Self.anchor(id) } }
        let targets = hub.documents.filter { $0.kind == .methods || $0.kind == .tools || $0.kind == .projects }.map(\.id)
        var refs: [DocumentID: String] = [:]
        refs.reserveCapacity(targets.count)
        for (id, r) in zip(targets, targets.parallelMap { ref($0, included: included) }) { refs[id] = r }
        return EntryContext(included: included, uses: uses, anchors: anchors, refs: refs, methods: methods, tools: tools)
    }

    /// The `<main>` content; `entries` are entries already made (by document), the rest are
    /// made here.
    public func body(entries made: [DocumentID: String] = [:], context given: EntryContext? = nil) -> String {
        var out: [UInt8] = []
        for part in bodyParts(entries: made.mapValues { Array($0.utf8) }, context: given) {
            switch part {
            case .html(let h): out += h.bytes
            case .bytes(let b): out += b
            case .markup(let s): out += s.utf8
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `body` in pieces (already escaped markup), for a page that copies them straight into its
    /// bytes: at 5,000 methods and tools the body is tens of megabytes, and every joined copy
    /// of it is that much fresh memory.
    func bodyParts(entries made: [DocumentID: [UInt8]] = [:], context given: EntryContext? = nil) -> [PagePart] {
        // The context is this page's: its entries are already in order.
        let methods = given?.methods ?? self.methods, tools = given?.tools ?? self.tools
        var h = "<div class=\"handbook\">\n<h1>\(e(s.handbookTitle))</h1>\n<p class=\"lead\">\(e(s.handbookLead))</p>\n"
        h += "<p class=\"handbook-hint\">\(e(s.handbookPrintHint))</p>\n"
        h += "<nav class=\"handbook-toc toc\" aria-labelledby=\"hb-toc\">\n<h2 id=\"hb-toc\">\(e(OfflineStrings.contents(lang)))</h2>\n"
        // The contents list has a line per entry: written in place as bytes, each document
        // read where it lies (a copy of a document costs a reference count per field).
        var toc = HTML()
        toc.reserveCapacity((methods.count + tools.count) * 160 + 256)
        for (title, docs, id) in [(s.handbookMethods, methods, "hb-methods"), (s.handbookTools, tools, "hb-tools")] where !docs.isEmpty {
            toc.markup("<h3><a href=\"#\(id)\">\(e(title))</a></h3>\n<ol>\n")
            for i in docs.indices {
                // `e(Self.anchor(id))`: escaping is per byte, so the anchor's parts are escaped one by one.
                toc.lit("<li><a href=\"#"); toc.xmlText(docs[i].id.kind.rawValue); toc.lit("-"); toc.xmlText(docs[i].id.slug); toc.lit("\"")
                if docs[i].lang != lang { toc.lit(" lang=\""); toc.xmlText(docs[i].lang); toc.lit("\"") }
                toc.lit(">"); toc.xmlText(docs[i].title); toc.lit("</a></li>\n")
            }
            toc.lit("</ol>\n")
        }
        toc.lit("</nav>\n")
        var missing: [Document] = []
        for list in [methods, tools] {
            for i in list.indices where made[list[i].id] == nil { missing.append(list[i]) }
        }
        var entries = made
        if !missing.isEmpty {
            let context = given ?? entryContext()
            // Thousands of entries, each parsing and rendering a body: spread over the cores
            // (the page is one job of the build), then joined once, in order.
            let built = missing.parallelMap { entryBytes($0, context: context, page: nil) }
            for (d, html) in zip(missing, built) { entries[d.id] = html }
        }
        // Entries stay the bytes they were made as (no `String` of any of them).
        var parts: [PagePart] = [.markup(h), .html(toc)]
        if !methods.isEmpty {
            parts.append(.markup("<section class=\"handbook-part\" aria-labelledby=\"hb-methods\">\n<h2 id=\"hb-methods\" class=\"part-title\">\(e(s.handbookMethods))</h2>\n"))
            for i in methods.indices { parts.append(.bytes(entries[methods[i].id] ?? [])) }
            parts.append(.markup("</section>\n"))
        }
        if !tools.isEmpty {
            parts.append(.markup("<section class=\"handbook-part\" aria-labelledby=\"hb-tools\">\n<h2 id=\"hb-tools\" class=\"part-title\">\(e(s.handbookTools))</h2>\n"))
            for i in tools.indices { parts.append(.bytes(entries[tools[i].id] ?? [])) }
            parts.append(.markup("</section>\n"))
        }
        parts.append(.markup("</div>\n"))
        return parts
    }

    func langAttribute(_ d: Document) -> String { d.lang == lang ? "" : " lang=\"\(e(d.lang))\"" }

    /// A reference inside an entry: in-page when the target is in the handbook.
    func ref(_ id: DocumentID, included: Set<DocumentID>) -> String {
        let title = hub[id]?.title ?? id.description
        if included.contains(id) { return "<a href=\"#\(e(Self.anchor(id)))\">\(e(title))</a>" }
        if let href = link(id) { return "<a href=\"\(e(href))\">\(e(title))</a>" }
        return e(title)
    }

    public func entry(_ d: Document, context: EntryContext, parsedBody: MarkdownDocument? = nil) -> String {
        entry(d, context: context, parsedBody: parsedBody, page: nil)
    }

    /// The entry of `d` (a method or tool in the handbook). `parsedBody`, when given, is the
    /// body parsed for its page (`DocumentPage.bodyOptions`): the build makes entries while it
    /// renders the document pages, from the same parse, and hands them to `body(entries:)`.
    /// `page`, given with `parsedBody`, is what the page made of that parse: its headings and
    /// its rendered body, whose URLs the entry swaps instead of rendering the body again.
    func entry(_ d: Document, context: EntryContext, parsedBody: MarkdownDocument? = nil,
               page: (headings: [MarkdownHeading], body: RenderedBody)?) -> String {
        String(decoding: entryBytes(d, context: context, parsedBody: parsedBody, page: page), as: UTF8.self)
    }

    /// `entry` as UTF-8 bytes, as the build hands it to the handbook page: the body is most
    /// of the entry, and a `String` of it would cost a UTF-8 validation pass for nothing.
    func entryBytes(_ d: Document, context: EntryContext, parsedBody: MarkdownDocument? = nil,
                    page: (headings: [MarkdownHeading], body: RenderedBody)?) -> [UInt8] {
        let included = context.included, uses = context.uses, anchors = context.anchors
        func ref(_ id: DocumentID, included: Set<DocumentID>) -> String { context.refs[id] ?? self.ref(id, included: included) }
        let anchor = Self.anchor(d.id)
        var h: [UInt8] = []
        let body = renderBodyBytes(d, anchors: anchors, parsedBody: parsedBody, page: page)
        h.reserveCapacity(body.count + 1024)
        func lit(_ s: StaticString) { h.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount)) }
        func raw(_ s: String) { h.append(contentsOf: s.utf8) }
        func esc(_ s: String) { XMLText.escape(s, into: &h) }
        lit("<article class=\"handbook-entry\" aria-labelledby=\""); esc(anchor); lit("\""); raw(langAttribute(d)); lit(">\n")
        lit("<h3 id=\""); esc(anchor); lit("\">"); esc(d.title); lit("</h3>\n")
        if let summary = d.summary, !summary.isEmpty { lit("<p class=\"doc-summary\">"); esc(summary); lit("</p>\n") }
        var facts: [(String, String)] = []
        let values = OfflineStrings.value
        func referrers(_ kind: DocumentKind) -> [DocumentID] { referrerIDs(of: d.id, kind: kind, context: context) }
        switch d.details {
        case .method(let m):
            if let f = m.format { facts.append((s.format, e(values(f, lang)))) }
            if let l = m.level { facts.append((s.level, e(values(l, lang)))) }
            if let du = m.duration { facts.append((s.duration, e(du))) }
            if !m.audience.isEmpty { facts.append((s.audience, e(m.audience.joined(separator: ", ")))) }
            let tools = Set(m.tools + referrers(.tools)).sorted()
            if !tools.isEmpty { facts.append((s.tools, tools.map { ref($0, included: included) }.joined(separator: ", "))) }
            let projects = uses[d.id] ?? []
            if !projects.isEmpty { facts.append((s.usedByProjects, projects.map { ref($0, included: included) }.joined(separator: ", "))) }
        case .tool(let t):
            if let ty = t.type { facts.append((s.type, e(values(ty, lang)))) }
            if let li = t.license { facts.append((s.license, e(li))) }
            if let f = t.file, let href = attachment(d.id, f) {
                facts.append((s.download, "<a href=\"\(e(href))\" download>\(e(f))</a>"))
            }
            if let u = t.url, u.lowercased().hasPrefix("https://") || u.lowercased().hasPrefix("http://") {
                facts.append((s.website, "<a href=\"\(e(u))\">\(e(u))</a>"))
            }
            let methods = Set(t.methods + referrers(.methods)).sorted()
            if !methods.isEmpty { facts.append((s.methodsOfTool, methods.map { ref($0, included: included) }.joined(separator: ", "))) }
        default: break
        }
        if !facts.isEmpty {
            lit("<dl class=\"facts\">\n")
            for (label, value) in facts { lit("<div><dt>"); esc(label); lit("</dt><dd>"); raw(value); lit("</dd></div>\n") }
            lit("</dl>\n")
        }
        lit("<div class=\"doc-body\">\n")
        h += body
        lit("</div>\n")
        if let href = link(d.id) {
            lit("<p class=\"handbook-source\"><a href=\""); esc(href); lit("\">"); esc(s.readOnline); lit("</a></p>\n")
        }
        lit("</article>\n")
        return h
    }

    /// `hub.referrers(of: id, kind: kind).map(\.id)` for methods and tools, by id: a method or
    /// tool of the hub is one the context has a `ref` for, so no document is copied to find
    /// out that it exists.
    func referrerIDs(of id: DocumentID, kind: DocumentKind, context: EntryContext) -> [DocumentID] {
        (hub.referrers[id] ?? []).filter { $0.kind == kind && context.refs[$0] != nil }
    }

    /// The Markdown body with headings moved under the entry and ids made unique on the page.
    ///
    /// With `page` (the body the document's page rendered from the same parse), the page's
    /// HTML is reused: in safe mode every `<a href="` and `<img src="` of the engine's output
    /// is one link or image, written in the order the rewriter was asked, so each URL is
    /// swapped for the handbook's. Anything unexpected (counts or kinds that do not match)
    /// falls back to rendering the body again, which is the definition; a test compares both.
    func renderBody(_ d: Document, anchors table: [String: String], parsedBody: MarkdownDocument? = nil,
                    page: (headings: [MarkdownHeading], body: RenderedBody)? = nil) -> String {
        String(decoding: renderBodyBytes(d, anchors: table, parsedBody: parsedBody, page: page), as: UTF8.self)
    }

    /// `renderBody` as UTF-8 bytes.
    func renderBodyBytes(_ d: Document, anchors table: [String: String], parsedBody: MarkdownDocument? = nil,
                         page: (headings: [MarkdownHeading], body: RenderedBody)? = nil) -> [UInt8] {
        let prefix = Self.anchor(d.id) + "--"
        let options = DocumentPage.bodyOptions(d)
        let reuse = parsedBody.flatMap { $0.options == options ? $0 : nil }
        let md = reuse ?? Markdown.parse(d.body, options: options)
        let resolved = reuse == nil ? nil : page?.body.links
        let site = resolved.flatMap { links in resolvedRewriter.map { $0(links) } } ?? rewriter(d, md.links)
        // Links to pages of handbook entries go to their in-page anchor; in-page fragments to prefixed ids.
        let rewrite: URLRewriter = { dest, isImage in
            if dest.hasPrefix("#"), dest.count > 1 { return "#" + prefix + dest.dropFirst() }
            guard let r = site?(dest, isImage) else { return nil }
            return table[Self.pagePart(r)] ?? r
        }
        func shift(_ headings: [MarkdownHeading]) -> Int { max(0, 4 - (headings.map(\.level).min() ?? 4)) }
        // The page's body with its URLs swapped and its headings moved in the same pass.
        if reuse != nil, let page, !options.unsafe,
           let swapped = Self.swapURLs(page.body, of: md, rewrite: rewrite, headingShift: shift(page.headings), idPrefix: Array(prefix.utf8)) {
            return swapped
        }
        let headings = md.headings
        let html = md.htmlBytes(rewriteURL: rewrite, headings: headings)
        return Self.adjustHeadings(html, shift: shift(headings), idPrefix: prefix)
    }

    /// A rewritten href without its fragment, the way `split(separator: "#", maxSplits: 1).first`
    /// cuts it (by `Character`: `#` plus a combining mark is no fragment mark), but as bytes
    /// when the href is ASCII, as nearly all are: every link of every entry passes here.
    static func pagePart(_ r: String) -> String {
        // The split drops empty pieces: the first piece is the first run without `#`. Found
        // on the contiguous bytes; nil when not ASCII.
        var text = r
        let run = text.withUTF8 { p -> (start: Int, end: Int)?? in
            var start = -1, end = -1
            for i in 0..<p.count {
                let b = p[i]
                if b >= 0x80 { return nil }  // all of it: `#` plus a combining mark is no `#`
                if b == 0x23 { if start >= 0 && end < 0 { end = i } } else if start < 0 { start = i }
            }
            return start < 0 ? .some(nil) : (start, end < 0 ? p.count : end)
        }
        guard let run else { return r.split(separator: "#", maxSplits: 1).first.map(String.init) ?? r }
        guard let (start, end) = run else { return r }
        if start == 0 && end == r.utf8.count { return r }
        let u = r.utf8
        return String(r[u.index(u.startIndex, offsetBy: start)..<u.index(u.startIndex, offsetBy: end)])
    }

    /// `body`'s HTML with the URL of each link and image replaced by what `rewrite` makes of
    /// its destination (written as the engine writes URLs); nil when the links found in the
    /// HTML do not match the destinations one to one.
    ///
    /// With `headingShift` or `idPrefix`, heading tags are moved in the same pass, as
    /// `adjustHeadings` does after the swap (a swapped URL is percent-encoded: it holds no `<`).
    static func swapURLs(_ body: RenderedBody, of md: MarkdownDocument, rewrite: URLRewriter,
                         headingShift: Int = 0, idPrefix: [UInt8] = []) -> [UInt8]? {
        let link: StaticString = "<a href=\"", image: StaticString = "<img src=\""
        let adjust = headingShift != 0 || !idPrefix.isEmpty
        return body.html.withUnsafeBufferPointer { b -> [UInt8]? in
            var out: [UInt8] = []
            out.reserveCapacity(b.count + 256)
            var copied = 0, next = 0, i = 0
            while let lt = Self.find(0x3C, in: b, from: i) {
                i = lt + 1
                // Most tags are none of these (`<p>`, `<li>`, `</a>`…): the byte after `<` tells
                // which comparison can match, so most tags cost one comparison of a byte.
                let after = lt + 1 < b.count ? b[lt + 1] : 0
                let isImage: Bool
                if after == 0x61, Self.matches(link, b, at: lt) {  // `a`
                    isImage = false
                } else if after == 0x69, Self.matches(image, b, at: lt) {  // `i`
                    isImage = true
                } else {
                    if adjust, after == 0x68 || after == 0x2F,  // `h`, `/`: a heading may open or close
                       let next = adjustHeading(b, at: lt, shift: headingShift, idPrefix: idPrefix, copied: copied, into: &out) {
                        copied = next
                        i = next
                    }
                    continue
                }
                // The engine percent-encodes `"` in URLs, so the first quote ends this one.
                let start = lt + (isImage ? image.utf8CodeUnitCount : link.utf8CodeUnitCount)
                guard next < body.destinations.count, body.destinations[next].isImage == isImage,
                      let end = Self.find(0x22, in: b, from: start) else { return nil }
                let dest = body.destinations[next].text
                next += 1
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied..<start]))
                out.append(contentsOf: md.attributeURL(rewrite(dest, isImage).map { Array($0.utf8) } ?? Array(dest.utf8)))
                copied = end
                i = end
            }
            guard next == body.destinations.count else { return nil }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied...]))
            return out
        }
    }

    /// The index of the first `byte` at or after `from` (`memchr`: these scans cross every
    /// byte of every entry).
    static func find(_ byte: UInt8, in b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard from < b.count, let base = b.baseAddress, let hit = memchr(base + from, Int32(byte), b.count - from) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    static func matches(_ s: StaticString, _ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let n = s.utf8CodeUnitCount
        guard b.count - i >= n, let base = b.baseAddress else { return false }
        return memcmp(base + i, s.utf8Start, n) == 0
    }

    /// Moves `<hN>` down by `shift` levels (at most `<h6>`) and prefixes heading ids. Works on
    /// the engine's own output, where a literal `<` in text is always escaped as `&lt;`.
    static func adjustHeadings(_ html: String, shift: Int, idPrefix: String) -> String {
        String(decoding: adjustHeadings(Array(html.utf8), shift: shift, idPrefix: idPrefix), as: UTF8.self)
    }

    static func adjustHeadings(_ bytes: [UInt8], shift: Int, idPrefix: String) -> [UInt8] {
        if shift == 0 && idPrefix.isEmpty { return bytes }
        let prefix = Array(idPrefix.utf8)
        return bytes.withUnsafeBufferPointer { b in
            var out: [UInt8] = []
            out.reserveCapacity(b.count + 64)
            // Runs between heading tags are copied whole; only `<` needs a look.
            var copied = 0
            var i = 0
            while let lt = find(0x3C, in: b, from: i) {
                i = lt + 1
                guard lt + 2 < b.count else { break }
                if let next = adjustHeading(b, at: lt, shift: shift, idPrefix: prefix, copied: copied, into: &out) {
                    copied = next
                    i = next
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied...]))
            return out
        }
    }

    /// When the `<` at `lt` opens or closes a heading: copies what lies before it since
    /// `copied`, writes the tag moved down by `shift` levels (at most `<h6>`) with its id
    /// prefixed, and returns where copying goes on; nil for any other tag.
    @inline(__always)
    static func adjustHeading(_ b: UnsafeBufferPointer<UInt8>, at lt: Int, shift: Int, idPrefix: [UInt8], copied: Int,
                              into out: inout [UInt8]) -> Int? {
        let idAttr: StaticString = " id=\""
        guard lt + 2 < b.count else { return nil }
        let close = b[lt + 1] == 0x2F
        let h = close ? lt + 2 : lt + 1
        guard h + 1 < b.count, b[h] == 0x68, (0x31...0x36).contains(b[h + 1]),
              h + 2 < b.count, b[h + 2] == 0x3E || b[h + 2] == 0x20 else { return nil }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied..<lt]))
        out.append(0x3C)
        if close { out.append(0x2F) }
        out.append(0x68)
        out.append(UInt8(0x30 + min(6, Int(b[h + 1] - 0x30) + shift)))
        var i = h + 2
        if !close, matches(idAttr, b, at: i) {
            out.append(contentsOf: UnsafeBufferPointer(start: idAttr.utf8Start, count: idAttr.utf8CodeUnitCount))
            out += idPrefix
            i += idAttr.utf8CodeUnitCount
        }
        return i
    }
}

extension OfflineStrings {
    static func contents(_ lang: String) -> String { lang == "en" ? "Contents" : "Innehåll" }

    /// Vocabulary values as readers see them (the site's table).
    static func value(_ raw: String, _ lang: String) -> String { UIStrings.forLanguage(lang).value(raw) }
}
