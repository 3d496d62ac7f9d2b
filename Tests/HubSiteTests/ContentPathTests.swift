import Testing
@testable import HubSite

@Suite("Paths written in content")
struct ContentPathTests {
    @Test("relative paths resolve inside the content folder")
    func resolves() throws {
        #expect(try ContentPath.resolve("../methods/x.md", against: "lessons/").get() == "methods/x.md")
        #expect(try ContentPath.resolve("plan.pdf", against: "tools/t/").get() == "tools/t/plan.pdf")
        #expect(try ContentPath.resolve("./img/../plan%20v2.pdf", against: "tools/t/").get() == "tools/t/plan v2.pdf")
    }

    @Test("paths that climb out or hide tricks are refused", arguments: [
        ("../../etc/passwd", ContentPath.Problem.outsideContent),
        ("../../../x.md", .outsideContent),
        ("%2e%2e/%2e%2e/etc/passwd", .encodedSeparator),
        ("%2E%2E%2Fsecret", .encodedSeparator),
        ("..\\..\\secret.txt", .backslash),
        ("/etc/passwd", .absolute),
        ("C:/Windows/win.ini", .absolute),
        ("~/secret", .absolute),
    ])
    func refuses(_ pair: (String, ContentPath.Problem)) {
        #expect(ContentPath.resolve(pair.0, against: "lessons/") == .failure(pair.1))
    }

    @Test("attachment names must stay in their folder", arguments: [
        ("plan.pdf", true), ("img/a.png", true), ("../x.pdf", false), ("/etc/passwd", false), ("a\\b", false),
        ("a//b", false), ("./a", false), ("", false),
    ])
    func attachmentNames(_ pair: (String, Bool)) {
        #expect(ContentPath.isSafeAttachmentName(pair.0) == pair.1)
    }

    @Test("slugs that would write outside the output are refused", arguments: [
        ("behovsanalys", true), ("åtgärder-2", true), ("..", false), ("../x", false), ("a/b", false), ("a\\b", false),
        ("", false), (".hidden", false), ("%2e%2e", false), ("a:b", false), ("x\u{7F}", false), ("x\u{1}y", false), ("x.y", true),
        (String(repeating: "a", count: 200), true), (String(repeating: "a", count: 201), false),
        (String(repeating: "å", count: 100), true), (String(repeating: "å", count: 101), false),
    ])
    func slugs(_ pair: (String, Bool)) {
        #expect(SiteSlug.isSafeComponent(pair.0) == pair.1)
    }

    @Test("a page folder's depth is its number of slashes, and the way back to the root follows it", arguments: [
        ("", 0, "./"), ("methods/", 1, "../"), ("methods/x/", 2, "../../"), ("tags/å/", 2, "../../"), ("a/b/c/", 3, "../../../"),
    ])
    func depth(_ c: (String, Int, String)) {
        #expect(SiteLinks.depth(ofDirectory: c.0) == c.1)
        #expect(SiteLinks.rootPrefix(fromDirectory: c.0) == c.2)
    }

    @Test("tag and region folder names are ASCII and unique")
    func taxonomySlugs() {
        #expect(SiteSlug.make("Jämtland Härjedalen") == "jamtland-harjedalen")
        #expect(SiteSlug.make("ISO 27001") == "iso-27001")
        #expect(SiteSlug.make("../../etc") == "etc")
        let s = SiteSlug.assign(["GDPR", "gdpr", "Örebro"])
        #expect(Set(s.values).count == 3)
        #expect(s["Örebro"] == "orebro")
    }

    @Test("Swedish order puts å, ä, ö after z")
    func collation() {
        let sorted = ["Ödla", "Apa", "Ärt", "zebra", "Åsna", "banan"].sorted(by: Collation.less)
        #expect(sorted == ["Apa", "banan", "zebra", "Åsna", "Ärt", "Ödla"])
    }
}
