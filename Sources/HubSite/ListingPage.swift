import HubContent

/// The list of every document of one kind, with filters (format, level, region, sector,
/// tag). The filter form is hidden until `assets/site.js` runs; without JavaScript the
/// page is the complete list.
struct ListingPage {
    let site: SiteModel

    func render(kind: DocumentKind) -> RenderedPage {
        let dir = SiteLinks.listingDirectory(kind)
        let layout = Layout(site: site, directory: dir, lang: site.siteLang)
        let s = layout.strings
        // Positions in `hub.documents` (a kind's documents lie together there): rows read the
        // site's tables by position, and no document is copied.
        let all = site.hub.documents
        let docs = DocumentRow.order(positions: site.hub.documents(of: kind).indices.filter { site.safeSlugs[$0] }, kind: kind, site: site)
        // The page is written in place into one buffer, reserved for its rows at once.
        var page = HTML()
        page.reserveCapacity(layout.headSize(title: s.kindName(kind), description: nil) + layout.tailSize + 8192 + docs.count * 1024)
        layout.writeHead(title: s.kindName(kind), description: nil, section: kind, crumbs: [Crumb(s.kindName(kind), nil)], into: &page)
        page.lit("<h1>"); page.text(s.kindName(kind)); page.lit("</h1>\n")
        page.lit("<p class=\"count\" id=\"ph-count\" data-total=\""); page.number(docs.count); page.lit("\">"); page.number(docs.count)
        page.lit(" "); page.text(s.documents); page.lit("</p>\n")
        page += filterForm(docs, layout: layout)
        page.lit("<ul class=\"doc-list\" id=\"ph-list\">\n")
        let row = DocumentRow(layout: layout)
        for p in docs { row.write(all[p], position: p, into: &page) }
        page.lit("</ul>\n")
        layout.writeTail(into: &page)
        return RenderedPage(SiteLinks.file(forDirectory: dir), bytes: page.takeBytes())
    }

    /// How many of the documents carry each value, per field (`format`, `level`, `region`,
    /// `sector`, `tags`; a field no document fills is absent): the definition, by label.
    static func facetCounts(_ docs: [Document]) -> [String: [String: Int]] {
        // One dictionary per field, filled in place (not through the outer dictionary).
        var format: [String: Int] = [:], level: [String: Int] = [:], region: [String: Int] = [:]
        var sector: [String: Int] = [:], tags: [String: Int] = [:]
        for d in docs {
            let f = DocumentRow.facets(d)
            if let v = f.format { format[v, default: 0] += 1 }
            if let v = f.level { level[v, default: 0] += 1 }
            if let v = f.region { region[v, default: 0] += 1 }
            for (i, v) in f.sector.enumerated() where !f.sector[..<i].contains(v) { sector[v, default: 0] += 1 }
            for (i, v) in f.tags.enumerated() where !f.tags[..<i].contains(v) { tags[v, default: 0] += 1 }
        }
        var counts: [String: [String: Int]] = [:]
        for (key, c) in [("format", format), ("level", level), ("region", region), ("sector", sector), ("tags", tags)] where !c.isEmpty {
            counts[key] = c
        }
        return counts
    }

    /// `facetCounts` of the documents at `positions` of the hub (with pages): tags and regions
    /// are counted by their index in the site's lists, so that a label is hashed once per
    /// page rather than once per document carrying it.
    func facetCounts(positions: [Int]) -> [String: [String: Int]] {
        var format: [String: Int] = [:], level: [String: Int] = [:], sector: [String: Int] = [:]
        var tagCounts = [Int](repeating: 0, count: site.tags.count), regionCounts = [Int](repeating: 0, count: site.regions.count)
        let docs = site.hub.documents, table = site.linkTable
        for p in positions {
            if case .method(let m) = docs[p].details {
                if let v = m.format { format[v, default: 0] += 1 }
                if let v = m.level { level[v, default: 0] += 1 }
            }
            if table.documentRegion[p] >= 0 { regionCounts[Int(table.documentRegion[p])] += 1 }
            let sectors = docs[p].sector
            for (i, v) in sectors.enumerated() where !sectors[..<i].contains(v) { sector[v, default: 0] += 1 }
            let tags = table.tagIndices(ofDocument: p)
            for (i, k) in tags.enumerated() where !tags[..<(tags.startIndex + i)].contains(k) { tagCounts[Int(k)] += 1 }
        }
        func byLabel(_ counts: [Int], _ labels: [(label: String, documents: [DocumentID])]) -> [String: Int] {
            var c: [String: Int] = [:]
            for (k, n) in counts.enumerated() where n > 0 { c[labels[k].label] = n }
            return c
        }
        var counts: [String: [String: Int]] = [:]
        for (key, c) in [("format", format), ("level", level), ("region", byLabel(regionCounts, site.regions)), ("sector", sector),
                         ("tags", byLabel(tagCounts, site.tags))] where !c.isEmpty {
            counts[key] = c
        }
        return counts
    }

    /// `positions`: the listed documents' positions in `hub.documents` (documents with pages).
    func filterForm(_ positions: [Int], layout: Layout) -> HTML {
        let s = layout.strings
        let counts = facetCounts(positions: positions)
        let fields: [(key: String, label: String)] = [("format", s.format), ("level", s.level), ("region", s.region),
                                                      ("sector", s.sector), ("tags", s.tags)]
        let used = fields.filter { (counts[$0.key]?.count ?? 0) > 1 }
        guard !used.isEmpty else { return "" }
        var h: HTML = "<form class=\"filters\" id=\"ph-filters\" hidden>\n<fieldset>\n<legend>\(s.filters)</legend>\n"
        for field in used {
            let id = "ph-filter-\(field.key)"
            h += "<div class=\"filter\"><label for=\"\(id)\">\(field.label)</label><select id=\"\(id)\" data-filter=\"\(field.key)\">"
            h += "<option value=\"\">\(s.filterAll)</option>"
            // `Collation.less` order, each value's key made once (not twice per comparison);
            // the values are distinct, so the raw tie-break is never needed twice.
            let keyed = counts[field.key]!.map { (key: Collation.key($0.key), value: $0.key, n: $0.value) }
            let sorted = keyed.sorted { a, b in a.key != b.key ? a.key.lexicographicallyPrecedes(b.key) : a.value < b.value }
            for (_, value, n) in sorted {
                // Only the enumerations have display labels; a tag that happens to share a
                // word with one (the tag `utbildning`, the format `utbildning`) is shown as written.
                let label = field.key == "format" || field.key == "level" ? s.value(value) : value
                h.lit("<option value=\""); h.text(value); h.lit("\">"); h.text(label); h.lit(" ("); h.number(n); h.lit(")</option>")
            }
            h += "</select></div>\n"
        }
        h += "<button type=\"reset\">\(s.filterReset)</button>\n</fieldset>\n</form>\n"
        h += "<p class=\"filter-status\" id=\"ph-filter-status\" role=\"status\" aria-live=\"polite\"></p>\n"
        return h
    }
}
