import HubContent

/// `search/index.html`: the full search page the search runtime drives (ids are the
/// contract with `pilothub-search-ui.js`), and `404.html`.
struct SearchPage {
    let site: SiteModel

    func render() -> RenderedPage {
        let layout = Layout(site: site, directory: "search/", lang: site.siteLang)
        let s = layout.strings
        var main: HTML = "<h1>\(s.searchPageTitle)</h1>\n"
        main += "<form id=\"search-form\" role=\"search\" action=\"index.html\"><label for=\"search-input\">\(s.search)</label><input type=\"search\" id=\"search-input\" name=\"q\"><button type=\"submit\">\(s.searchButton)</button></form>\n"
        main += "<div id=\"search-status\" role=\"status\" aria-live=\"polite\"></div>\n"
        // Results first in the source (and on phones); facets beside them on wide screens.
        main += "<div class=\"search-layout\">\n<ol id=\"search-results\"></ol>\n<div id=\"search-facets\"></div>\n</div>\n"
        main += "<noscript><p>\(s.searchNoScript)</p><ul>"
        for kind in site.navKinds {
            main += "<li><a href=\"\(url: layout.href(SiteLinks.listingDirectory(kind)))\">\(s.kindName(kind))</a></li>"
        }
        if !site.tags.isEmpty { main += "<li><a href=\"\(url: layout.href("tags/"))\">\(s.allTags)</a></li>" }
        main += "</ul></noscript>\n"
        var html = layout.pageHTML(title: s.searchPageTitle, description: nil, section: nil,
                               crumbs: [Crumb(s.search, nil)], main: main)
        return RenderedPage("search/index.html", bytes: html.takeBytes())
    }

    /// A web server serves `404.html` at any depth, so relative links cannot work there:
    /// with a base URL the page links absolutely, without one it assumes the root.
    func renderNotFound() -> RenderedPage {
        let layout = Layout(site: site, directory: "", lang: site.siteLang, root: site.baseURL ?? "./")
        let s = layout.strings
        var main: HTML = "<h1>\(s.notFoundTitle)</h1>\n<p>\(s.notFoundText)</p>\n"
        main += "<p><a href=\"\(url: layout.href(""))\">\(s.home)</a> · <a href=\"\(url: layout.file("search/index.html"))\">\(s.search)</a></p>\n"
        var html = layout.pageHTML(title: s.notFoundTitle, description: nil, section: nil, crumbs: [Crumb(s.notFoundTitle, nil)], main: main,
                               canonical: false)
        return RenderedPage("404.html", bytes: html.takeBytes())
    }
}
