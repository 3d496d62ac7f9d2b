import HubContent

/// Pages per tag and per region, and the index page of each taxonomy.
struct TaxonomyPages {
    let site: SiteModel
    /// Each document's row as term pages write it (`rows(_:)`), by position in
    /// `hub.documents`; empty to render every row on the page.
    var rows: [HTML?] = []

    enum Taxonomy { case tags, regions }

    func folder(_ t: Taxonomy) -> String { t == .tags ? "tags/" : "regions/" }

    func entries(_ t: Taxonomy) -> [(label: String, documents: [DocumentID])] { t == .tags ? site.tags : site.regions }

    func slug(_ t: Taxonomy, _ label: String) -> String { (t == .tags ? site.tagSlugs : site.regionSlugs)[label] ?? SiteSlug.make(label) }

    func title(_ t: Taxonomy, _ s: UIStrings) -> String { t == .tags ? s.tags : s.regions }

    /// `tags/index.html`: every tag with its count.
    func renderIndex(_ t: Taxonomy) -> RenderedPage {
        let dir = folder(t)
        let layout = Layout(site: site, directory: dir, lang: site.siteLang)
        let s = layout.strings
        var main: HTML = "<h1>\(title(t, s))</h1>\n<ul class=\"term-list\">\n"
        for e in entries(t) {
            main += "<li><a href=\"\(url: layout.href(dir + slug(t, e.label) + "/"))\">\(e.label)</a> <span class=\"term-count\">\(e.documents.count)</span></li>\n"
        }
        main += "</ul>\n"
        let html = layout.pageHTML(title: title(t, s), description: nil, section: nil, crumbs: [Crumb(title(t, s), nil)], main: main)
        return RenderedPage(SiteLinks.file(forDirectory: dir), html)
    }

    /// `tags/<slug>/index.html`: the documents with one tag, grouped by kind.
    func renderTerm(_ t: Taxonomy, index: Int) -> RenderedPage {
        let entry = entries(t)[index]
        let dir = folder(t) + slug(t, entry.label) + "/"
        let layout = Layout(site: site, directory: dir, lang: site.siteLang)
        let s = layout.strings
        let docs = site.hub.documents
        let positions = (t == .tags ? site.tagPositions : site.regionPositions)[index]
        var main: HTML = "<h1>\(entry.label)</h1>\n<p class=\"count\">\(positions.count) \(s.documents)</p>\n"
        let row = DocumentRow(layout: layout, headingLevel: 3)
        let prebuilt = rows.count == docs.count && layout.root == Self.rowRoot
        for kind in SiteModel.kindOrder + [.pages] {
            let ofKind = DocumentRow.order(positions: positions.filter { docs[$0].kind == kind }, kind: kind, site: site)
            guard !ofKind.isEmpty else { continue }
            main += "<section aria-labelledby=\"ph-kind-\(kind.rawValue)\">\n<h2 id=\"ph-kind-\(kind.rawValue)\">\(s.kindName(kind))</h2>\n<ul class=\"doc-list\">\n"
            for i in ofKind {
                if prebuilt, let r = rows[i] { main += r } else { main += row.render(docs[i], position: i) }
            }
            main += "</ul>\n</section>\n"
        }
        let html = layout.pageHTML(title: entry.label, description: nil, section: nil,
                               crumbs: [Crumb(title(t, s), folder(t)), Crumb(entry.label, nil)], main: main)
        return RenderedPage(SiteLinks.file(forDirectory: dir), html)
    }
}

extension TaxonomyPages {
    /// Where term pages live (`tags/<slug>/`, `regions/<slug>/`), seen from the page.
    static let rowRoot = "../../"

    /// The row of every document that carries a tag or a region, as each of its term pages
    /// writes it (same folder depth, language and heading level on all of them), built once
    /// on all cores instead of once per tag and region of the document.
    static func rows(_ site: SiteModel) -> [HTML?] {
        guard !site.tags.isEmpty || !site.regions.isEmpty else { return [] }
        let layout = Layout(site: site, directory: "tags/x/", lang: site.siteLang)
        guard layout.root == rowRoot else { return [] }
        let row = DocumentRow(layout: layout, headingLevel: 3)
        return Array(site.hub.documents.indices).parallelMap { i in
            let d = site.hub.documents[i]
            guard !d.tags.isEmpty || d.region != nil, site.safeSlugs[i] else { return nil }
            return row.render(d, position: i)
        }
    }
}
