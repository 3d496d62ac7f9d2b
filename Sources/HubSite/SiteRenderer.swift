import Foundation
import HubContent
import HubDiagnostics
import HubMarkdown

/// A file of the finished site, relative to the output root.
public struct SiteFile: Sendable, Hashable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.path = path
        self.bytes = Array(text.utf8)
    }
}

/// The site stage's front: the list of pages to render (each independent, so the build
/// renders them in parallel) and the files that are not pages.
public struct SiteRenderer: Sendable {
    public let site: SiteModel
    /// Document rows shared by the tag and region pages (`TaxonomyPages.rows`).
    let termRows: [HTML?]
    /// The site's handbook and what its entries share, when the site has one.
    let handbook: (page: HandbookPage, context: HandbookPage.EntryContext)?
    /// The programme figures, made once for the programme page, its CSV files and the
    /// handbook (which projects used each method); nil when the site has neither page.
    let figures: ProgrammeFigures?

    /// One page to render.
    public enum Job: Sendable, Hashable {
        case document(Int)
        case listing(DocumentKind)
        case taxonomyIndex(tags: Bool)
        case term(tags: Bool, index: Int)
        case start, search, notFound
        /// `programme/index.html` and `handbook/index.html` (Offline/OfflinePages.swift).
        case programme, handbook
    }

    /// A rendered page; `document` and `sections` are set for document pages.
    public struct Page: Sendable {
        public var path: String
        /// The page, UTF-8.
        public var bytes: [UInt8]
        public var document: DocumentID?
        public var diagnostics: [Diagnostic]
        /// The parsed body of a document page, kept so that `sections` costs nothing unless asked for.
        var markdown: MarkdownDocument?
        var headings: [MarkdownHeading] = []
        /// For a method or tool: its entry in the handbook, made from the same parse (UTF-8
        /// markup, copied into the handbook page as it is).
        public var handbookEntry: [UInt8]?

        /// The page as text (for tests and tools; the build writes `bytes`).
        public var html: String { String(decoding: bytes, as: UTF8.self) }

        /// The body's heading sections. Computed on demand: only the build's search stage asks.
        public var sections: [MarkdownSection] { markdown?.sections(headings: headings) ?? [] }
        /// `sections` with UTF-8 texts (for the search index).
        public var sectionTexts: [MarkdownSection.UTF8Text] { markdown?.sectionsUTF8(headings: headings) ?? [] }
    }

    public init(hub: Hub, options: SiteOptions = SiteOptions(), searchRuntimePaths: [String] = []) {
        // The programme figures need only the hub: made while the site model is built (which
        // is before any page renders). They exist when the programme page or the handbook
        // does (`OfflinePages.hasProgramme`, `hasHandbook`: a project or a method).
        let wantsFigures = !hub.documents(of: .projects).isEmpty || !hub.documents(of: .methods).isEmpty
        let figuresWork = Background { wantsFigures ? ProgrammeFigures(hub: hub) : nil }
        let site = SiteModel(hub: hub, options: options, searchRuntimePaths: searchRuntimePaths)
        self.site = site
        // The handbook's shared context is mostly one thread's work (sorting by title): it is
        // made beside the taxonomy rows, which render on all cores.
        let context = Background { () -> (page: HandbookPage, context: HandbookPage.EntryContext)? in
            guard OfflinePages.hasHandbook(site) else { return nil }
            let page = OfflinePages.handbookPage(site)
            return (page, page.entryContext(figures: figuresWork.wait()))
        }
        termRows = TaxonomyPages.rows(site)
        figures = figuresWork.wait()
        handbook = context.wait()
    }

    /// Every page of the site, in a fixed order.
    public var jobs: [Job] {
        var jobs: [Job] = [.start, .search, .notFound]
        for i in site.hub.documents.indices where site.safeSlugs[i] { jobs.append(.document(i)) }
        for kind in DocumentKind.allCases where !site.hub.documents(of: kind).isEmpty { jobs.append(.listing(kind)) }
        if !site.tags.isEmpty {
            jobs.append(.taxonomyIndex(tags: true))
            for i in site.tags.indices { jobs.append(.term(tags: true, index: i)) }
        }
        if !site.regions.isEmpty {
            jobs.append(.taxonomyIndex(tags: false))
            for i in site.regions.indices { jobs.append(.term(tags: false, index: i)) }
        }
        if OfflinePages.hasProgramme(site) { jobs.append(.programme) }
        if OfflinePages.hasHandbook(site) { jobs.append(.handbook) }
        return jobs
    }

    /// Renders one page. A method's or tool's page also makes its handbook entry from the
    /// same parse of the body; the build hands those to the handbook job (`handbookEntries`),
    /// which makes any that are missing. `body` is the document's body as the loader parsed
    /// it (`ContentLoader.loadKeepingBodies`), rendered instead of parsing the body again.
    public func render(_ job: Job, handbookEntries: [DocumentID: [UInt8]] = [:], body: MarkdownDocument? = nil) -> Page {
        func plain(_ r: RenderedPage) -> Page {
            Page(path: r.path, bytes: r.bytes, document: nil, diagnostics: [], markdown: nil)
        }
        switch job {
        case .document(let i):
            let r = DocumentPage(site: site).render(site.hub.documents[i], parsed: body, position: i)
            var page = Page(path: r.path, bytes: r.bytes, document: r.id, diagnostics: r.diagnostics, markdown: r.markdown, headings: r.headings)
            let doc = site.hub.documents[i]
            if let handbook, doc.kind == .methods || (doc.kind == .tools && handbook.page.includeTools) {
                page.handbookEntry = handbook.page.entryBytes(doc, context: handbook.context, parsedBody: r.markdown,
                                                         page: (r.headings, r.body))
            }
            return page
        case .listing(let kind): return plain(ListingPage(site: site).render(kind: kind))
        case .taxonomyIndex(let tags): return plain(TaxonomyPages(site: site).renderIndex(tags ? .tags : .regions))
        case .term(let tags, let index): return plain(TaxonomyPages(site: site, rows: termRows).renderTerm(tags ? .tags : .regions, index: index))
        case .start: return plain(StartPage(site: site).render())
        case .search: return plain(SearchPage(site: site).render())
        case .notFound: return plain(SearchPage(site: site).renderNotFound())
        case .programme: return plain(OfflinePages.renderProgramme(site, figures: figures))
        case .handbook:
            return plain(OfflinePages.renderHandbook(site, page: handbook?.page, entries: handbookEntries, context: handbook?.context))
        }
    }

    /// Stylesheet, site script, `robots.txt`, and with a base URL `feed.xml` and `sitemap.xml`.
    public func staticFiles(pagePaths: [String]) -> [SiteFile] {
        (assetFiles() + feedFiles(pagePaths: pagePaths)).sorted { $0.path < $1.path }
    }

    /// The files that do not depend on the pages: stylesheet, script, programme data. The
    /// build makes them while pages render.
    public func assetFiles() -> [SiteFile] {
        SiteAssets.files + OfflinePages.staticFiles(site, figures: figures)
    }

    /// `robots.txt`, and with a base URL `feed.xml` and `sitemap.xml` (which lists `pagePaths`).
    public func feedFiles(pagePaths: [String]) -> [SiteFile] {
        var files: [SiteFile] = []
        let feeds = Feeds(site: site)
        files.append(SiteFile(path: "robots.txt", text: feeds.robots(base: site.baseURL)))
        if let base = site.baseURL {
            files.append(SiteFile(path: "feed.xml", text: feeds.feed(base: base)))
            files.append(SiteFile(path: "sitemap.xml", text: feeds.sitemap(base: base, pagePaths: pagePaths.filter { $0 != "404.html" })))
        }
        return files
    }
}

/// The stylesheet and the filter script (Resources/site.css, site.js), carried in the binary
/// (`SiteAssetSource`), so a copied `pilothub` needs no resource folder beside it.
public enum SiteAssets {
    public static let files: [SiteFile] = SiteAssetSource.files.map { SiteFile(path: "assets/" + $0.name, bytes: Array($0.text.utf8)) }
}
