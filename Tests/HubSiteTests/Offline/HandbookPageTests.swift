import Foundation
import HubTestSupport
import Testing
import HubContent
@testable import HubSite

@Suite("Handbook page")
struct HandbookPageTests {
    let hub: Hub = {
        var h = OfflineFixture.hub
        var docs = h.documents
        let i = docs.firstIndex { $0.id.slug == "behovsanalys" }!
        docs[i].body = "## Syfte\n\nSe [övningen](ovning.md) och [steg](#steg).\n\n## Steg\n\n<script>x</script>\n"
        let j = docs.firstIndex { $0.id.slug == "ovning" }!
        docs[j].body = "## Syfte\n\nÖva.\n"
        h = Hub(config: h.config, documents: docs, contentRoot: h.contentRoot, referrers: h.referrers)
        return h
    }()

    func page(tools: Bool = true) -> String {
        HandbookPage(hub: hub, lang: "sv", includeTools: tools, link: { "../\($0.kind.rawValue)/\($0.slug)/" }, rewriter: { _ in
            { dest, _ in dest.hasSuffix(".md") ? "../methods/\(dest.dropLast(3))/" : nil }
        }).body()
    }

    @Test("every method and tool has one entry, listed in the table of contents by its stable anchor")
    func entries() {
        let html = page()
        for d in hub.documents where d.kind == .methods || d.kind == .tools {
            let anchor = HandbookPage.anchor(d.id)
            #expect(html.contains("<li><a href=\"#\(anchor)\">"), "\(anchor) not in the contents")
            #expect(html.components(separatedBy: "id=\"\(anchor)\"").count == 2, "\(anchor) not exactly once")
        }
        #expect(!page(tools: false).contains("id=\"tools-"))
    }

    @Test("ids are unique on the page even when two methods share a heading, and links stay inside the page",
          .enabled(if: ExternalTool.hasPython))
    func uniqueIDs() throws {
        let parsed = try PageFigures.parse(page())
        #expect(Set(parsed.ids).count == parsed.ids.count, "\(parsed.ids)")
        let ids = Set(parsed.ids)
        for href in parsed.hrefs where href.hasPrefix("#") {
            #expect(ids.contains(String(href.dropFirst())), "broken in-page link \(href)")
        }
    }

    @Test("body headings move under the entry heading")
    func headings() {
        #expect(HandbookPage.adjustHeadings("<h2 id=\"a\">A</h2><p>&lt;h2&gt;</p><h3>B</h3>", shift: 2, idPrefix: "m--")
                == "<h4 id=\"m--a\">A</h4><p>&lt;h2&gt;</p><h5>B</h5>")
        #expect(HandbookPage.adjustHeadings("<h6>x</h6><hr />", shift: 3, idPrefix: "") == "<h6>x</h6><hr />")
    }
}
