import HubContent

/// One step of the breadcrumb trail: a label and the page folder it links to (nil for the
/// current page).
public struct Crumb: Sendable {
    public var label: String
    public var directory: String?
    public var lang: String?

    public init(_ label: String, _ directory: String?, lang: String? = nil) {
        self.label = label
        self.directory = directory
        self.lang = lang
    }
}

/// A piece of a page's main content: markup built here, or bytes rendered elsewhere.
public enum PagePart: Sendable {
    case html(HTML)
    case bytes([UInt8])
    /// Markup that is already safe, as text (escaped where it was made).
    case markup(String)

    var count: Int {
        switch self {
        case .html(let h): h.count
        case .bytes(let b): b.count
        case .markup(let s): s.utf8.count
        }
    }
}

/// A rendered page: where it goes and its bytes.
public struct RenderedPage: Sendable {
    public var path: String
    public var bytes: [UInt8]

    public init(_ path: String, _ html: consuming HTML) {
        self.path = path
        var html = html
        self.bytes = html.takeBytes()
    }

    public init(_ path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// The page as text (for tests and tools; the build writes `bytes`).
    public var html: String { String(decoding: bytes, as: UTF8.self) }
}

/// The frame around every page: head, skip link, header with title, search and
/// navigation, breadcrumbs, the main landmark and the footer.
public struct Layout: Sendable {
    public let site: SiteModel
    /// The page's folder relative to the root (`methods/x/`, `` for the root).
    public let directory: String
    /// The page's language (`sv`/`en`).
    public let lang: String
    public let strings: UIStrings
    /// The way back to the root from this page: `../../` or `./`.
    public let root: String
    /// The site's prebuilt frame for this root and language, when it has one.
    let shell: PageShell?
    /// `root` is `./` or `../` repeated.
    let rootIsRelative: Bool
    /// What goes before a folder of `site.linkTable` when `rootIsRelative`: `root`, empty for
    /// `./` (dots and slashes: nothing to escape).
    let rootPrefix: [UInt8]
    /// The index in `site.pageHrefs` for this root (`./`, `../`, `../../`), or -1.
    let hrefDepth: Int

    public init(site: SiteModel, directory: String, lang: String, root: String? = nil) {
        self.site = site
        self.directory = directory
        self.lang = lang
        self.strings = UIStrings.forLanguage(lang)
        // A root made from the folder is `./` or `../` repeated; a given one is checked.
        let made = root == nil
        let root = root ?? SiteLinks.rootPrefix(fromDirectory: directory)
        self.root = root
        let shell = site.pageShells.first { $0.root == root && $0.lang == lang }
        self.shell = shell
        self.rootIsRelative = made || Self.isRelativeRoot(root)
        self.rootPrefix = shell?.rootPrefix ?? (root == "./" ? [] : Array(root.utf8))
        switch root {
        case "./": hrefDepth = 0
        case "../": hrefDepth = 1
        case "../../": hrefDepth = 2
        default: hrefDepth = -1
        }
    }

    /// A link to a page folder.
    public func href(_ dir: String, fragment: String? = nil) -> String {
        site.links.href(from: root, toDirectory: dir, fragment: fragment)
    }

    /// `href(SiteLinks.pageDirectory(id), fragment:)` of the document at position `p` of the
    /// hub, from the site's page URLs.
    func href(document p: Int, fragment: String? = nil) -> String {
        if hrefDepth >= 0, fragment?.isEmpty ?? true { return site.pageHrefs[hrefDepth][p] }
        return hrefMade(document: p, fragment: fragment)
    }

    /// `href(document:fragment:)` made from the root and the page URL (its definition).
    func hrefMade(document p: Int, fragment: String? = nil) -> String {
        var s = root == "./" ? "" : root
        s += site.pageURLs[p]  // never empty: no `./` needed
        if let f = fragment, !f.isEmpty {
            s += "#"
            s += f
        }
        return s
    }

    /// A link to a file such as `assets/site.css`.
    public func file(_ path: String) -> String { site.links.href(from: root, toFile: path) }

    /// A link to a document's page.
    public func href(_ id: DocumentID) -> String {
        // The hub's documents have their page URL made once (`SiteModel.pageURLs`).
        if let p = site.documentIndex[id] { return href(document: p) }
        return href(SiteLinks.pageDirectory(id))
    }

    /// Appends `"\(url: href(id))"`: written in place when the root is relative (`./`,
    /// `../`…), where the href starts with `.` or with the kind's name and `/`, so that it
    /// has no scheme and the check passes it unchanged; escaping is per byte, so the pieces
    /// are escaped one by one.
    func appendHref(_ id: DocumentID, to h: inout HTML) {
        appendHref(folder: id.kind.rawValue, slug: id.slug, to: &h)
    }

    /// Appends `"\(url: href(folder + "/" + slug + "/"))"` for a folder name of letters
    /// (`methods`, `tags`, `regions`), the same way as `appendHref(_:to:)`.
    func appendHref(folder: String, slug: String, to h: inout HTML) {
        guard rootIsRelative else { h.url(href(folder + "/" + slug + "/")); return }
        if root != "./" { h.text(root) }  // dots and slashes: nothing to escape
        h.text(folder)
        h.lit("/")
        h.text(slug)
        h.lit("/")
        if site.links.style == .indexFiles { h.lit("index.html") }
    }

    /// `appendHref(_:to:)` for the document at position `p` of the hub, from the site's link
    /// table (the same bytes, escaped once for every page).
    func appendHref(document p: Int, to h: inout HTML) {
        guard rootIsRelative else { h.url(href(site.hub.documents[p].id)); return }
        appendRelative(site.linkTable.documents[p].href, to: &h)
    }

    /// `appendHref(folder: "tags", slug:to:)` for the tag at index `k` of `site.tags`.
    func appendHref(tag k: Int, to h: inout HTML) {
        guard rootIsRelative else { h.url(href(SiteLinks.tagDirectory(site.tagSlugs[site.tags[k].label]!))); return }
        appendRelative(site.linkTable.tags[k].href, to: &h)
    }

    /// `appendHref(folder: "regions", slug:to:)` for the region at index `k` of `site.regions`.
    func appendHref(region k: Int, to h: inout HTML) {
        guard rootIsRelative else { h.url(href(SiteLinks.regionDirectory(site.regionSlugs[site.regions[k].label]!))); return }
        appendRelative(site.linkTable.regions[k].href, to: &h)
    }

    private func appendRelative(_ folder: Range<Int>, to h: inout HTML) {
        rootPrefix.withUnsafeBufferPointer { h.markup(bytes: $0) }
        site.linkTable.write(folder, to: &h)
    }

    /// Appends `langAttribute(passageLang)`.
    func appendLangAttribute(_ passageLang: String, to h: inout HTML) {
        if passageLang != lang { h.lit(" lang=\""); h.text(passageLang); h.lit("\"") }
    }

    /// Whether `root` is `./` or `../` repeated (not a base URL).
    static func isRelativeRoot(_ root: String) -> Bool {
        if root == "./" { return true }
        let u = Array(root.utf8)
        guard !u.isEmpty, u.count % 3 == 0 else { return false }
        for i in stride(from: 0, to: u.count, by: 3) where !(u[i] == 0x2E && u[i + 1] == 0x2E && u[i + 2] == 0x2F) { return false }
        return true
    }

    /// `lang="en"` on a passage whose language differs from the page's.
    public func langAttribute(_ passageLang: String) -> HTML {
        passageLang == lang ? "" : " lang=\"\(passageLang)\""
    }

    /// The whole page. `extraStylesheets` (root-relative) follow the scripts.
    public func page(title: String, description: String?, section: DocumentKind?, crumbs: [Crumb], main: HTML,
                     extraScripts: [String] = [], canonical: Bool = true, extraStylesheets: [String] = []) -> String {
        pageHTML(title: title, description: description, section: section, crumbs: crumbs, main: main,
                 extraScripts: extraScripts, canonical: canonical, extraStylesheets: extraStylesheets).string
    }

    /// `page` as markup bytes, for writing without decoding the page into a `String`.
    func pageHTML(title: String, description: String?, section: DocumentKind?, crumbs: [Crumb], main: HTML,
                  extraScripts: [String] = [], canonical: Bool = true, extraStylesheets: [String] = []) -> HTML {
        var (h, tail) = frame(title: title, description: description, section: section, crumbs: crumbs,
                              mainSize: main.count, extraScripts: extraScripts, canonical: canonical,
                              extraStylesheets: extraStylesheets)
        h += main
        h += tail
        return h
    }

    /// The whole page as UTF-8 bytes, its main content given in parts, some of them bytes
    /// already (a body the Markdown engine rendered): no part is decoded into a `String`
    /// only to be encoded again for writing.
    public func pageBytes(title: String, description: String?, section: DocumentKind?, crumbs: [Crumb],
                          main parts: [PagePart], extraStylesheets: [String] = []) -> [UInt8] {
        let size = parts.reduce(0) { $0 + $1.count }
        let (head, tail) = frame(title: title, description: description, section: section, crumbs: crumbs, mainSize: 0,
                                 extraStylesheets: extraStylesheets)
        var out: [UInt8] = []
        out.reserveCapacity(head.count + size + tail.count)
        out.append(contentsOf: head.bytes)
        for p in parts {
            switch p {
            case .html(let h): out.append(contentsOf: h.bytes)
            case .bytes(let b): out.append(contentsOf: b)
            case .markup(let s): out.append(contentsOf: s.utf8)
            }
        }
        out.append(contentsOf: tail.bytes)
        return out
    }

    /// Everything before the main content (up to `<main>`, with room reserved for it and
    /// the rest) and everything after it.
    func frame(title: String, description: String?, section: DocumentKind?, crumbs: [Crumb], mainSize: Int,
               extraScripts: [String] = [], canonical: Bool = true, extraStylesheets: [String] = []) -> (HTML, HTML) {
        var h = HTML()
        h.reserveCapacity(mainSize + headSize(title: title, description: description))
        writeHead(title: title, description: description, section: section, crumbs: crumbs, extraScripts: extraScripts,
                  canonical: canonical, extraStylesheets: extraStylesheets, into: &h)
        var tail = HTML()
        tail.reserveCapacity(tailSize)
        writeTail(into: &tail)
        return (h, tail)
    }

    /// Room for the frame before the main content (a little more than it needs).
    func headSize(title: String, description: String?) -> Int {
        (shell?.size ?? 4096) + (title.utf8.count + site.hub.config.title.utf8.count) * 2 + (description?.utf8.count ?? 0)
    }

    /// Room for the frame after the main content.
    var tailSize: Int { (shell?.footer.count ?? 4096) + 32 }

    /// Writes the frame before the main content, up to `<main …>`, into `h` (in place, see
    /// `HTML.lit`: every page has one).
    func writeHead(title: String, description: String?, section: DocumentKind?, crumbs: [Crumb],
                   extraScripts: [String] = [], canonical: Bool = true, extraStylesheets: [String] = [], into h: inout HTML) {
        let frame = shell ?? PageShell(layout: self)
        h.markup(bytes: frame.top)
        // The page's title, then the site's: escaping is per byte, so each is escaped alone.
        if !crumbs.isEmpty { h.text(title); h.lit(" – ") }
        h.markup(bytes: frame.siteTitle)
        h.lit("</title>\n")
        if let d = description, !d.isEmpty { h.lit("<meta name=\"description\" content=\""); h.text(d); h.lit("\">\n") }
        if let base = site.baseURL, canonical {
            h.lit("<link rel=\"canonical\" href=\""); h.url(base + site.links.url(ofDirectory: directory)); h.lit("\">\n")
        }
        if extraScripts.isEmpty && extraStylesheets.isEmpty {
            h.markup(bytes: frame.shared)
        } else {
            h.markup(bytes: frame.styles)
            h.markup(bytes: frame.searchScripts)
            for script in extraScripts { h += PageShell.script(script, self) }
            h.markup(bytes: frame.siteScript)
            for sheet in extraStylesheets { h.lit("<link rel=\"stylesheet\" href=\""); h.text(file(sheet)); h.lit("\">\n") }
            h.markup(bytes: frame.header)
            h.markup(bytes: frame.navOpen)
        }
        for item in frame.nav {
            h.markup(bytes: item.open)
            let current: Bool
            switch item.current {
            case .section(let kind): current = kind == section
            case .directory(let dir): current = dir == directory
            }
            if current { h.lit(" aria-current=\"page\"") }
            h.markup(bytes: item.close)
        }
        h.markup(bytes: frame.navClose)
        h.lit("</header>\n")
        if !crumbs.isEmpty {
            h.markup(bytes: frame.crumbsOpen)
            for c in crumbs {
                if let dir = c.directory {
                    h.lit("<li><a href=\""); h.url(href(dir)); h.lit("\"")
                } else {
                    h.lit("<li aria-current=\"page\"")
                }
                if let l = c.lang { appendLangAttribute(l, to: &h) }
                h.lit(">"); h.text(c.label); h.lit(c.directory == nil ? "</li>" : "</a></li>")
            }
            h.lit("</ol></nav>\n")
        }
        h.lit("<main id=\"ph-main\" class=\"wrap\" tabindex=\"-1\">\n")
    }

    /// Writes the frame after the main content into `h`.
    func writeTail(into h: inout HTML) {
        h.lit("</main>\n")
        h.markup(bytes: (shell ?? PageShell(layout: self)).footer)
        h.lit("</body>\n</html>\n")
    }

    func footer() -> HTML {
        let s = strings
        var h: HTML = "<footer class=\"site-footer\"><div class=\"wrap\"><ul class=\"footer-links\">"
        for doc in site.footerPages {
            h += "<li><a href=\"\(url: href(doc.id))\"\(langAttribute(doc.lang))>\(doc.title)</a></li>"
        }
        if !site.tags.isEmpty { h += "<li><a href=\"\(url: href("tags/"))\">\(s.allTags)</a></li>" }
        if !site.regions.isEmpty { h += "<li><a href=\"\(url: href("regions/"))\">\(s.allRegions)</a></li>" }
        if site.writesFeeds { h += "<li><a href=\"\(url: file("feed.xml"))\">\(s.feed)</a></li>" }
        h += "</ul><p>\(site.hub.config.title) · \(s.footerNote)</p></div></footer>\n"
        return h
    }
}
