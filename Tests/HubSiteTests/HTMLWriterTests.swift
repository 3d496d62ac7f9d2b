import HubTestSupport
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

    @Test("escaping a word at a time gives what escaping byte by byte gives, for text and for XML")
    func escapeWords() {
        func simple(_ s: String, dropping: Bool) -> [UInt8] {
            var out: [UInt8] = []
            for b in s.utf8 {
                switch b {
                case 0x26: out += Array("&amp;".utf8)
                case 0x3C: out += Array("&lt;".utf8)
                case 0x3E: out += Array("&gt;".utf8)
                case 0x22: out += Array("&quot;".utf8)
                case 0x27: out += Array("&#39;".utf8)
                default: if !(dropping && b < 0x20 && b != 0x09 && b != 0x0A) { out.append(b) }
                }
            }
            return out
        }
        var rng = SplitMix(seed: 21)
        let pieces = ["a", "b", " ", "å", "é", "😀", "&", "<", ">", "\"", "'", "\t", "\n", "\r", "\u{1}", "\u{1F}", "\u{7F}", "!",
                      "%", "(", "=", "?", "abcdefgh", "Metod för små företag"]
        for n in 0..<3_000 {
            // Mostly plain text, with a character to escape (or none) anywhere in it.
            var parts = (0..<rng.below(14)).map { _ in pieces[rng.below(6)] }
            if n % 4 != 0 { parts.insert(pieces[rng.below(pieces.count)], at: rng.below(parts.count + 1)) }
            let text = parts.joined()
            for dropping in [false, true] {
                var out: [UInt8] = [0x78]
                HTML.escapeEntities(text, into: &out, droppingControls: dropping)
                #expect(out == [0x78] + simple(text, dropping: dropping), "\(text.debugDescription) \(dropping)")
            }
        }
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
