import HubContent

/// The parts of the page frame that depend only on the site, the way back to the root and
/// the page's language: stylesheet and script tags, the header, the navigation, the footer.
/// Ten thousand pages share a handful of these, so `SiteModel` builds them once per root
/// (`./`, `../`, `../../`) and language, and `Layout` only adds what is the page's own.
struct PageShell: Sendable, Equatable {
    /// Whether the current page is marked in a navigation entry by its section or its folder.
    enum Current: Sendable, Equatable {
        case section(DocumentKind)
        case directory(String)
    }

    /// One navigation entry, split where `aria-current="page"` goes.
    struct NavItem: Sendable, Equatable {
        var current: Current
        var open: String
        var close: String
    }

    var root: String
    var lang: String
    /// The feed link (with a base URL) and the site stylesheet.
    var styles: String
    /// The search runtime's script tags; page scripts follow them, then `siteScript`.
    var searchScripts: String
    var siteScript: String
    /// From `</head>` to the end of the header's first row.
    var header: String
    /// `<nav …><ul …>`, the entries and `</ul></nav>`; empty when the site has no kinds.
    var navOpen: String
    var nav: [NavItem]
    var navClose: String
    /// The first breadcrumb (home).
    var homeCrumb: String
    var footer: String

    /// Every fragment built through `HTML`'s escaping interpolation, exactly as a page would.
    init(layout: Layout) {
        let site = layout.site, s = layout.strings
        root = layout.root
        lang = layout.lang
        var styles = HTML()
        if site.baseURL != nil {
            styles += "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"\(url: layout.file("feed.xml"))\" title=\"\(s.feed)\">\n"
        }
        styles += "<link rel=\"stylesheet\" href=\"\(url: layout.file("assets/site.css"))\">\n"
        self.styles = styles.string
        searchScripts = site.searchScripts.map { Self.script($0, layout).string }.joined()
        siteScript = Self.script("assets/site.js", layout).string
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
        self.header = header.string
        var nav: [NavItem] = []
        if !site.navKinds.isEmpty {
            navOpen = ("<nav class=\"site-nav\" aria-label=\"\(s.mainNavigation)\"><ul class=\"wrap\">" as HTML).string
            for kind in site.navKinds {
                nav.append(NavItem(current: .section(kind),
                                   open: ("<li><a href=\"\(url: layout.href(SiteLinks.listingDirectory(kind)))\"" as HTML).string,
                                   close: (">\(s.kindName(kind))</a></li>" as HTML).string))
            }
            for (dir, label) in OfflinePages.navLinks(site, lang: layout.lang) {
                nav.append(NavItem(current: .directory(dir), open: ("<li><a href=\"\(url: layout.href(dir))\"" as HTML).string,
                                   close: (">\(label)</a></li>" as HTML).string))
            }
            navClose = "</ul></nav>\n"
        } else {
            navOpen = ""
            navClose = ""
        }
        self.nav = nav
        homeCrumb = ("<li><a href=\"\(url: layout.href(""))\">\(s.home)</a></li>" as HTML).string
        footer = layout.footer().string
    }

    static func script(_ path: String, _ layout: Layout) -> HTML {
        "<script src=\"\(url: layout.file(path))\" defer></script>\n"
    }

    /// The characters the frame adds to a page, to reserve the page's buffer at once.
    var size: Int {
        styles.utf8.count + searchScripts.utf8.count + siteScript.utf8.count + header.utf8.count + navOpen.utf8.count
            + nav.reduce(0) { $0 + $1.open.utf8.count + $1.close.utf8.count + 24 } + navClose.utf8.count
            + homeCrumb.utf8.count + footer.utf8.count + 512
    }
}
