import Foundation
import HubContent
import HubMarkdown
import Testing
@testable import HubSearch

/// Where a result links: to the section where the word is, or to the top of the page when the
/// word is only in the title or summary (not to the first heading of a body that starts with one).
@Suite("Result anchors")
struct ResultAnchorTests {
    @Test("a word only in the title links to the page; a word in the body links to its section",
          .enabled(if: NodeTests.nodePath() != nil, "node is not installed: result anchor test skipped"))
    func anchors() throws {
        let steps = MarkdownHeading(level: 2, text: "Steg", id: "steg", line: 5)
        let purpose = MarkdownHeading(level: 2, text: "Syfte", id: "syfte", line: 1)
        let inputs = [
            SearchFixture.input(.methods, "zebra", "Zebrafisk i praktiken", summary: "Ett prov.", details: .method(MethodDetails()),
                                sections: [MarkdownSection(heading: purpose, text: "Text om annat."),
                                           MarkdownSection(heading: steps, text: "Giraffer och mer text.")]),
            SearchFixture.input(.methods, "annan", "Annan metod", summary: "Prov.", details: .method(MethodDetails()),
                                sections: [MarkdownSection(heading: purpose, text: "Här nämns zebrafisk i brödtexten.")]),
        ]
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("pilothub-anchors-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: site) }
        for f in SearchIndexBuilder.build(inputs, config: HubConfig()) + SearchIndexBuilder.runtimeFiles() {
            let url = site.appendingPathComponent(f.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(f.bytes).write(to: url)
        }
        let (status, output) = try NodeTests.runNode(["Tests/JS/query-urls.js", site.path, "praktiken", "zebrafisk", "giraffer"])
        #expect(status == 0, "\(output)")
        let urls = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: [String]] ?? [:]
        #expect(urls["praktiken"] == ["methods/zebra/"], "\(output)")
        #expect(urls["zebrafisk"]?.contains("methods/annan/#syfte") == true, "\(output)")
        #expect(urls["zebrafisk"]?.first == "methods/zebra/", "\(output)")
        #expect(urls["giraffer"] == ["methods/zebra/#steg"], "\(output)")
    }
}
