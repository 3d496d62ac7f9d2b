import HubContent

/// `index.html`: what the hub is, search, browse by kind and by tag, the latest lessons.
struct StartPage {
    let site: SiteModel

    func render() -> RenderedPage {
        let layout = Layout(site: site, directory: "", lang: site.siteLang)
        let s = layout.strings
        let config = site.hub.config
        var main: HTML = "<section class=\"intro\">\n<h1>\(config.title)</h1>\n<p class=\"lead\">\(config.description ?? s.hubIntro)</p>\n"
        main += "<form class=\"big-search\" role=\"search\" action=\"\(url: layout.file("search/index.html"))\"><label for=\"start-search-input\">\(s.searchPageTitle)</label><input type=\"search\" name=\"q\" id=\"start-search-input\"><button type=\"submit\">\(s.searchButton)</button></form>\n"
        main += "</section>\n"
        if !site.navKinds.isEmpty {
            main += "<section aria-labelledby=\"ph-kinds\">\n<h2 id=\"ph-kinds\">\(s.browseByKind)</h2>\n<ul class=\"kind-grid\">\n"
            for kind in site.navKinds {
                let n = site.hub.documents(of: kind).count
                main += "<li><a href=\"\(url: layout.href(SiteLinks.listingDirectory(kind)))\"><span class=\"kind-name\">\(s.kindName(kind))</span> <span class=\"kind-count\">\(n)</span></a></li>\n"
            }
            main += "</ul>\n</section>\n"
        }
        let lessons = DocumentRow.sorted(site.hub.documents(of: .lessons).filter { SiteSlug.isSafeComponent($0.slug) }, kind: .lessons, site: site)
        if !lessons.isEmpty {
            main += "<section aria-labelledby=\"ph-latest\">\n<h2 id=\"ph-latest\">\(s.latestLessons)</h2>\n<ul class=\"doc-list\">\n"
            let row = DocumentRow(layout: layout, headingLevel: 3)
            for d in lessons.prefix(site.options.latestCount) { main += row.render(d) }
            main += "</ul>\n<p><a href=\"\(url: layout.href(SiteLinks.listingDirectory(.lessons)))\">\(s.kindName(.lessons)) →</a></p>\n</section>\n"
        }
        if !site.tags.isEmpty {
            main += "<section aria-labelledby=\"ph-tags\">\n<h2 id=\"ph-tags\">\(s.browseByTag)</h2>\n<ul class=\"tag-cloud\">\n"
            for e in site.tags {
                main += "<li><a class=\"tag\" href=\"\(url: layout.href(SiteLinks.tagDirectory(site.tagSlugs[e.label]!)))\">\(e.label) <span class=\"term-count\">\(e.documents.count)</span></a></li>\n"
            }
            main += "</ul>\n</section>\n"
        }
        if !site.regions.isEmpty {
            main += "<section aria-labelledby=\"ph-regions\">\n<h2 id=\"ph-regions\">\(s.regions)</h2>\n<ul class=\"tag-cloud\">\n"
            for e in site.regions {
                main += "<li><a class=\"tag\" href=\"\(url: layout.href(SiteLinks.regionDirectory(site.regionSlugs[e.label]!)))\">\(e.label) <span class=\"term-count\">\(e.documents.count)</span></a></li>\n"
            }
            main += "</ul>\n</section>\n"
        }
        var html = layout.pageHTML(title: config.title, description: config.description ?? s.hubIntro, section: nil, crumbs: [], main: main)
        return RenderedPage("index.html", bytes: html.takeBytes())
    }
}
