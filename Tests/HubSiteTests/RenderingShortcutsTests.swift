import HubContent
import HubTestSupport
import Testing
@testable import HubSite

/// The shortcuts that make rendering cheap (prebuilt frames, title ranks, byte scans) must
/// give exactly what the slow way gives.
@Suite("Rendering shortcuts")
struct RenderingShortcutsTests {
    @Test("the prebuilt page frame equals one built for the page alone", arguments: [
        ("", "sv"), ("methods/", "sv"), ("methods/behovsanalys/", "sv"), ("lessons/snabb-start/", "en"), ("tags/gdpr/", "en"),
    ])
    func prebuiltFrame(directory: String, lang: String) throws {
        for baseURL in [nil, "https://hub.example.se/"] {
            let site = SiteRenderer(hub: Fixture.hub(baseURL: baseURL), options: SiteOptions(),
                                    searchRuntimePaths: ["search/pilothub-search.js"]).site
            let layout = Layout(site: site, directory: directory, lang: lang)
            let shell = try #require(layout.shell, "no prebuilt frame for \(directory) \(lang)")
            #expect(shell == PageShell(layout: layout))
            // A root made from the folder is relative, and its bytes are the given root's.
            let given = Layout(site: site, directory: directory, lang: lang, root: layout.root)
            #expect(layout.rootIsRelative && given.rootIsRelative)
            #expect(layout.rootPrefix == given.rootPrefix && layout.rootPrefix == (layout.root == "./" ? [] : Array(layout.root.utf8)))
        }
    }

    @Test("a root with no prebuilt frame (404 with a base URL) still gets a whole page")
    func unusualRoot() {
        let site = SiteRenderer(hub: Fixture.hub(baseURL: "https://hub.example.se/"), options: SiteOptions()).site
        let layout = Layout(site: site, directory: "", lang: "sv", root: "https://hub.example.se/")
        #expect(layout.shell == nil)
        let html = layout.page(title: "x", description: nil, section: nil, crumbs: [], main: "<p>x</p>")
        #expect(html.contains("<a class=\"site-title\" href=\"https://hub.example.se/\">"))
        #expect(html.hasSuffix("</footer>\n</body>\n</html>\n"))
    }

    @Test("title ranks order titles exactly as Collation.less does, equal titles sharing a rank")
    func ranks() {
        let titles = ["Öl", "ol", "Ål", "al", "Äpple", "apple", "Zeta", "zeta", "Zeta", "é", "e", "ü", "y", "B", "b", "", "10", "9"]
        let ranks = SiteModel.ranks(titles)
        let byLess = titles.indices.sorted { Collation.less(titles[$0], titles[$1]) }
        let byRank = titles.indices.sorted { ranks[$0] < ranks[$1] }
        #expect(byRank == byLess)
        for i in titles.indices {
            for j in titles.indices where titles[i] == titles[j] { #expect(ranks[i] == ranks[j]) }
        }
        #expect(Set(ranks).count == Set(titles).count)
    }

    @Test("the scheme check answers as a browser reads the URL", arguments: [
        ("https://x.se/", "https"), ("MAILTO:a@b.se", "mailto"), (" java\tscript:alert(1)", "javascript"),
        ("\u{1}HTTP:x", "http"), ("c:/x", "c"), ("a+b-c.d:x", "a+b-c.d"),
        ("../x.md", nil), ("x.md#a:b", nil), ("?q=a:b", nil), ("1a:b", nil), ("a_b:c", nil), ("ä:x", nil), (":x", nil), ("", nil),
    ] as [(String, String?)])
    func scheme(url: String, expected: String?) {
        #expect(SafeURL.scheme(of: url) == expected)
    }

    @Test("an ASCII link destination is cut as bytes exactly as by characters")
    func cutDestinations() {
        let fixed = ["", "#", "#a", "?q", "//x.se/y", "/x", "https://x.se/a#b", "mailto:a@b.se", "c:/x", "a\\b:c",
                     "../tools/x.md", "../tools/x.md#steg-1", "x.md?v=1#a", "x.md#a?b", "x?#", "#?", "a:b", "x.md#", "%2e/x#%C3%A5"]
        for d in fixed { #expect(BodyLinks.cutASCII(d) == BodyLinks.cutSlow(d), "\(d)") }
        var rng = SplitMix(seed: 5)
        let alphabet = Array("ab./#?:\\%2e-_ ".utf8)
        for _ in 0..<5_000 {
            let n = rng.below(12)
            let d = String(decoding: (0..<n).map { _ in alphabet[rng.below(alphabet.count)] }, as: UTF8.self)
            #expect(BodyLinks.cutASCII(d) == BodyLinks.cutSlow(d), "\(d)")
        }
        #expect(BodyLinks.cutASCII("../å.md") == nil)
        #expect(BodyLinks.cutSlow("#\u{301}x") != .skip)
    }

    @Test("a document href written in place equals the checked, escaped href", arguments: [
        "./", "../", "../../", "../../../", "https://hub.example.se/", "", "..", "../x/", "./../",
    ])
    func hrefInPlace(root: String) {
        #expect(Layout.isRelativeRoot(root) == (root == "./" || (!root.isEmpty && root.split(separator: "/", omittingEmptySubsequences: false).dropLast().allSatisfy { $0 == ".." } && root.hasSuffix("/"))))
        for style in [SiteOptions.LinkStyle.directories, .indexFiles] {
            let site = SiteRenderer(hub: Fixture.hub(), options: SiteOptions(linkStyle: style)).site
            let layout = Layout(site: site, directory: "methods/x/", lang: "sv", root: root)
            let ids = site.hub.documents.map(\.id) + [DocumentID(kind: .tools, slug: "a&b\"<'>"), DocumentID(kind: .methods, slug: "x:y")]
            for id in ids {
                var h = HTML()
                layout.appendHref(id, to: &h)
                let expected: HTML = "\(url: layout.href(id))"
                #expect(h == expected, "\(root) \(id)")
            }
            for slug in ["gdpr", "a&b\"<'>", "x:y", "å"] {
                var tag = HTML(), region = HTML()
                layout.appendHref(folder: "tags", slug: slug, to: &tag)
                layout.appendHref(folder: "regions", slug: slug, to: &region)
                #expect(tag == "\(url: layout.href(SiteLinks.tagDirectory(slug)))", "\(root) \(slug)")
                #expect(region == "\(url: layout.href(SiteLinks.regionDirectory(slug)))", "\(root) \(slug)")
            }
        }
    }

    @Test("a position set holds what a Set of the positions holds, sorted")
    func positionSet() {
        var rng = SplitMix(seed: 9)
        for _ in 0..<2_000 {
            let positions = (0..<rng.below(12)).map { _ in rng.below(20) }
            let set = PositionSet(positions)
            #expect(set.sorted == Array(Set(positions)).sorted(), "\(positions)")
            for p in -1...21 { #expect(set.contains(p) == positions.contains(p), "\(positions) \(p)") }
        }
    }

    @Test("XML escaping into bytes gives the bytes of the escaped string")
    func xmlEscapeBytes() {
        var rng = SplitMix(seed: 8)
        let pieces = ["a", "å", "&", "<", ">", "\"", "'", "\t", "\n", "\r", "\u{1}", "\u{1F}", " ", "é", "\u{301}", "😀", "&amp;"]
        for _ in 0..<3_000 {
            let text = (0..<rng.below(10)).map { _ in pieces[rng.below(pieces.count)] }.joined()
            var out: [UInt8] = [0x78]
            XMLText.escape(text, into: &out)
            #expect(out == [0x78] + Array(XMLText.escape(text).utf8), "\(text.debugDescription)")
        }
    }

    @Test("a content path resolves alike from bytes with the base folder's bytes")
    func resolveBytes() {
        for (p, base) in [("../tools/x.md", "methods/"), ("./a/../b/", "m/"), ("../../x", "m/"), ("%2e/x", "m/"), ("C:x", "m/"),
                          ("../ä.md", "m/"), ("a/%C3%A5", ""), ("/x", "m/"), ("", "m/")] {
            #expect(ContentPath.resolve(Array(p.utf8), asciiBase: Array(base.utf8)) == ContentPath.resolve(p, against: base), "\(p)")
        }
    }

    @Test("content paths resolve alike as bytes (ASCII) and as characters")
    func resolve() {
        func ok(_ p: String, _ base: String) -> String? { try? ContentPath.resolve(p, against: base).get() }
        #expect(ok("../tools/x.md", "methods/") == "tools/x.md")
        #expect(ok("./a/../b/", "methods/") == "methods/b/")
        #expect(ok("x//y.md", "") == "x/y.md")
        #expect(ok("../verktyg/å.md", "metoder/") == "verktyg/å.md")
        #expect(ok("../ä/./ö/", "å/") == "ä/ö/")
        #expect(ContentPath.resolve("../../x.md", against: "methods/") == .failure(.outsideContent))
        #expect(ContentPath.resolve("..", against: "") == .failure(.outsideContent))
        for encoded in ["%2e%2E/x", "a%2Fb", "a%5cb", "a%00b", "%2E"] {
            #expect(ContentPath.resolve(encoded, against: "m/") == .failure(.encodedSeparator), "\(encoded)")
        }
        #expect(ContentPath.resolve("%2", against: "m/") == .success("m/%2"))
        #expect(ContentPath.resolve("/x", against: "m/") == .failure(.absolute))
        #expect(ContentPath.resolve("~x", against: "m/") == .failure(.absolute))
        #expect(ContentPath.resolve("C:x", against: "m/") == .failure(.absolute))
    }
}
