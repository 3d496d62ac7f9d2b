import HubContent

/// The parts of the page frame that depend only on the site, the way back to the root and
/// the page's language: the document's first lines, stylesheet and script tags, the header,
/// the navigation, the footer. Ten thousand pages share a handful of these, so `SiteModel`
/// builds them once per root (`./`, `../`, `../../`) and language, and `Layout` only adds
/// what is the page's own.
///
/// Every piece is escaped markup kept as UTF-8 bytes (copied into each page as they are); a
/// class, so that each page's `Layout` holds it with one reference count, not one per piece.
final class PageShell: Sendable, Equatable {
    /// Whether the current page is marked in a navigation entry by its section or its folder.
    enum Current: Sendable, Equatable {
        case section(DocumentKind)
        case directory(String)
    }

    /// One navigation entry, split where `aria-current="page"` goes.
    struct NavItem: Sendable, Equatable {
        var current: Current
        var open: [UInt8]
        var close: [UInt8]
    }

    let root: String
    let lang: String
    /// `Layout.rootPrefix` for `root`, made once.
    let rootPrefix: [UInt8]
    /// From `<!DOCTYPE html>` to `<title>`, with the page's language and root.
    let top: [UInt8]
    /// The site's title, escaped.
    let siteTitle: [UInt8]
    /// The feed link (with a base URL) and the site stylesheet.
    let styles: [UInt8]
    /// The search runtime's script tags; page scripts follow them, then `siteScript`.
    let searchScripts: [UInt8]
    let siteScript: [UInt8]
    /// From `</head>` to the end of the header's first row.
    let header: [UInt8]
    /// `<nav …><ul …>`, the entries and `</ul></nav>`; empty when the site has no kinds.
    let navOpen: [UInt8]
    let nav: [NavItem]
    let navClose: [UInt8]
    /// `styles`, `searchScripts`, `siteScript`, `header` and `navOpen` in one piece, for the
    /// pages with no scripts or stylesheets of their own (nearly all).
    let shared: [UInt8]
    /// `<nav class="breadcrumbs wrap" aria-label="…"><ol>` and the first breadcrumb (home).
    let crumbsOpen: [UInt8]
    let footer: [UInt8]

    /// Every fragment built through `HTML`'s escaping interpolation, exactly as a page would.
    init(layout: Layout) {
        let site = layout.site, s = layout.strings
        root = layout.root
        lang = layout.lang
        rootPrefix = layout.root == "./" ? [] : Array(layout.root.utf8)
        var top = HTML()
        top.lit("<!DOCTYPE html>\n<html lang=\""); top.text(layout.lang); top.lit("\" data-root=\""); top.text(layout.root)
        top.lit("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        self.top = top.bytes
        var title = HTML()
        title.text(site.hub.config.title)
        siteTitle = title.bytes
        var styles = HTML()
        if site.baseURL != nil {
            styles += "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"\(url: layout.file("feed.xml"))\" title=\"\(s.feed)\">\n"
        }
        styles += "<link rel=\"stylesheet\" href=\"\(url: layout.file("assets/site.css"))\">\n"
        self.styles = styles.bytes
        searchScripts = HTML.join(site.searchScripts.map { Self.script($0, layout) }).bytes
        siteScript = Self.script("assets/site.js", layout).bytes
        let header: HTML = """
        </head>
        <body>
        <a class="skip-link" href="#ph-main">\(s.skipToContent)</a>
        <header class="site-header">
        <div class="wrap header-row">
        <a class="site-title" href="\(url: layout.href(""))">\(site.hub.config.title)</a>
        <form class="site-search" role="search" action="\(url: layout.file("search/index.html"))"><label for="site-search-input">\(s.search)</label><input type="search" name="q" id="site-search-input"><button type="submit">\(s.searchButton)</button></form>
        </div>

        """
        self.header = header.bytes
        var nav: [NavItem] = []
        if !site.navKinds.isEmpty {
            navOpen = ("<nav class=\"site-nav\" aria-label=\"\(s.mainNavigation)\"><ul class=\"wrap\">" as HTML).bytes
            for kind in site.navKinds {
                nav.append(NavItem(current: .section(kind),
                                   open: ("<li><a href=\"\(url: layout.href(SiteLinks.listingDirectory(kind)))\"" as HTML).bytes,
                                   close: (">\(s.kindName(kind))</a></li>" as HTML).bytes))
            }
            for (dir, label) in OfflinePages.navLinks(site, lang: layout.lang) {
                nav.append(NavItem(current: .directory(dir), open: ("<li><a href=\"\(url: layout.href(dir))\"" as HTML).bytes,
                                   close: (">\(label)</a></li>" as HTML).bytes))
            }
            navClose = Array("</ul></nav>\n".utf8)
        } else {
            navOpen = []
            navClose = []
        }
        self.nav = nav
        shared = self.styles + searchScripts + siteScript + self.header + navOpen
        var crumbs = HTML()
        crumbs.lit("<nav class=\"breadcrumbs wrap\" aria-label=\""); crumbs.text(s.breadcrumbs); crumbs.lit("\"><ol>")
        crumbs += "<li><a href=\"\(url: layout.href(""))\">\(s.home)</a></li>"
        crumbsOpen = crumbs.bytes
        footer = layout.footer().bytes
    }

    static func script(_ path: String, _ layout: Layout) -> HTML {
        "<script src=\"\(url: layout.file(path))\" defer></script>\n"
    }

    static func == (a: PageShell, b: PageShell) -> Bool {
        a.root == b.root && a.lang == b.lang && a.rootPrefix == b.rootPrefix && a.top == b.top && a.siteTitle == b.siteTitle && a.styles == b.styles
            && a.searchScripts == b.searchScripts && a.siteScript == b.siteScript && a.header == b.header && a.navOpen == b.navOpen
            && a.nav == b.nav && a.navClose == b.navClose && a.shared == b.shared && a.crumbsOpen == b.crumbsOpen && a.footer == b.footer
    }

    /// The bytes the frame adds to a page, to reserve the page's buffer at once.
    var size: Int {
        top.count + siteTitle.count + shared.count + nav.reduce(0) { $0 + $1.open.count + $1.close.count + 24 } + navClose.count
            + crumbsOpen.count + footer.count + 512
    }
}
