import Foundation
import Testing
@testable import HubSite

/// The whole HTML of one page, compared with a reviewed file. After an intended change,
/// regenerate with `PILOTHUB_UPDATE_GOLDEN=1 swift test --filter GoldenPageTests` and
/// review the diff.
@Suite("Golden pages")
struct GoldenPageTests {
    @Test("the method page matches its golden file", arguments: ["method"])
    func golden(_ name: String) throws {
        let r = SiteRenderer(hub: Fixture.hub(baseURL: "https://hub.example.se/"), options: SiteOptions(),
                             searchRuntimePaths: ["search/pilothub-stemmers.js", "search/pilothub-search.js", "search/pilothub-search-ui.js"])
        let html = DocumentPage(site: r.site).render(r.site.hub[Fixture.method]!).html
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Resources/golden/\(name).html")
        if ProcessInfo.processInfo.environment["PILOTHUB_UPDATE_GOLDEN"] == "1" {
            try Data(html.utf8).write(to: source)
        }
        let url = try #require(Bundle.module.url(forResource: "Resources/golden/\(name)", withExtension: "html"))
        let expected = try String(contentsOf: url, encoding: .utf8)
        let current = ProcessInfo.processInfo.environment["PILOTHUB_UPDATE_GOLDEN"] == "1" ? try String(contentsOf: source, encoding: .utf8) : expected
        #expect(html == current)
    }
}
