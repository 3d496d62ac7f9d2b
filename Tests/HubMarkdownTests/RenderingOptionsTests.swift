import Testing
@testable import HubMarkdown

/// The site build parses a body once, with the default options, and renders that parse with
/// the page's options (`rendering(with:)`): the HTML must be what parsing with them gives.
@Suite("One parse, rendered with other options")
struct RenderingOptionsTests {
    static let pageOptions = MarkdownOptions(headingIDs: true, taskLabels: .init(open: "att göra", done: "klart"))

    @Test("every CommonMark and GFM example renders the same as a parse with the page's options", arguments: ["CommonMark", "GFM"])
    func examples(_ name: String) throws {
        let examples = name == "GFM" ? SpecExample.gfm : SpecExample.commonMark
        #expect(examples.count > 20)
        for example in examples {
            let reused = try #require(Markdown.parse(example.markdown).rendering(with: Self.pageOptions))
            let fresh = Markdown.parse(example.markdown, options: Self.pageOptions)
            #expect(reused.html() == fresh.html(), "\(name) example \(example.example)")
            #expect(reused.headings == fresh.headings, "\(name) example \(example.example)")
        }
    }

    @Test("options that parse differently are refused", arguments: [
        MarkdownOptions(gfm: false), MarkdownOptions(unsafe: true), MarkdownOptions(tagfilter: true),
    ])
    func refused(options: MarkdownOptions) {
        #expect(Markdown.parse("# Rubrik\n\n<b>x</b> ~~y~~\n").rendering(with: options) == nil)
        #expect(Markdown.parse("text", options: options).rendering(with: options) != nil)
    }
}
