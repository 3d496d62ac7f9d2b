import Testing
@testable import HubSite

@Suite("The escaping HTML writer")
struct HTMLWriterTests {
    @Test("interpolated strings are escaped for text and attributes")
    func escapesInterpolation() {
        let title = "\"><script>alert('x')</script>&"
        let h: HTML = "<h1 title=\"\(title)\">\(title)</h1>"
        #expect(h.string == "<h1 title=\"&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;\">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</h1>")
    }

    @Test("raw markup passes only through .raw")
    func rawPassesThrough() {
        let inner = HTML.raw("<em>x</em>")
        let h: HTML = "<p>\(inner)</p>"
        #expect(h.string == "<p><em>x</em></p>")
    }

    @Test("text without special characters is copied unchanged, including Swedish letters")
    func cleanText() {
        #expect(HTML.escaped("Återställning för små företag") == "Återställning för små företag")
    }

    @Test("URLs with a disallowed scheme become #", arguments: [
        "javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
        "vbscript:x", "data:text/html,<b>", "file:///etc/passwd",
    ])
    func refusesSchemes(_ url: String) {
        let h: HTML = "<a href=\"\(url: url)\">x</a>"
        #expect(h.string == "<a href=\"#\">x</a>")
    }

    @Test("relative and allowed absolute URLs are kept, escaped", arguments: [
        ("https://example.se/?a=1&b=2", "https://example.se/?a=1&amp;b=2"), ("../methods/x/", "../methods/x/"),
        ("mailto:info@example.se", "mailto:info@example.se"), ("#steg-ett", "#steg-ett"), ("a:b/c", "#"),
        ("x/y:z", "x/y:z"),
    ])
    func keepsSafeURLs(_ pair: (String, String)) {
        let h: HTML = "\(url: pair.0)"
        #expect(h.string == pair.1)
    }
}
