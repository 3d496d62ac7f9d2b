import Foundation
import Testing
@testable import HubMarkdown

/// cmark's pathological inputs and the slow-input patterns of other renderers' advisories:
/// each renders, matches its expectation, and finishes well inside a generous hang guard.
@Suite("Pathological input", .serialized)
struct PathologicalTests {
    static let limit = 5.0

    @Test("pathological.json has every case")
    func caseCount() { #expect(PathologicalCase.all.count == 25) }

    @Test("cmark pathological case renders in time and as expected", arguments: PathologicalCase.all)
    func pathological(_ c: PathologicalCase) throws {
        let input = c.input
        let html = withHangGuard(seconds: Self.limit) { Markdown.html(input, options: MarkdownOptions(gfm: false, unsafe: false)) }
        let out = try #require(html, "took longer than \(Self.limit) s")
        if c.outputFormat == "commonmark" {
            // An HTML renderer: the property is the <em>/<strong> nesting around the a.
            #expect(out.contains("a") && out.hasPrefix("<p><em><strong>") || out.hasPrefix("<p><strong>"))
            return
        }
        let regex = try NSRegularExpression(pattern: c.expectRegex, options: [])
        let range = NSRange(out.startIndex..., in: out)
        let matched = regex.firstMatch(in: out, options: [], range: range) != nil || PiecewiseRegex.matches(c.expectRegex, out)
        #expect(matched, "output starts \(out.prefix(200).debugDescription)")
    }
}
