import Testing
@testable import HubMarkdown

/// The CommonMark 0.31.2 and GFM examples, compared after the spec runner's normalization.
@Suite("Conformance")
struct ConformanceTests {
    static let strict = MarkdownOptions(gfm: false, unsafe: true)
    static let gfmTagfilter = MarkdownOptions(gfm: true, unsafe: true, tagfilter: true)
    static let gfm = MarkdownOptions(gfm: true, unsafe: true)
    /// Examples that the extended-autolink extension changes on purpose.
    static let autolinkChanged: Set<Int> = [602, 606, 608, 611, 612]

    static func passes(_ ex: SpecExample, _ options: MarkdownOptions) -> Bool {
        HTMLNormalizer.normalize(Markdown.html(ex.markdown, options: options)) == HTMLNormalizer.normalize(ex.html)
    }

    @Test("the conformance files are all there")
    func counts() {
        #expect(SpecExample.commonMark.count == 652)
        #expect(SpecExample.gfm.count == 24)
    }

    @Test("CommonMark example, strict CommonMark with raw HTML", arguments: SpecExample.commonMark)
    func commonMark(_ ex: SpecExample) {
        let actual = Markdown.html(ex.markdown, options: Self.strict)
        #expect(HTMLNormalizer.normalize(actual) == HTMLNormalizer.normalize(ex.html), "markdown: \(ex.markdown.debugDescription)")
    }

    @Test("GFM extension example, with raw HTML and the tag filter", arguments: SpecExample.gfm)
    func gfmExtension(_ ex: SpecExample) {
        let actual = Markdown.html(ex.markdown, options: Self.gfmTagfilter)
        #expect(HTMLNormalizer.normalize(actual) == HTMLNormalizer.normalize(ex.html), "markdown: \(ex.markdown.debugDescription)")
    }

    @Test("CommonMark example with the GFM extensions on", arguments: SpecExample.commonMark)
    func commonMarkWithExtensions(_ ex: SpecExample) {
        let ok = Self.passes(ex, Self.gfm)
        if Self.autolinkChanged.contains(ex.example) {
            #expect(!ok, "the autolink extension changes this example by design")
        } else {
            #expect(ok, "markdown: \(ex.markdown.debugDescription)")
        }
    }

    @Test("pass counts: 652/652 CommonMark, 24/24 GFM, and exactly the five autolink examples differ with extensions")
    func passCounts() {
        let cm = SpecExample.commonMark.filter { Self.passes($0, Self.strict) }.count
        let gfm = SpecExample.gfm.filter { Self.passes($0, Self.gfmTagfilter) }.count
        let failingWithExtensions = SpecExample.commonMark.filter { !Self.passes($0, Self.gfm) }.map(\.example)
        print("CommonMark: \(cm)/\(SpecExample.commonMark.count) passed (--unsafe --commonmark)")
        print("GFM extensions: \(gfm)/\(SpecExample.gfm.count) passed (--unsafe --tagfilter)")
        print("CommonMark with extensions: \(SpecExample.commonMark.count - failingWithExtensions.count)/\(SpecExample.commonMark.count) passed; differing: \(failingWithExtensions)")
        #expect(cm == 652)
        #expect(gfm == 24)
        #expect(failingWithExtensions == [602, 606, 608, 611, 612])
    }
}
