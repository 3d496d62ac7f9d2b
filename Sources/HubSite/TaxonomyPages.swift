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
        var html = layout.pageHTML(title: title(t, s), description: nil, section: nil, crumbs: [Crumb(title(t, s), nil)], main: main)
        return RenderedPage(SiteLinks.file(forDirectory: dir), bytes: html.takeBytes())
    }

    /// `tags/<slug>/index.html`: the documents with one tag, grouped by kind.
    func renderTerm(_ t: Taxonomy, index: Int) -> RenderedPage {
        let entry = entries(t)[index]
        let dir = folder(t) + slug(t, entry.label) + "/"
        let layout = Layout(site: site, directory: dir, lang: site.siteLang)
        let s = layout.strings
        let docs = site.hub.documents
        let positions = (t == .tags ? site.tagPositions : site.regionPositions)[index]
        let row = DocumentRow(layout: layout, headingLevel: 3)
        let prebuilt = rows.count == docs.count && layout.root == Self.rowRoot
        // The page is written in place into one buffer, reserved for its rows at once.
        var page = HTML()
        page.reserveCapacity(layout.headSize(title: entry.label, description: nil) + layout.tailSize + 4096
            + positions.reduce(0) { $0 + ((prebuilt ? rows[$1]?.count : nil) ?? 1024) })
        layout.writeHead(title: entry.label, description: nil, section: nil,
                         crumbs: [Crumb(title(t, s), folder(t)), Crumb(entry.label, nil)], into: &page)
        page.lit("<h1>"); page.text(entry.label); page.lit("</h1>\n<p class=\"count\">"); page.number(positions.count)
        page.lit(" "); page.text(s.documents); page.lit("</p>\n")
        for kind in SiteModel.kindOrder + [.pages] {
            let ofKind = DocumentRow.order(positions: positions.filter { docs[$0].kind == kind }, kind: kind, site: site)
            guard !ofKind.isEmpty else { continue }
            page.lit("<section aria-labelledby=\"ph-kind-"); page.text(kind.rawValue); page.lit("\">\n<h2 id=\"ph-kind-")
            page.text(kind.rawValue); page.lit("\">"); page.text(s.kindName(kind)); page.lit("</h2>\n<ul class=\"doc-list\">\n")
            for i in ofKind {
                if prebuilt, let r = rows[i] { page += r } else { row.write(docs[i], position: i, into: &page) }
            }
            page.lit("</ul>\n</section>\n")
        }
        layout.writeTail(into: &page)
        return RenderedPage(SiteLinks.file(forDirectory: dir), bytes: page.takeBytes())
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
