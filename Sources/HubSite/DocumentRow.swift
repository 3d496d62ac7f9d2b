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

    func render(_ doc: Document, showKind: Bool = false) -> HTML {
        let s = layout.strings
        let f = DocumentRow.facets(doc)
        var h: HTML = "<li class=\"doc-item\""
        if let v = f.format { h += " data-format=\"\(v)\"" }
        if let v = f.level { h += " data-level=\"\(v)\"" }
        if let v = f.region { h += " data-region=\"\(v)\"" }
        if !f.sector.isEmpty { h += " data-sector=\"\(f.sector.joined(separator: "|"))\"" }
        if !f.tags.isEmpty { h += " data-tags=\"\(f.tags.joined(separator: "|"))\"" }
        h += "\(layout.langAttribute(doc.lang))>"
        h += "<h\(headingLevel) class=\"doc-item-title\"><a href=\"\(url: layout.href(doc.id))\">\(doc.title)</a></h\(headingLevel)>"
        if let summary = doc.summary, !summary.isEmpty { h += "<p class=\"doc-item-summary\">\(summary)</p>" }
        var meta: [HTML] = []
        if showKind { meta.append("\(s.kindSingular[doc.kind] ?? "")") }
        if let d = doc.date { meta.append("<time datetime=\"\(d.iso)\">\(d.iso)</time>") }
        switch doc.details {
        case .method(let m):
            if let v = m.format { meta.append("\(s.value(v))") }
            if let v = m.level { meta.append("\(s.value(v))") }
        case .tool(let t):
            if let v = t.type { meta.append("\(s.value(v))") }
        case .lesson(let l):
            if let v = l.outcome { meta.append("\(s.value(v))") }
        case .meeting(let m):
            if let v = m.place { meta.append("\(v)") }
        case .project(let p):
            if let v = p.owner { meta.append("\(v)") }
        default:
            break
        }
        if let r = doc.region { meta.append("\(r)") }
        if !meta.isEmpty { h += "<p class=\"doc-item-meta\">\(HTML.join(meta, separator: " · "))</p>" }
        h += "</li>\n"
        return h
    }

    /// Sensible order per kind: lessons, meetings and projects newest first; the rest by title.
    static func sorted(_ docs: [Document], kind: DocumentKind?, site: SiteModel) -> [Document] {
        order(docs, among: Array(docs.indices), kind: kind, site: site).map { docs[$0] }
    }

    /// The positions `among` (ascending) of `docs` in the order of `sorted`: positions, so
    /// that a page sorting a part of its documents copies none of them.
    static func order(_ docs: [Document], among: [Int], kind: DocumentKind?, site: SiteModel) -> [Int] {
        let newestFirst = kind == .lessons || kind == .meetings
        // The site's title ranks: collation key, then title, as `Collation.less` orders.
        let keyed = among.map { (i: $0, rank: site.titleRank(docs[$0].id)) }
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
