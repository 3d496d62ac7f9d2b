import Foundation
import HubTestSupport
import Testing
@testable import HubMarkdown

/// `Markdown.scanLinks` skips the inlines of blocks that cannot hold a link; what it finds
/// must be exactly what a full parse finds, in every mode.
@Suite("Link scan equals the full parse")
struct LinkScanTests {
    static let modes: [MarkdownOptions] = [
        MarkdownOptions(),
        MarkdownOptions(gfm: false),
        MarkdownOptions(gfm: true, unsafe: true),
        MarkdownOptions(gfm: false, unsafe: true),
    ]

    /// The differences between the scan and the parse of `source`, one line each.
    static func differences(_ source: String) -> [String] {
        var found: [String] = []
        for options in modes {
            let full = Markdown.parse(source, options: options)
            let scan = Markdown.scanLinks(source, options: options)
            if scan.links != full.links { found.append("links differ (\(options)): \(scan.links) vs \(full.links)") }
            if scan.safetyNotes != full.safetyNotes {
                found.append("notes differ (\(options)): \(scan.safetyNotes) vs \(full.safetyNotes)")
            }
        }
        return found
    }

    @Test("every CommonMark and GFM example", arguments: ["CommonMark", "GFM"])
    func examples(_ name: String) {
        let set = (name, name == "GFM" ? SpecExample.gfm : SpecExample.commonMark)
        #expect(set.1.count > 600 || set.0 == "GFM" && set.1.count > 20, "\(set.0): only \(set.1.count) examples loaded")
        var withLinks = 0
        for example in set.1 {
            let diffs = Self.differences(example.markdown)
            #expect(diffs.isEmpty, "\(set.0) example \(example.example): \(diffs)")
            if !Markdown.parse(example.markdown).links.isEmpty { withLinks += 1 }
        }
        // The comparison means something only if many examples have links.
        #expect(withLinks > (set.0 == "GFM" ? 5 : 100), "\(set.0): \(withLinks) examples with links")
    }

    @Test("every fuzzer regression input")
    func fuzzRegressions() throws {
        let files = FuzzRegressionTests.files
        #expect(!files.isEmpty)
        let dir = try #require(FuzzRegressionTests.directory)
        for name in files {
            let data = try Data(contentsOf: dir.appendingPathComponent(name))
            let diffs = Self.differences(String(decoding: data, as: UTF8.self))
            #expect(diffs.isEmpty, "\(name): \(diffs)")
        }
    }

    /// Pieces that make links, autolinks, raw HTML, emphasis around addresses, code spans
    /// that hide brackets, reference definitions and containers.
    static let pieces = [
        "[", "]", "(", ")", "![", "<", ">", "](", "](/url)", "](<a b>)", "](x.md \"t\")", "[ref]", "[ref][]", "[Ref]: /r\n",
        "http://a.se", "https://x.org/p?q=1", "www.example.com", "ftp://f.se", "mailto:a@b.se", "xmpp:a@b.se/r",
        "foo@bar.se", "_a_@b.se", "*x*@y.se", "a.b-c@d.e", "@", ":", "w", "ww", "www.", ".", "javascript:alert(1)",
        "JaVa&#x09;script:x", "data:image/png;base64,x", "data:text/html,x", "vbscript:x", "file:///etc/passwd",
        "<div>", "</div>", "<a href=\"x\">", "<!-- c -->", "<?p?>", "<![CDATA[x]]>", "<!X>", "<span>", "&amp;", "&#91;",
        "\\[", "\\]", "`", "``", "*", "**", "_", "~~", " ", "  ", "\t", "\n", "\n\n", "- ", "1. ", "> ", "    ",
        "```\n", "~~~\n", "# ", "---\n", "| a | b |\n| --- | --- |\n| c | d |\n", "|", "- [ ] ", "- [x] ", "ö", "å ",
        "text", "ord ", "länk ", "x.md", "../methods/a.md", "#frag",
    ]

    @Test("random documents made of link-shaped pieces")
    func random() {
        var rng = SplitMix(seed: 0x5CA9_11A4)
        var failures = 0
        var withLinks = 0
        for _ in 0..<3000 {
            var s = ""
            for _ in 0..<(1 + rng.below(40)) { s += Self.pieces[rng.below(Self.pieces.count)] }
            let diffs = Self.differences(s)
            if !diffs.isEmpty {
                failures += 1
                if failures <= 5 { Issue.record("\(s.debugDescription): \(diffs)") }
            }
            if !Markdown.parse(s).links.isEmpty { withLinks += 1 }
        }
        #expect(failures == 0)
        #expect(withLinks > 1000, "only \(withLinks) random documents had links")
    }

    @Test("a block without link bytes is skipped, one with them is not")
    func skipping() {
        let doc = "Plain words here.\n\nSe [metoden](../methods/a.md) och www.example.com.\n\n<b>fet</b>\n"
        let scan = Markdown.scanLinks(doc)
        #expect(scan.links.map(\.destination) == ["../methods/a.md", "http://www.example.com"])
        #expect(scan.safetyNotes.map(\.kind) == [.inlineHTML, .inlineHTML])
        // The plain paragraph got no inline nodes.
        let light = MarkdownDocument(source: doc, options: MarkdownOptions(), linksOnly: true)
        #expect(light.tree.nodes.count < Markdown.parse(doc).tree.nodes.count)
        #expect(scan == MarkdownLinkScan(links: Markdown.parse(doc).links, safetyNotes: Markdown.parse(doc).safetyNotes))
    }
}
