import HubContent

/// One document in a list (listings, tag and region pages, the start page): title,
/// summary and a line of facts, with data attributes the filter script reads.
struct DocumentRow {
    let layout: Layout
    /// The level of each row's title heading, so that heading order holds (h1 → h2 → h3).
    var headingLevel: Int = 2

    /// Values a listing can filter on, as written in the front matter.
    static func facets(_ doc: Document) -> (format: String?, level: String?, region: String?, sector: [String], tags: [String]) {
        var format: String?, level: String?
        if case .method(let m) = doc.details {
            format = m.format
            level = m.level
        }
        return (format, level, doc.region, doc.sector, doc.tags)
    }

    /// `position`: the document's position in `hub.documents`, when `doc` is that document:
    /// its link, title, tags and region are then copied from the site's link table.
    func render(_ doc: Document, showKind: Bool = false, position: Int? = nil) -> HTML {
        var h = HTML()
        h.reserveCapacity(1024 + doc.title.utf8.count + (doc.summary?.utf8.count ?? 0))
        write(doc, showKind: showKind, position: position, into: &h)
        return h
    }

    /// `render` written in place at the end of `h` (a listing's page).
    func write(_ doc: Document, showKind: Bool = false, position: Int? = nil, into h: inout HTML) {
        // Written in place (see `HTML.lit`): a listing is thousands of rows.
        let s = layout.strings
        let site = layout.site
        let p = position.flatMap { site.safeSlugs[$0] ? $0 : nil }
        // The region's escaped label, when the table has it.
        let region = p.flatMap { site.linkTable.documentRegion[$0] >= 0 ? site.linkTable.regions[Int(site.linkTable.documentRegion[$0])].text : nil }
        h.lit("<li class=\"doc-item\"")
        if case .method(let m) = doc.details {
            if let v = m.format { h.lit(" data-format=\""); h.text(v); h.lit("\"") }
            if let v = m.level { h.lit(" data-level=\""); h.text(v); h.lit("\"") }
        }
        if let v = doc.region {
            h.lit(" data-region=\"")
            if let region { site.linkTable.write(region, to: &h) } else { h.text(v) }
            h.lit("\"")
        }
        // Escaping is per byte, and `|` is not escaped: each value escaped, joined by `|`.
        if !doc.sector.isEmpty { h.lit(" data-sector=\""); Self.joined(doc.sector, into: &h); h.lit("\"") }
        if !doc.tags.isEmpty {
            h.lit(" data-tags=\"")
            if let p {
                for (i, k) in site.linkTable.tagIndices(ofDocument: p).enumerated() {
                    if i > 0 { h.lit("|") }
                    site.linkTable.write(site.linkTable.tags[Int(k)].text, to: &h)
                }
            } else {
                Self.joined(doc.tags, into: &h)
            }
            h.lit("\"")
        }
        layout.appendLangAttribute(doc.lang, to: &h)
        h.lit("><h"); h.number(headingLevel); h.lit(" class=\"doc-item-title\"><a href=\"")
        if let p { layout.appendHref(document: p, to: &h) } else { layout.appendHref(doc.id, to: &h) }
        h.lit("\">")
        if let p { site.linkTable.write(site.linkTable.documents[p].text, to: &h) } else { h.text(doc.title) }
        h.lit("</a></h"); h.number(headingLevel); h.lit(">")
        if let summary = doc.summary, !summary.isEmpty { h.lit("<p class=\"doc-item-summary\">"); h.text(summary); h.lit("</p>") }
        // The meta line: items joined by ` · `, the paragraph left out when there is none.
        let open = h.mark
        h.lit("<p class=\"doc-item-meta\">")
        var items = 0
        func item(_ text: String) {
            if items > 0 { h.lit(" · ") }
            h.text(text)
            items += 1
        }
        if showKind { item(s.kindSingular[doc.kind] ?? "") }
        if let d = doc.date {
            if items > 0 { h.lit(" · ") }
            let iso = d.iso
            h.lit("<time datetime=\""); h.text(iso); h.lit("\">"); h.text(iso); h.lit("</time>")
            items += 1
        }
        switch doc.details {
        case .method(let m):
            if let v = m.format { item(s.value(v)) }
            if let v = m.level { item(s.value(v)) }
        case .tool(let t):
            if let v = t.type { item(s.value(v)) }
        case .lesson(let l):
            if let v = l.outcome { item(s.value(v)) }
        case .meeting(let m):
            if let v = m.place { item(v) }
        case .project(let p):
            if let v = p.owner { item(v) }
        default:
            break
        }
        if let r = doc.region {
            if let region {
                if items > 0 { h.lit(" · ") }
                site.linkTable.write(region, to: &h)
                items += 1
            } else {
                item(r)
            }
        }
        if items > 0 { h.lit("</p>") } else { h.truncate(to: open) }
        h.lit("</li>\n")
    }

    /// `values.joined(separator: "|")`, escaped.
    static func joined(_ values: [String], into h: inout HTML) {
        for (i, v) in values.enumerated() {
            if i > 0 { h.lit("|") }
            h.text(v)
        }
    }

    /// Sensible order per kind: lessons, meetings and projects newest first; the rest by title.
    static func sorted(_ docs: [Document], kind: DocumentKind?, site: SiteModel) -> [Document] {
        order(docs, among: Array(docs.indices), kind: kind, site: site).map { docs[$0] }
    }

    /// The positions `among` (ascending) of `docs` in the order of `sorted`: positions, so
    /// that a page sorting a part of its documents copies none of them.
    static func order(_ docs: [Document], among: [Int], kind: DocumentKind?, site: SiteModel) -> [Int] {
        order(docs, among: among, kind: kind, site: site) { site.titleRank(docs[$0].id) }
    }

    /// `order` of positions in `site.hub.documents`, whose title ranks the site has by position.
    static func order(positions among: [Int], kind: DocumentKind?, site: SiteModel) -> [Int] {
        order(site.hub.documents, among: among, kind: kind, site: site) { site.titleRanks[$0] }
    }

    private static func order(_ docs: [Document], among: [Int], kind: DocumentKind?, site: SiteModel, rank: (Int) -> Int) -> [Int] {
        let newestFirst = kind == .lessons || kind == .meetings
        // The site's title ranks: collation key, then title, as `Collation.less` orders.
        let keyed = among.map { (i: $0, rank: rank($0)) }
        return keyed.sorted { x, y in
            if newestFirst, docs[x.i].date != docs[y.i].date {
                guard let da = docs[x.i].date else { return false }
                guard let db = docs[y.i].date else { return true }
                return da > db
            }
            if x.rank != y.rank { return x.rank < y.rank }
            return docs[x.i].id < docs[y.i].id
        }.map(\.i)
    }
}
