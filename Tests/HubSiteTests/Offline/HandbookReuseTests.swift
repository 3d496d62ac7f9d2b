import HubContent
import HubMarkdown
import Testing
@testable import HubSite

/// A handbook entry made from its page's rendered body (URLs swapped) must equal one made
/// by rendering the body again, which is the definition.
@Suite("Handbook entries from the page's body")
struct HandbookReuseTests {
    static let bodies: [String] = [
        "Se [övningen](../tools/checklista/index.md) och [steg](#steg).\n\n## Steg\n\nText.\n",
        "![bild](../tools/checklista/plan.pdf \"en titel\") [lista](../tools/)\n",
        "[farligt](javascript:alert(1)) <javascript:x> <https://example.se/a?b=\"c\"> www.example.se\n",
        "[ref][a] och [b]\n\n[a]: ../methods/behovsanalys.md#steg-ett 'T'\n[b]: <../lessons/snabb-start.md>\n",
        "`<a href=\"x\">` och\n\n    <img src=\"y\">\n\n<a href=\"raw\">rå</a> <img src=\"raw.png\">\n",
        "[titel med <a href=\"](x.md \"<a href=&quot;z&quot;>\") [](../methods/saknas.md) [tom]()\n",
        "[![bild i länk](a.png)](../methods/behovsanalys.md) [*em* `kod`](https://x.se/\"q)\n",
        "[ut](../../etc/passwd) [bak](..\\\\x.md) [%2e](%2e%2e/x.md) [å](../metoder/å.md#ä)\n",
        "- [ ] inte klar\n- [x] klar\n\n| a | [b](#b) |\n|---|---|\n| ![c](c.png) | d |\n",
        "Ingen länk alls.\n",
        "# Ett\n\n### Tre &lt;h2&gt; <h2>\n\n[l](../tools/checklista/index.md) <h3 id=\"x\">\n\n###### Sex [a](#ett)\n\n## Två\n",
        "Setext\n======\n\n[x](../methods/behovsanalys.md)\n\n#### Fyra\n\n`<h1>` ![b](</h1>.png)\n",
    ]

    @Test("the swapped entry equals a fresh rendering, and the swap is what ran", arguments: bodies.indices)
    func equal(index: Int) throws {
        let body = Self.bodies[index]
        let method = Document(id: DocumentID(kind: .methods, slug: "prov\(index)"), sourcePath: "methods/prov\(index).md",
                              title: "Prov \(index)", body: body, details: .method(MethodDetails()))
        let renderer = Fixture.renderer(Fixture.hub(extra: [method]))
        let handbook = try #require(renderer.handbook)
        let rendered = DocumentPage(site: renderer.site).render(method)
        let anchors = handbook.context.anchors
        let fresh = handbook.page.renderBody(method, anchors: anchors)
        let reused = handbook.page.renderBody(method, anchors: anchors, parsedBody: rendered.markdown,
                                              page: (rendered.headings, rendered.body))
        #expect(reused == fresh)
        let md = rendered.markdown
        #expect(HandbookPage.swapURLs(rendered.body, of: md, rewrite: { _, _ in nil }) != nil, "the swap fell back")
    }

    @Test("an entry's referring methods and tools by id are the hub's referrers of that kind")
    func referrers() throws {
        let ghost = DocumentID(kind: .tools, slug: "borttagen")
        var hub = Fixture.hub()
        hub.referrers[Fixture.method, default: []].append(ghost)
        hub.referrers[Fixture.tool, default: []].append(DocumentID(kind: .methods, slug: "borta"))
        let renderer = Fixture.renderer(hub)
        let handbook = try #require(renderer.handbook)
        var checked = 0
        for d in hub.documents {
            for kind in [DocumentKind.tools, .methods] {
                let ids = handbook.page.referrerIDs(of: d.id, kind: kind, context: handbook.context)
                #expect(ids == hub.referrers(of: d.id, kind: kind).map(\.id), "\(d.id) \(kind)")
                checked += ids.count
            }
        }
        #expect(checked >= 2)
    }

    @Test("a body whose links do not match its HTML falls back to rendering again")
    func mismatch() {
        let md = Markdown.parse("[a](x.md)\n", options: MarkdownOptions(headingIDs: true))
        let html = md.htmlBytes(headings: md.headings)
        #expect(HandbookPage.swapURLs(RenderedBody(html: html, destinations: []), of: md, rewrite: { _, _ in nil }) == nil)
        let image = [RenderedBody.Destination(text: "x.md", isImage: true)]
        #expect(HandbookPage.swapURLs(RenderedBody(html: html, destinations: image), of: md, rewrite: { _, _ in nil }) == nil)
        let two = [RenderedBody.Destination(text: "x.md", isImage: false), RenderedBody.Destination(text: "y.md", isImage: false)]
        #expect(HandbookPage.swapURLs(RenderedBody(html: html, destinations: two), of: md, rewrite: { _, _ in nil }) == nil)
    }

    @Test("an href's page part is cut as the Character split cuts it", arguments: [
        "", "#", "##", "#x", "#x#y", "a#b", "a#", "a##b", "../m/x/index.html#steg", "../m/x/", "å#ä", "#\u{301}x", "a#\u{301}b",
        "x", "##a##b", "a#b#c", "../tools/a&b/#",
    ])
    func pagePart(href: String) {
        #expect(HandbookPage.pagePart(href) == (href.split(separator: "#", maxSplits: 1).first.map(String.init) ?? href))
    }
}
