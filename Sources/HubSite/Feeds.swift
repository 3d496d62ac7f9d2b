import HubContent

/// `feed.xml` (Atom), `sitemap.xml` and `robots.txt`. Feeds and sitemaps need absolute
/// URLs, which exist only with a base URL; without one they are not written.
struct Feeds {
    let site: SiteModel

    /// The newest documents (by `updated`, then `date`), at most 50.
    func feed(base: String) -> String {
        let dated = site.hub.documents.filter { ($0.updated ?? $0.date) != nil && SiteSlug.isSafeComponent($0.slug) && $0.kind != .pages }
        let newest = dated.sorted { a, b in
            let da = (a.updated ?? a.date)!, db = (b.updated ?? b.date)!
            return da != db ? da > db : a.id < b.id
        }.prefix(50)
        let config = site.hub.config
        let updated = newest.first.map { stamp(($0.updated ?? $0.date)!) } ?? "1970-01-01T00:00:00Z"
        var x: HTML = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(site.siteLang)">
        <title>\(config.title)</title>
        <id>\(base)</id>
        <link rel="alternate" href="\(url: base)"/>
        <link rel="self" href="\(url: base + "feed.xml")"/>
        <updated>\(updated)</updated>

        """
        if let d = config.description { x += "<subtitle>\(d)</subtitle>\n" }
        for d in newest {
            let url = base + site.links.url(ofDirectory: SiteLinks.pageDirectory(d.id))
            x += "<entry xml:lang=\"\(d.lang)\">\n<title>\(d.title)</title>\n<id>\(url)</id>\n<link rel=\"alternate\" href=\"\(url: url)\"/>\n"
            x += "<updated>\(stamp((d.updated ?? d.date)!))</updated>\n"
            if let date = d.date { x += "<published>\(stamp(date))</published>\n" }
            x += "<author><name>\(config.title)</name></author>\n"
            if let s = d.summary { x += "<summary>\(s)</summary>\n" }
            x += "</entry>\n"
        }
        x += "</feed>\n"
        return x.string
    }

    func stamp(_ d: ContentDate) -> String { d.iso + "T00:00:00Z" }

    /// Every page of the site, sorted.
    func sitemap(base: String, pagePaths: [String]) -> String {
        var x: HTML = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for p in pagePaths.sorted() where p.hasSuffix("index.html") {
            let dir = String(p.dropLast("index.html".count))
            x += "<url><loc>\(base + ContentPath.percentEncode(site.links.url(ofDirectory: dir)))</loc></url>\n"
        }
        x += "</urlset>\n"
        return x.string
    }

    func robots(base: String?) -> String {
        var s = "User-agent: *\nAllow: /\n"
        if let b = base { s += "Sitemap: \(b)sitemap.xml\n" }
        return s
    }
}
