import Testing
@testable import HubSite

@Suite("Offline link fixer")
struct OfflineLinkFixerTests {
    let present: Set<String> = ["index.html", "methods/a/index.html", "methods/index.html", "assets/site.css",
                                "search/index.html", "search/pilothub-search.js", "tools/t/plan pdf.pdf"]
    let published: Set<String> = ["index.html", "methods/a/index.html", "methods/b/index.html", "methods/index.html",
                                  "projects/index.html", "projects/p/index.html", "assets/site.css", "feed.xml"]

    func fixer(_ base: String? = nil) -> OfflineLinkFixer {
        OfflineLinkFixer(present: present, published: published, baseURL: base)
    }

    @Test("references resolve against the page's folder as file:// does",
          arguments: [
            ("../b/index.html#x", "methods/a/index.html", OfflineLinkFixer.Target.file("methods/b/index.html", fragment: "#x")),
            ("../../index.html", "methods/a/index.html", .file("index.html", fragment: "")),
            ("./", "methods/a/index.html", .file("methods/a/", fragment: "")),
            ("../../../x", "methods/a/index.html", .outside),
            ("https://example.se/", "index.html", .elsewhere),
            ("mailto:a@b.se", "index.html", .elsewhere),
            ("#top", "index.html", .elsewhere),
            ("tools/t/plan%20pdf.pdf?x=1", "index.html", .file("tools/t/plan pdf.pdf", fragment: "")),
          ])
    func resolve(_ c: (String, String, OfflineLinkFixer.Target)) {
        #expect(OfflineLinkFixer.resolve(c.0, from: c.1) == c.2)
    }

    @Test("a link to a folder gets its index.html; a link to a bundled file stays")
    func folders() {
        let html = "<p><a href=\"../\">Metoder</a> <a href=\"../../tools/t/plan%20pdf.pdf\">Plan</a></p>"
        let out = fixer().fix(html, pagePath: "methods/a/index.html").html
        #expect(out == "<p><a href=\"../../methods/index.html\">Metoder</a> <a href=\"../../tools/t/plan%20pdf.pdf\">Plan</a></p>")
    }

    @Test("a left-out page becomes text with a note in the page's language, keeping its lang")
    func plainText() {
        let html = "<html lang=\"en\"><p>See <a href=\"../b/index.html\" lang=\"sv\">B <em>två</em></a>.</p></html>"
        let r = fixer().fix(html, pagePath: "methods/a/index.html")
        #expect(r.html == "<html lang=\"en\"><p>See <span class=\"not-in-bundle\" lang=\"sv\">B <em>två</em></span> <span class=\"not-in-bundle-note\">(not in this bundle)</span>.</p></html>")
        #expect(r.madeText == 1 && r.toPublicSite == 0)
    }

    @Test("with a base URL a left-out page links to the public site, as a folder, with its fragment")
    func publicSite() {
        let html = "<p><a class=\"x\" href=\"../b/index.html#steg\">B</a></p>"
        let r = fixer("https://hub.example.se/pilot").fix(html, pagePath: "methods/a/index.html")
        #expect(r.html == "<p><a class=\"x\" href=\"https://hub.example.se/pilot/methods/b/#steg\">B</a> <span class=\"public-site-note\">(på webbplatsen)</span></p>")
        #expect(r.toPublicSite == 1)
        // A path that the full site never had is not sent to the public site either.
        let gone = fixer("https://hub.example.se/").fix("<a href=\"nowhere.html\">N</a>", pagePath: "index.html")
        #expect(gone.html.contains("not-in-bundle") && gone.madeText == 1)
    }

    @Test("in navigation and footers a left-out entry disappears with its list item")
    func navigation() {
        let html = "<nav class=\"site-nav\"><ul><li><a href=\"methods/index.html\">M</a></li><li><a href=\"projects/index.html\">P</a></li></ul></nav><footer><ul><li><a href=\"feed.xml\">Feed</a></li></ul></footer>"
        let out = fixer("https://x.se/").fix(html, pagePath: "index.html").html
        #expect(out == "<nav class=\"site-nav\"><ul><li><a href=\"methods/index.html\">M</a></li></ul></nav><footer><ul></ul></footer>")
    }

    @Test("scripts, stylesheets and forms whose files were left out are removed; kept ones stay")
    func resources() {
        let html = """
        <head>
        <link rel="stylesheet" href="assets/site.css">
        <link rel="alternate" href="feed.xml">
        <script src="search/pilothub-search.js" defer></script>
        <script src="search/pilothub-stemmers.js" defer></script>
        </head><body><form action="search/index.html"><input></form><form action="nope/index.html"><input name="q"></form><img src="x.png" alt="Bild"></body>
        """
        let out = fixer().fix(html, pagePath: "index.html").html
        #expect(out == """
        <head>
        <link rel="stylesheet" href="assets/site.css">
        <script src="search/pilothub-search.js" defer></script>
        </head><body><form action="search/index.html"><input></form>Bild</body>
        """)
    }

    @Test("quotes, comments and a `>` inside an attribute do not confuse the scanner")
    func scanner() {
        let html = "<!-- <a href=\"gone.html\"> --><a title=\"a > b\" href='gone.html'>G</a><a href=\"\">self</a>"
        let out = fixer().fix(html, pagePath: "index.html").html
        #expect(out == "<!-- <a href=\"gone.html\"> --><span class=\"not-in-bundle\">G</span> <span class=\"not-in-bundle-note\">(finns inte i det här paketet)</span><a href=\"\">self</a>")
        #expect(OfflineLinkFixer.references(in: "<a href=\"a&amp;b.html\">x</a><img src='i.png'>") == ["a&b.html", "i.png"])
    }
}
