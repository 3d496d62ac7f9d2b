import HubContent
import Testing
@testable import HubSite

/// Links copied from the site's link table must be exactly the links escaped on the spot.
@Suite("Link table")
struct LinkTableTests {
    /// The fixture plus documents whose slugs, titles, tags and regions need escaping, one
    /// with an unsafe slug (no page, no tags registered) and one repeating a tag.
    static func hub() -> Hub {
        let hostile = Document(id: DocumentID(kind: .tools, slug: "a&b'x"), sourcePath: "tools/a&b'x.md", title: "<Verktyg> & \"citat\"",
                               lang: "en", tags: ["Å&<", "GDPR", "Å&<"], region: "Öst \"\"", sector: ["a|b", "<c>"],
                               details: .tool(ToolDetails(type: "mall")))
        let unsafe = Document(id: DocumentID(kind: .methods, slug: "../x"), sourcePath: "methods/x.md", title: "Osäker",
                              tags: ["bara-här"], region: "Ingenstans", details: .method(MethodDetails()))
        let lesson = Document(id: DocumentID(kind: .lessons, slug: "z"), sourcePath: "lessons/z.md", title: "Ä är först?",
                              date: ContentDate(year: 2020, month: 2, day: 2), tags: ["riskanalys"], region: "Öst \"\"",
                              details: .lesson(LessonDetails(project: Fixture.project, methods: [Fixture.method], tools: [hostile.id])))
        return Fixture.hub(extra: [hostile, unsafe, lesson])
    }

    static let roots = ["./", "../", "../../", "https://hub.example.se/"]

    @Test("a document, tag or region link from the table equals the link escaped for the page")
    func links() {
        for style in [SiteOptions.LinkStyle.directories, .indexFiles] {
            let site = SiteRenderer(hub: Self.hub(), options: SiteOptions(linkStyle: style)).site
            for root in Self.roots {
                for lang in ["sv", "en"] {
                    let layout = Layout(site: site, directory: "methods/x/", lang: lang, root: root)
                    let facts = DocumentFacts(site: site, layout: layout)
                    for p in site.hub.documents.indices {
                        var fast = HTML(), slow = HTML()
                        facts.appendLink(p, to: &fast)
                        facts.appendLinkEscaping(p, to: &slow)
                        #expect(fast == slow, "\(root) \(site.hub.documents[p].id)")
                    }
                    for (k, tag) in site.tags.enumerated() {
                        var fast = HTML(), slow = HTML()
                        layout.appendHref(tag: k, to: &fast)
                        layout.appendHref(folder: "tags", slug: site.tagSlugs[tag.label]!, to: &slow)
                        #expect(fast == slow, "\(root) \(tag.label)")
                    }
                    for (k, region) in site.regions.enumerated() {
                        var fast = HTML(), slow = HTML()
                        layout.appendHref(region: k, to: &fast)
                        layout.appendHref(folder: "regions", slug: site.regionSlugs[region.label]!, to: &slow)
                        #expect(fast == slow, "\(root) \(region.label)")
                    }
                }
            }
        }
    }

    @Test("a document's href from the site's page URLs equals the href of its page folder")
    func pageURLs() {
        for style in [SiteOptions.LinkStyle.directories, .indexFiles] {
            let site = SiteRenderer(hub: Self.hub(), options: SiteOptions(linkStyle: style)).site
            for root in Self.roots {
                let layout = Layout(site: site, directory: "methods/x/", lang: "sv", root: root)
                for p in site.hub.documents.indices {
                    let id = site.hub.documents[p].id
                    for fragment in [nil, "", "steg-1", "a#b"] as [String?] {
                        #expect(layout.href(document: p, fragment: fragment)
                            == site.links.href(from: root, toDirectory: SiteLinks.pageDirectory(id), fragment: fragment), "\(root) \(id)")
                    }
                    #expect(layout.href(id) == layout.href(SiteLinks.pageDirectory(id)))
                    #expect(site.bySourcePath[site.hub.documents[p].sourcePath] == id)
                }
                let absent = DocumentID(kind: .tools, slug: "saknas")
                #expect(layout.href(absent) == layout.href(SiteLinks.pageDirectory(absent)))
            }
        }
    }

    @Test("each document's tags and region by index are its own, in its order; positions match the ids")
    func indices() {
        let site = SiteRenderer(hub: Self.hub(), options: SiteOptions()).site
        var withTags = 0
        for p in site.hub.documents.indices {
            let doc = site.hub.documents[p]
            let labels = site.linkTable.tagIndices(ofDocument: p).map { site.tags[Int($0)].label }
            let region = site.linkTable.documentRegion[p]
            if site.safeSlugs[p] {
                #expect(labels == doc.tags, "\(doc.id)")
                #expect(region >= 0 ? site.regions[Int(region)].label == doc.region : doc.region == nil, "\(doc.id)")
                if !doc.tags.isEmpty { withTags += 1 }
            } else {
                #expect(labels.isEmpty && region == -1, "an unsafe document registers nothing")
            }
            #expect(site.safeSlugs[p] == SiteSlug.isSafeComponent(doc.slug))
        }
        #expect(withTags >= 4)
        for (k, tag) in site.tags.enumerated() { #expect(site.tagPositions[k].map { site.hub.documents[$0].id } == tag.documents) }
        for (k, region) in site.regions.enumerated() {
            #expect(site.regionPositions[k].map { site.hub.documents[$0].id } == region.documents)
        }
        #expect(!site.tags.contains { $0.label == "bara-här" })
        let safeDocs = site.hub.documents.filter { SiteSlug.isSafeComponent($0.slug) }
        #expect(site.tags.map(\.label) == Set(safeDocs.flatMap(\.tags)).sorted(by: Collation.less))
        #expect(site.regions.map(\.label) == Set(safeDocs.compactMap(\.region)).sorted(by: Collation.less))
    }

    @Test("a document page and a row written from the tables equal those written from the document alone")
    func pagesAndRows() {
        for style in [SiteOptions.LinkStyle.directories, .indexFiles] {
            let site = SiteRenderer(hub: Self.hub(), options: SiteOptions(linkStyle: style)).site
            for p in site.hub.documents.indices {
                let doc = site.hub.documents[p]
                let fast = DocumentPage(site: site).render(doc, position: p).html
                #expect(fast == DocumentPage(site: site).render(doc).html, "\(doc.id)")
                for root in Self.roots {
                    let layout = Layout(site: site, directory: "tags/x/", lang: "sv", root: root)
                    for showKind in [false, true] {
                        let row = DocumentRow(layout: layout, headingLevel: 3)
                        #expect(row.render(doc, showKind: showKind, position: p) == row.render(doc, showKind: showKind), "\(root) \(doc.id)")
                    }
                }
            }
        }
    }

    @Test("a listing counts each filter value by index exactly as by label")
    func facetCounts() {
        let site = SiteRenderer(hub: Self.hub(), options: SiteOptions()).site
        let listing = ListingPage(site: site)
        let safe = site.hub.documents.indices.filter { site.safeSlugs[$0] }
        for kind in DocumentKind.allCases {
            let positions = safe.filter { site.hub.documents[$0].kind == kind }
            #expect(listing.facetCounts(positions: positions) == ListingPage.facetCounts(positions.map { site.hub.documents[$0] }), "\(kind)")
        }
        let all = ListingPage.facetCounts(safe.map { site.hub.documents[$0] })
        #expect(listing.facetCounts(positions: safe) == all)
        #expect(all["tags"]?["Å&<"] == 1, "a tag repeated in one document counts once")
        #expect(all["region"]?["Öst \"\""] == 2)
    }

    @Test("ordering positions by the site's title ranks equals ordering by each document's id")
    func order() {
        let site = SiteRenderer(hub: Self.hub(), options: SiteOptions()).site
        let all = Array(site.hub.documents.indices)
        for kind in [nil, .lessons, .meetings, .methods] as [DocumentKind?] {
            for among in [all, all.filter { $0 % 2 == 0 }, all.reversed().filter { $0 % 3 != 0 }.sorted()] {
                #expect(DocumentRow.order(positions: among, kind: kind, site: site)
                    == DocumentRow.order(site.hub.documents, among: among, kind: kind, site: site))
            }
        }
    }
}
