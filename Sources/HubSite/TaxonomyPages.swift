import HubContent

/// Pages per tag and per region, and the index page of each taxonomy.
struct TaxonomyPages {
    let site: SiteModel

    enum Taxonomy { case tags, regions }

    func folder(_ t: Taxonomy) -> String { t == .tags ? "tags/" : "regions/" }

    func entries(_ t: Taxonomy) -> [(label: String, documents: [DocumentID])] { t == .tags ? site.tags : site.regions }

    func slug(_ t: Taxonomy, _ label: String) -> String { (t == .tags ? site.tagSlugs : site.regionSlugs)[label] ?? SiteSlug.make(label) }

    func title(_ t: Taxonomy, _ s: UIStrings) -> String { t == .tags ? s.tags : s.regions }

    /// `tags/index.html`: every tag with its count.
    func renderIndex(_ t: Taxonomy) -> (path: String, html: String) {
        let dir = folder(t)
        let layout = Layout(site: site, directory: dir, lang: site.siteLang)
        let s = layout.strings
        var main: HTML = "<h1>\(title(t, s))</h1>\n<ul class=\"term-list\">\n"
        for e in entries(t) {
            main += "<li><a href=\"\(url: layout.href(dir + slug(t, e.label) + "/"))\">\(e.label)</a> <span class=\"term-count\">\(e.documents.count)</span></li>\n"
        }
        main += "</ul>\n"
        let html = layout.page(title: title(t, s), description: nil, section: nil, crumbs: [Crumb(title(t, s), nil)], main: main)
        return (SiteLinks.file(forDirectory: dir), html)
    }

    /// `tags/<slug>/index.html`: the documents with one tag, grouped by kind.
    func renderTerm(_ t: Taxonomy, index: Int) -> (path: String, html: String) {
        let entry = entries(t)[index]
        let dir = folder(t) + slug(t, entry.label) + "/"
        let layout = Layout(site: site, directory: dir, lang: site.siteLang)
        let s = layout.strings
        let docs = entry.documents.compactMap { site.hub[$0] }
        var main: HTML = "<h1>\(entry.label)</h1>\n<p class=\"count\">\(docs.count) \(s.documents)</p>\n"
        let row = DocumentRow(layout: layout, headingLevel: 3)
        for kind in SiteModel.kindOrder + [.pages] {
            let ofKind = DocumentRow.order(docs, among: docs.indices.filter { docs[$0].kind == kind }, kind: kind, site: site)
            guard !ofKind.isEmpty else { continue }
            main += "<section aria-labelledby=\"ph-kind-\(kind.rawValue)\">\n<h2 id=\"ph-kind-\(kind.rawValue)\">\(s.kindName(kind))</h2>\n<ul class=\"doc-list\">\n"
            for i in ofKind { main += row.render(docs[i]) }
            main += "</ul>\n</section>\n"
        }
        let html = layout.page(title: entry.label, description: nil, section: nil,
                               crumbs: [Crumb(title(t, s), folder(t)), Crumb(entry.label, nil)], main: main)
        return (SiteLinks.file(forDirectory: dir), html)
    }
}
