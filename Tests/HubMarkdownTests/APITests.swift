import Testing
@testable import HubMarkdown

/// What the site reads from a document: headings, links, sections, ids, rewritten URLs.
@Suite("Document API")
struct APITests {
    @Test("task-list checkboxes get the given accessible names, escaped; without names the specification's HTML")
    func taskLabels() {
        let md = "- [ ] öppen\n- [x] klar\n"
        let named = Markdown.parse(md, options: MarkdownOptions(taskLabels: .init(open: "inte \"klart\"", done: "klart"))).html()
        #expect(named.contains("<li><input type=\"checkbox\" disabled=\"\" aria-label=\"inte &quot;klart&quot;\" /> öppen</li>"))
        #expect(named.contains("<li><input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"klart\" /> klar</li>"))
        let plain = Markdown.parse(md).html()
        #expect(plain.contains("<li><input type=\"checkbox\" disabled=\"\" /> öppen</li>"))
        #expect(!plain.contains("aria-label"))
    }

    @Test("heading ids keep Swedish letters, drop punctuation and turn spaces into dashes")
    func swedishIDs() {
        let doc = Markdown.parse("## Så här gör du\n\n# Öppna data: vad, hur & varför?\n")
        #expect(doc.headings.map(\.id) == ["så-här-gör-du", "öppna-data-vad-hur--varför"])
    }

    @Test("repeated headings get -1, -2 suffixes")
    func uniqueIDs() {
        let doc = Markdown.parse("# x\n\n# x\n\nx\n-\n\n# x-1\n")
        #expect(doc.headings.map(\.id) == ["x", "x-1", "x-2", "x-1-1"])
    }

    @Test("ids are written only when headingIDs is on")
    func idsOnlyWhenAsked() {
        #expect(Markdown.html("# Hej *du*\n") == "<h1>Hej <em>du</em></h1>\n")
        #expect(Markdown.html("# Hej *du*\n", options: MarkdownOptions(headingIDs: true)) == "<h1 id=\"hej-du\">Hej <em>du</em></h1>\n")
    }

    @Test("headings give level, plain text and line")
    func headings() {
        let doc = Markdown.parse("Intro\n\n## Steg `1` &amp; [två](x.md)\n\nText\n===\n")
        #expect(doc.headings == [
            MarkdownHeading(level: 2, text: "Steg 1 & två", id: "steg-1--två", line: 3),
            MarkdownHeading(level: 1, text: "Text", id: "text", line: 5),
        ])
    }

    @Test("links list every destination with its body-relative line and column")
    func links() {
        let doc = Markdown.parse("Se [metoden](../methods/behovsanalys.md).\n\nå ![bild](img/a.png) och <https://a.se>\n\n[ref]\n\n[ref]: ../tools/x.md\n")
        #expect(doc.links == [
            MarkdownLink(destination: "../methods/behovsanalys.md", isImage: false, line: 1, column: 14),
            MarkdownLink(destination: "img/a.png", isImage: true, line: 3, column: 11),
            MarkdownLink(destination: "https://a.se", isImage: false, line: 3, column: 27),
            MarkdownLink(destination: "../tools/x.md", isImage: false, line: 7, column: 8),
        ])
    }

    @Test("destinations are decoded before they are listed")
    func decodedLinks() {
        #expect(Markdown.parse("[a](x\\_y&amp;z.md)").links.map(\.destination) == ["x_y&z.md"])
    }

    @Test("the rewriter sees every destination and may replace it")
    func rewriter() {
        let doc = Markdown.parse("[a](../methods/x.md) ![b](p.png) [c](https://a.se)")
        var seen: [String] = []
        let html = doc.html { dest, isImage in
            seen.append("\(dest)|\(isImage)")
            return dest.hasSuffix(".md") ? "../../methods/x/" : nil
        }
        #expect(seen == ["../methods/x.md|false", "p.png|true", "https://a.se|false"])
        #expect(html.contains("href=\"../../methods/x/\""))
        #expect(html.contains("src=\"p.png\""))
    }

    @Test("a rewriter cannot bring back a dangerous URL in safe mode")
    func rewriterSafety() {
        let html = Markdown.parse("[a](x.md)").html { _, _ in "javascript:alert(1)" }
        #expect(html == "<p><a href=\"\">a</a></p>\n")
    }

    @Test("sections hold the plain text under each heading")
    func sections() {
        let doc = Markdown.parse("Förord *här*.\n\n# Ett\n\nText **ett**.\n\n- a\n- b\n\n## Två\n\n```\nkod\n```\n")
        let sections = doc.sections
        #expect(sections.count == 3)
        #expect(sections[0].heading == nil)
        #expect(sections[0].text == "Förord här.")
        #expect(sections[1].heading?.text == "Ett")
        #expect(sections[1].text == "Text ett.\na\nb")
        #expect(sections[2].heading?.id == "två")
        #expect(sections[2].text == "kod")
    }

    @Test("sections as UTF-8 are the sections' texts as bytes, valid UTF-8, on every spec example")
    func sectionsUTF8() {
        var checked = 0
        for example in SpecExample.commonMark + SpecExample.gfm {
            let doc = Markdown.parse(example.markdown, options: MarkdownOptions(headingIDs: true))
            let headings = doc.headings
            let strings = doc.sections(headings: headings), bytes = doc.sectionsUTF8(headings: headings)
            #expect(strings.count == bytes.count, "\(example.testDescription)")
            for (s, b) in zip(strings, bytes) {
                #expect(s.heading == b.heading)
                #expect(Array(s.text.utf8) == b.text, "\(example.testDescription)")
                #expect(String(validating: b.text, as: UTF8.self) != nil, "\(example.testDescription): not valid UTF-8")
            }
            checked += 1
        }
        #expect(checked == SpecExample.commonMark.count + SpecExample.gfm.count && checked > 600)
    }

    @Test("BOM, CRLF, lone CR, NUL and invalid UTF-8 are handled")
    func input() {
        #expect(Markdown.html("\u{FEFF}# a\r\nb\rc\n") == "<h1>a</h1>\n<p>b\nc</p>\n")
        #expect(Markdown.html("a\u{0}b") == "<p>a\u{FFFD}b</p>\n")
        let bytes: [UInt8] = [0x61, 0xFF, 0x62, 0xC3]
        #expect(Markdown.html(String(decoding: bytes, as: UTF8.self)) == "<p>a\u{FFFD}b\u{FFFD}</p>\n")
    }

    @Test("task list items render checkboxes like cmark-gfm")
    func tasks() {
        #expect(Markdown.html("- [ ] a\n- [x] b\n") == "<ul>\n<li><input type=\"checkbox\" disabled=\"\" /> a</li>\n<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> b</li>\n</ul>\n")
    }
}
