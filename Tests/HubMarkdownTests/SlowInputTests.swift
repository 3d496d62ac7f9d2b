import Foundation
import Testing
@testable import HubMarkdown

/// The slow-input patterns of other renderers' advisories render, inside a hang guard.
/// (How time grows when they double is measured by the release-built MarkdownBench.)
@Suite("Slow inputs from advisories", .serialized)
struct SlowInputTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let index: Int
        var testDescription: String { SlowInputs.all[index].name }
    }

    static let cases = SlowInputs.all.indices.map { Case(index: $0) }

    @Test("advisory pattern renders within the hang guard", arguments: cases)
    func renders(_ c: Case) throws {
        let input = SlowInputs.all[c.index].make(1)
        let out = withHangGuard(seconds: 5) { Markdown.html(input) }
        let html = try #require(out, "took longer than 5 s")
        #expect(html.hasSuffix("\n"))
        #expect(html.utf8.count < input.utf8.count * 40 + 10_000_000, "output should stay proportional to input")
    }

    @Test("a wide table with short rows stops filling cells once past its budget")
    func tableBudget() {
        let input = SlowInputs.all[5].make(1)
        let html = Markdown.html(input)
        let cells = html.components(separatedBy: "<td></td>").count - 1
        #expect(cells > 60_000 && cells < 140_000)
        #expect(html.contains("<p>|x|"))
    }

    @Test("deep nesting keeps its structure: 25000 block quotes")
    func deepQuotes() {
        let html = Markdown.html(String(repeating: "> ", count: 25000) + "a")
        #expect(html.components(separatedBy: "<blockquote>").count - 1 == 25000)
    }
}
