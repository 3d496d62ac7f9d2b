import HubContent
import HubMarkdown
import Testing
@testable import HubSite

@Suite("Pages of the site")
struct SitePagesTests {
    func page(_ id: DocumentID, _ r: SiteRenderer = Fixture.renderer()) -> RenderedDocument {
        DocumentPage(site: r.site).render(r.site.hub[id]!)
    }

    @Test("every page has lang, data-root, skip link, landmarks, labelled search and the search scripts' contract")
    func frame() {
        let r = SiteRenderer(hub: Fixture.hub(), options: SiteOptions(),
                             searchRuntimePaths: ["search/pilothub-search.js", "search/pilothub-stemmers.js", "search/pilothub-search-ui.js"])
        let html = DocumentPage(site: r.site).render(r.site.hub[Fixture.method]!).html
        #expect(html.contains("<html lang=\"sv\" data-root=\"../../\">"))
        #expect(html.contains("<a class=\"skip-link\" href=\"#ph-main\">"))
        #expect(html.contains("<main id=\"ph-main\""))
        #expect(html.contains("<form class=\"site-search\" role=\"search\" action=\"../../search/index.html\"><label for=\"site-search-input\">Sök</label><input type=\"search\" name=\"q\" id=\"site-search-input\">"))
        let stem = html.range(of: "<script src=\"../../search/pilothub-stemmers.js\" defer></script>")
        let search = html.range(of: "<script src=\"../../search/pilothub-search.js\" defer></script>")
        let ui = html.range(of: "<script src=\"../../search/pilothub-search-ui.js\" defer></script>")
        #expect(stem != nil && search != nil && ui != nil)
        if let a = stem, let b = search, let c = ui { #expect(a.lowerBound < b.lowerBound && b.lowerBound < c.lowerBound) }
        #expect(!html.contains("<script>"), "no inline scripts")
        #expect(html.contains("<footer"))
        #expect(html.contains("href=\"../../pages/om/\""), "footer links the about page")
    }

    @Test("a method shows its fields, its tools, and the lessons and projects that used it")
    func methodPage() {
        let html = page(Fixture.method).html
        for s in ["Behovsanalys", "Grund", "2 timmar", "företagsledare", "href=\"../../tools/checklista/\"",
                  "href=\"../../lessons/snabb-start/\"", "href=\"../../projects/cybersaker-vardag/\"", "href=\"../../tags/gdpr/\"",
                  "href=\"../../regions/skane/\""] {
            #expect(html.contains(s), "missing \(s)")
        }
        #expect(html.contains("<a href=\"../../lessons/snabb-start/\" lang=\"en\">A quick start works</a>"), "English passage marked")
        #expect(html.contains("<nav class=\"breadcrumbs"))
    }

    @Test("a reference to a document left out of the site (a draft) gives no empty list")
    func referenceToMissingDocument() {
        // The method lists only a project the hub does not have, the way a draft is left out.
        let draft = DocumentID(kind: .projects, slug: "utkast")
        let method = Document(id: DocumentID(kind: .methods, slug: "ensam"), sourcePath: "methods/ensam.md", title: "Ensam",
                              details: .method(MethodDetails(projects: [draft])))
        let html = page(method.id, Fixture.renderer(Fixture.hub(extra: [method]))).html
        #expect(!html.contains("<ul class=\"doc-list compact\"></ul>"), "an empty list")
        #expect(!html.contains("ph-rel-"), "no related section at all")
    }

    @Test("a project shows organisation (linked), period, region, companies and women/men")
    func projectPage() {
        let html = page(Fixture.project).html
        #expect(html.contains("<a href=\"../../organisations/almi/\">Almi Syd</a>"))
        #expect(html.contains("2024-01-01"))
        #expect(html.contains("2025-06-30"))
        #expect(html.contains("<dd>40</dd>"))
        #expect(html.contains("42 (12 kvinnor, 30 män)"))
        #expect(html.contains("href=\"../../methods/behovsanalys/\""))
        #expect(html.contains("href=\"../../lessons/snabb-start/\""))
    }

    @Test("a meeting shows its agenda with links")
    func meetingPage() {
        let html = page(Fixture.meeting).html
        #expect(html.contains("<span class=\"agenda-time\">09.00</span> <a href=\"../../methods/behovsanalys/\">Behovsanalys i praktiken</a>"))
        #expect(html.contains("Fika"))
        #expect(html.contains("Malmö"))
    }

    @Test("a tool links its website and its downloadable file next to the page")
    func toolPage() {
        let html = page(Fixture.tool).html
        #expect(html.contains("<a href=\"https://example.se/\">"))
        #expect(html.contains("href=\"../../tools/checklista/plan.pdf\" download"))
    }

    @Test("an English document is lang=en with English interface text")
    func englishPage() {
        let html = page(Fixture.lesson).html
        #expect(html.contains("<html lang=\"en\""))
        #expect(html.contains("Skip to content"))
        #expect(html.contains("Worked"))
    }

    @Test("titles and summaries holding markup come out escaped everywhere")
    func hostileTitles() {
        let evil = "\"><script>alert(1)</script>"
        let doc = Document(id: DocumentID(kind: .lessons, slug: "evil"), sourcePath: "lessons/evil.md", title: evil, summary: evil,
                           tags: [evil], region: evil, details: .lesson(LessonDetails(project: Fixture.project)))
        let r = Fixture.renderer(Fixture.hub(extra: [doc]))
        var all = ""
        for job in r.jobs { all += r.render(job).html }
        #expect(!all.contains("<script>alert"))
        #expect(all.contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test("body links: .md files become page URLs with their fragment, attachments the copied file")
    func bodyLinks() {
        let r = Fixture.renderer()
        let doc = r.site.hub[Fixture.lesson]!
        let layout = Layout(site: r.site, directory: "lessons/snabb-start/", lang: "en")
        let links = [MarkdownLink(destination: "../methods/behovsanalys.md#steg-ett", isImage: false, line: 1, column: 5),
                     MarkdownLink(destination: "../tools/checklista/plan.pdf", isImage: false, line: 2, column: 1),
                     MarkdownLink(destination: "../tools/checklista/index.md", isImage: false, line: 2, column: 1),
                     MarkdownLink(destination: "https://example.se/", isImage: false, line: 3, column: 1)]
        let b = BodyLinks(document: doc, links: links, site: r.site)
        let rewrite = b.rewriter(layout: layout)
        #expect(b.diagnostics.isEmpty)
        #expect(rewrite("../methods/behovsanalys.md#steg-ett", false) == "../../methods/behovsanalys/#steg-ett")
        #expect(rewrite("../tools/checklista/plan.pdf", false) == "../../tools/checklista/plan.pdf")
        #expect(rewrite("../tools/checklista/index.md", false) == "../../tools/checklista/")
        #expect(rewrite("https://example.se/", false) == nil)
        // The same resolution written from another page (the handbook's).
        let fromHandbook = b.rewriter(layout: Layout(site: r.site, directory: "handbook/", lang: "sv"))
        #expect(fromHandbook("../methods/behovsanalys.md#steg-ett", false) == "../methods/behovsanalys/#steg-ett")
        #expect(fromHandbook("../tools/checklista/plan.pdf", false) == "../tools/checklista/plan.pdf")
    }

    @Test("offline bundles link to index.html explicitly")
    func offlineLinks() {
        let r = Fixture.renderer(options: SiteOptions(linkStyle: .indexFiles))
        let html = DocumentPage(site: r.site).render(r.site.hub[Fixture.method]!).html
        #expect(html.contains("href=\"../../lessons/snabb-start/index.html\""))
        #expect(html.contains("href=\"../../index.html\""))
    }

    @Test("hostile body links are errors with file:line and are neutralized", arguments: [
        "../../../etc/passwd", "%2e%2e/%2e%2e/%2e%2e/etc/passwd", "..\\..\\secret.md", "/etc/passwd", "../../x.png",
    ])
    func hostileBodyLinks(_ dest: String) {
        let r = Fixture.renderer()
        let doc = r.site.hub[Fixture.lesson]!
        let layout = Layout(site: r.site, directory: "lessons/snabb-start/", lang: "en")
        let b = BodyLinks(document: doc, links: [MarkdownLink(destination: dest, isImage: dest.hasSuffix(".png"), line: 3, column: 7)], site: r.site)
        #expect(b.rewriter(layout: layout)(dest, dest.hasSuffix(".png")) == "#")
        #expect(b.diagnostics.count == 1)
        #expect(b.diagnostics.first?.severity == .error)
        #expect(b.diagnostics.first?.location.path == "lessons/snabb-start.md")
        #expect(b.diagnostics.first?.location.line == 3 + doc.bodyStartLine - 1)
    }

    @Test("slugs and attachments that would write outside the output are errors, and get no page")
    func unsafeSlugsAndAttachments() {
        let bad = Document(id: DocumentID(kind: .methods, slug: "../../evil"), sourcePath: "methods/evil.md", title: "Evil",
                           details: .method(MethodDetails()))
        let badAtt = Document(id: DocumentID(kind: .tools, slug: "t"), sourcePath: "tools/t/index.md", title: "T",
                              attachments: ["../../../etc/passwd", "ok.pdf"], details: .tool(ToolDetails()))
        let r = Fixture.renderer(Fixture.hub(extra: [bad, badAtt]))
        #expect(r.site.diagnostics.map(\.id).sorted() == ["unsafe-attachment", "unsafe-slug"])
        #expect(r.site.attachmentCopies.map(\.outputPath).contains("tools/t/ok.pdf"))
        #expect(!r.site.attachmentCopies.contains { $0.sourcePath.contains("..") })
        #expect(!r.jobs.map { r.render($0).path }.contains { $0.contains("..") })
    }

    @Test("listings sort lessons newest first and methods by title, with labelled filters and complete rows")
    func listings() {
        let extra = [
            Document(id: DocumentID(kind: .lessons, slug: "old"), sourcePath: "lessons/old.md", title: "Äldre", date: ContentDate(year: 2020, month: 1, day: 1),
                     region: "Skåne", details: .lesson(LessonDetails(project: Fixture.project))),
            Document(id: DocumentID(kind: .methods, slug: "ovning"), sourcePath: "methods/ovning.md", title: "Övning", tags: ["x"],
                     details: .method(MethodDetails(format: "övning", level: "avancerad"))),
        ]
        let r = Fixture.renderer(Fixture.hub(extra: extra))
        let lessons = ListingPage(site: r.site).render(kind: .lessons).html
        let newer = lessons.range(of: "snabb-start/")!, older = lessons.range(of: "lessons/old/")!
        #expect(newer.lowerBound < older.lowerBound)
        let methods = ListingPage(site: r.site).render(kind: .methods).html
        #expect(methods.range(of: "Behovsanalys</a>")!.lowerBound < methods.range(of: "Övning</a>")!.lowerBound)
        #expect(methods.contains("<label for=\"ph-filter-format\">Format</label><select id=\"ph-filter-format\" data-filter=\"format\">"))
        #expect(methods.contains("data-format=\"övning\""))
        #expect(methods.contains("<form class=\"filters\" id=\"ph-filters\" hidden>"), "filters hidden until the script runs")
    }

    @Test("a tag that shares its word with a format keeps its own spelling in the tag filter")
    func tagLabelsAreNotFormatLabels() {
        let extra = [
            Document(id: DocumentID(kind: .methods, slug: "kurs"), sourcePath: "methods/kurs.md", title: "Kurs", tags: ["utbildning"],
                     details: .method(MethodDetails(format: "utbildning", level: "grund"))),
        ]
        let methods = ListingPage(site: Fixture.renderer(Fixture.hub(extra: extra)).site).render(kind: .methods).html
        let tagSelect = methods.components(separatedBy: "data-filter=\"tags\">").last ?? ""
        #expect(tagSelect.contains("<option value=\"utbildning\">utbildning (1)</option>"), "\(tagSelect.prefix(400))")
        let formatSelect = methods.components(separatedBy: "data-filter=\"format\">").last ?? ""
        #expect(formatSelect.contains("<option value=\"utbildning\">Utbildning (1)</option>"))
    }

    @Test("tag, region, start, search and 404 pages exist and use the contract ids")
    func otherPages() {
        let r = Fixture.renderer()
        let paths = r.jobs.map { r.render($0).path }
        for p in ["index.html", "search/index.html", "404.html", "tags/index.html", "tags/gdpr/index.html", "regions/skane/index.html",
                  "methods/index.html", "pages/index.html"] {
            #expect(paths.contains(p), "missing \(p)")
        }
        let search = SearchPage(site: r.site).render().html
        for s in ["<form id=\"search-form\"", "<label for=\"search-input\">", "id=\"search-input\" name=\"q\"",
                  "<div id=\"search-status\" role=\"status\" aria-live=\"polite\">", "<div id=\"search-facets\">",
                  "<ol id=\"search-results\">", "<noscript>"] {
            #expect(search.contains(s), "missing \(s)")
        }
        let start = StartPage(site: r.site).render().html
        #expect(start.contains("Senaste lärdomarna"))
        #expect(start.contains("href=\"lessons/snabb-start/\""))
    }

    @Test("feed and sitemap need a base URL and then use absolute URLs; canonical links too")
    func feeds() {
        let without = Fixture.renderer().staticFiles(pagePaths: ["index.html"]).map(\.path)
        #expect(!without.contains("feed.xml") && !without.contains("sitemap.xml") && without.contains("robots.txt"))
        let r = Fixture.renderer(Fixture.hub(baseURL: "https://hub.example.se/pilot"))
        let files = r.staticFiles(pagePaths: ["index.html", "methods/behovsanalys/index.html"])
        let feed = String(decoding: files.first { $0.path == "feed.xml" }!.bytes, as: UTF8.self)
        #expect(feed.contains("<link rel=\"alternate\" href=\"https://hub.example.se/pilot/lessons/snabb-start/\"/>"))
        let sitemap = String(decoding: files.first { $0.path == "sitemap.xml" }!.bytes, as: UTF8.self)
        #expect(sitemap.contains("<loc>https://hub.example.se/pilot/methods/behovsanalys/</loc>"))
        let html = DocumentPage(site: r.site).render(r.site.hub[Fixture.method]!).html
        #expect(html.contains("<link rel=\"canonical\" href=\"https://hub.example.se/pilot/methods/behovsanalys/\">"))
    }
}
