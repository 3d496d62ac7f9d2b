import HubContent
import Testing
@testable import HubSite

@Suite("Hostile Markdown bodies, through the real engine")
struct HostileBodyTests {
    func render(_ body: String) -> RenderedDocument {
        let doc = Document(id: DocumentID(kind: .lessons, slug: "hostile"), sourcePath: "lessons/hostile.md", title: "Hostile",
                           body: body, bodyStartLine: 6, details: .lesson(LessonDetails(project: Fixture.project)))
        let r = Fixture.renderer(Fixture.hub(extra: [doc]))
        return DocumentPage(site: r.site).render(doc)
    }

    @Test("raw HTML is escaped and javascript: links are dropped")
    func rawHTMLAndJavascript() {
        let page = render("Hej\n\n<script>alert(1)</script>\n\n[klicka](javascript:alert(1)) och <img src=x onerror=alert(1)>\n")
        let body = page.html.components(separatedBy: "<div class=\"doc-body\">")[1].components(separatedBy: "</div>")[0]
        #expect(!body.contains("<script"))
        #expect(!body.contains("<img"))
        #expect(!body.lowercased().contains("javascript:alert"))
        #expect(body.contains("&lt;script&gt;") || body.contains("&lt;script>"))
        // The warnings for these come from the loader (HubContentTests: safety warnings).
    }

    @Test("links and images that climb out of Content/ are errors at file:line:column", arguments: [
        "[a](../../../etc/passwd)", "![b](%2e%2e/%2e%2e/%2e%2e/etc/passwd)", "[c](..\\..\\..\\secret.md)", "[d](/etc/passwd)",
        "![e](../../outside.png)",
    ])
    func climbingLinks(_ markdown: String) {
        let page = render("Text.\n\n" + markdown + "\n")
        let errors = page.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(page.diagnostics)")
        #expect(errors.first?.location.line == 3 + 6 - 1)
        #expect(errors.first?.location.path == "lessons/hostile.md")
        #expect(!page.html.contains("etc/passwd\""))
        #expect(!page.html.contains("secret.md\""))
    }

    @Test("a relative .md link in a body becomes the page's URL with its fragment")
    func mdLinks() {
        let page = render("Se [metoden](../methods/behovsanalys.md#steg-ett) och [verktyget](../tools/checklista/index.md).\n")
        #expect(page.html.contains("<a href=\"../../methods/behovsanalys/#steg-ett\">metoden</a>"))
        #expect(page.html.contains("<a href=\"../../tools/checklista/\">verktyget</a>"))
        #expect(page.diagnostics.isEmpty)
    }
}
