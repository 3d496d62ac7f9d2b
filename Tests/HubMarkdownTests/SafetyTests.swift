import Foundation
import Testing
@testable import HubMarkdown

/// Safe mode (the default): raw HTML escaped, dangerous destinations dropped, attributes escaped.
@Suite("Safe mode")
struct SafetyTests {
    func html(_ md: String) -> String { Markdown.html(md) }

    @Test("a raw <script> block is escaped, not run")
    func scriptBlock() {
        let out = html("<script>alert(1)</script>\n")
        #expect(!out.contains("<script"))
        #expect(out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test("inline HTML with an event handler is escaped")
    func eventHandler() {
        let out = html("Hej <img src=x onerror=alert(1)> då\n")
        #expect(!out.contains("<img"))
        #expect(out.contains("&lt;img src=x onerror=alert(1)&gt;"))
    }

    @Test("an HTML block with an event handler is escaped")
    func eventHandlerBlock() {
        let out = html("<div onclick=\"steal()\">\nx\n</div>\n")
        #expect(!out.contains("<div"))
        #expect(out.contains("&lt;div onclick=&quot;steal()&quot;&gt;"))
    }

    @Test("javascript: links are dropped however they are spelled", arguments: [
        "[a](javascript:alert(1))",
        "[a](JaVaScRiPt:alert(1))",
        "[a](java&#x09;script:alert(1))",
        "[a](&#106;avascript:alert(1))",
        "[a](&#x6A;&#x61;vascript:alert(1))",
        "[a](java&Tab;script:alert(1))",
        "[a](<java\u{7F}script:alert(1)>)",
        "[a](<\u{01}javascript:alert(1)>)",
        "[a](vbscript:msgbox)",
        "[a](file:///etc/passwd)",
        "[a](data:text/html;base64,PHNjcmlwdD4=)",
        "![a](DATA:text/html,x)",
        "<javascript:alert(1)>",
        "[a]\n\n[a]: javascript:alert(1)",
    ])
    func dangerousLinks(_ md: String) {
        let out = html(md)
        // Every href and src is empty; the link text may still show the words.
        #expect(out.range(of: "(href|src)=\"[^\"]+\"", options: .regularExpression) == nil, "\(out)")
        #expect(out.contains("href=\"\"") || out.contains("src=\"\""), "\(out)")
        #expect(Markdown.parse(md).safetyNotes.contains { $0.kind == .unsafeURL })
    }

    @Test("image data: URLs of PNG, GIF, JPEG and WebP are kept", arguments: ["png", "gif", "jpeg", "webp"])
    func dataImages(_ type: String) {
        let out = html("![x](data:image/\(type);base64,AAAA)")
        #expect(out.contains("src=\"data:image/\(type);base64,AAAA\""))
    }

    @Test("unsafe mode passes raw HTML and URLs through")
    func unsafeMode() {
        let out = Markdown.html("<b>x</b> [a](javascript:x)\n", options: MarkdownOptions(unsafe: true))
        #expect(out == "<p><b>x</b> <a href=\"javascript:x\">a</a></p>\n")
    }

    @Test("the tag filter neutralises <script> and <title> in unsafe mode")
    func tagFilter() {
        let out = Markdown.html("<title>x</title> <b>y</b>\n\n<script>\nz\n</script>\n", options: MarkdownOptions(unsafe: true, tagfilter: true))
        #expect(out.contains("&lt;title>x&lt;/title>"))
        #expect(out.contains("<b>y</b>"))
        #expect(out.contains("&lt;script>"))
    }

    @Test("titles, alt text and info strings are escaped in attributes")
    func attributes() {
        let out = html("![a\"b<c>](/i.png \"t\\\"<x>&\")\n\n[l](/u 'q\"') \n\n```js\" onload=\"x\n code\n```\n")
        #expect(out.contains("alt=\"a&quot;b&lt;c&gt;\""))
        #expect(out.contains("title=\"t&quot;&lt;x&gt;&amp;\""))
        #expect(out.contains("title=\"q&quot;\""))
        #expect(out.contains("class=\"language-js&quot;\""))
        #expect(!out.contains("onload=\"x"))
    }

    @Test("safety notes give the line and column of what was changed")
    func notes() {
        let doc = Markdown.parse("# Titel\n\nText <span>x</span>\n\n<div>\nblock\n</div>\n\n[här](javascript:evil())\n")
        let notes = doc.safetyNotes
        #expect(notes.map(\.kind) == [.inlineHTML, .inlineHTML, .rawHTMLBlock, .unsafeURL])
        #expect(notes.map(\.line) == [3, 3, 5, 9])
        #expect(notes[0].column == 6)
        #expect(notes[3].column == 7)
        #expect(notes[3].detail == "javascript:evil()")
    }

    @Test("nothing is noted in unsafe mode")
    func noNotesWhenUnsafe() {
        #expect(Markdown.parse("<div>\n</div>\n<b>x</b>", options: MarkdownOptions(unsafe: true)).safetyNotes.isEmpty)
    }
}
