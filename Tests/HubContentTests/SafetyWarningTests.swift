import Testing
@testable import HubContent

@Suite("Safety warnings")
struct SafetyWarningTests {
    @Test("raw HTML and unsafe links in a body are warnings at file:line:column, so check reports them")
    func rawHTMLAndUnsafeLinks() throws {
        let body = "Hej\n\n<div onclick=\"x()\">\nblock\n</div>\n\n[a](JaVaScRiPt:alert(1)) och <img src=x onerror=alert(1)> [b](&#106;avascript:x)\n"
        let site = try TestSite(["methods/m.md": "---\ntitle: Metod\n---\n\n" + body])
        defer { site.remove() }
        let (hub, diagnostics) = site.load()
        #expect(hub?.documents.count == 1)
        #expect(!diagnostics.hasErrors)
        let summary = site.summary(diagnostics)
        // Lines are file lines: the <div> block is on line 7, the links and the <img> on line 11.
        #expect(summary.contains("methods/m.md:7:1 raw-html"), "\(summary)")
        #expect(summary.contains("methods/m.md:11:5 unsafe-url"), "\(summary)")
        #expect(summary.contains("methods/m.md:11:30 raw-html"), "\(summary)")
        #expect(summary.filter { $0.hasSuffix("unsafe-url") }.count == 2, "\(summary)")
    }

    @Test("a clean body gives no safety warning")
    func cleanBody() throws {
        let site = try TestSite(["methods/m.md": "---\ntitle: Metod\n---\n\n[a](https://example.se) <https://cert.se>\n"])
        defer { site.remove() }
        #expect(site.load().diagnostics.isEmpty)
    }
}
