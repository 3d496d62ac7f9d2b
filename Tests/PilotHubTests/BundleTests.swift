import Foundation
import HubTestSupport
import Testing
@testable import PilotHub

@Suite("Offline bundles")
struct BundleTests {
    /// Bundles the fixture hub with `scope` into a folder or zip under a fresh temporary folder.
    func bundle(_ scope: BundleScope, zip: Bool = false, baseURL: String? = nil) throws -> (result: BundleResult, output: URL) {
        let (hub, content) = try BundleFixture.make(baseURL: baseURL)
        let dir = try ExternalTool.temporaryDirectory("bundle")
        let output = dir.appendingPathComponent(zip ? "paket.zip" : "paket")
        let options = BundleOptions(contentDirectory: content.path, output: output.path, scope: scope)
        let result = try BundleBuilder.bundle(hub: hub, options: options)
        #expect(result.wroteOutput, "\(result.diagnostics)")
        return (result, output)
    }

    func files(_ folder: URL) throws -> Set<String> {
        Set(try ZipArchive.regularFiles(under: folder.path))
    }

    static let scopes: [BundleScope] = [.everything, .meeting("traff-1"), .project("alfa"), .tag("nis2"), .handbook]

    @Test("every href and src of a bundle resolves as files do from file:// (a folder counts as broken)",
          .enabled(if: ExternalTool.hasPython), arguments: scopes)
    func linksResolve(_ scope: BundleScope) throws {
        for base in [nil, "https://hub.example.se/pilot/"] as [String?] {
            let (_, folder) = try bundle(scope, baseURL: base)
            let report = try BundleLinkWalker.walk(folder)
            #expect(report.broken.isEmpty, "\(scope), base \(base ?? "none"): \(report.broken)")
            #expect(report.pages >= (scope == .handbook ? 2 : 5))
            #expect(report.checked > report.pages * 3, "too few links walked: \(report.checked)")
            print("bundle \(scope) base \(base ?? "none"): \(report.pages) pages, \(report.checked) links walked, \(report.broken.count) broken")
        }
    }

    @Test("a meeting pack holds the meeting, its agenda's documents and their links one level deep, and nothing else")
    func meetingContents() throws {
        let (result, folder) = try bundle(.meeting("traff-1"))
        let names = try files(folder)
        for page in ["meetings/traff-1", "methods/behovsanalys", "tools/checklista", "methods/ovning"] {
            #expect(names.contains(page + "/index.html"), "\(page) missing")
        }
        for page in ["projects/beta", "meetings/traff-2", "lessons/l1", "methods/coachning"] {
            #expect(!names.contains(page + "/index.html"), "\(page) should be left out")
        }
        #expect(names.contains("LÄS MIG.txt") && names.contains("README.txt") && names.contains("index.html"))
        #expect(names.contains("search/index.html"))
        #expect(names.contains("tools/checklista/checklista.pdf"), "the attachment the tool page links to")
        #expect(names.contains("meetings/traff-1/traff-1.ics"))
        #expect(!names.contains("programme/index.html") && !names.contains("404.html"))
        #expect(result.documentCount == 4)
        let start = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(start.contains("<p class=\"bundle-note\">Det här paketet innehåller erfarenhetsträffen <a href=\"meetings/traff-1/index.html\">Träff 1 i Malmö</a>"))
        let readme = try String(contentsOf: folder.appendingPathComponent("LÄS MIG.txt"), encoding: .utf8)
        #expect(readme.contains("index.html") && readme.contains("\r\n"))
    }

    @Test("a link to a left-out document is plain text with a note, or goes to the public site when base_url is set")
    func leftOutLinks() throws {
        let (plain, folder) = try bundle(.meeting("traff-1"))
        let method = try String(contentsOf: folder.appendingPathComponent("methods/behovsanalys/index.html"), encoding: .utf8)
        // The method lists project Alfa (which used it), and Alfa is not in the pack.
        #expect(method.contains("<span class=\"not-in-bundle\">Alfa i Skåne</span>"))
        #expect(method.contains("finns inte i det här paketet"))
        #expect(!method.contains("projects/alfa/"))
        #expect(plain.linksMadeText > 0)
        #expect(plain.linksToPublicSite == 0)

        let (online, folder2) = try bundle(.meeting("traff-1"), baseURL: "https://hub.example.se/pilot/")
        let method2 = try String(contentsOf: folder2.appendingPathComponent("methods/behovsanalys/index.html"), encoding: .utf8)
        #expect(method2.contains("href=\"https://hub.example.se/pilot/projects/alfa/\""))
        #expect(method2.contains("på webbplatsen"))
        #expect(!method2.contains("not-in-bundle\""))
        #expect(online.linksToPublicSite > 0)
    }

    @Test("links inside the bundle end in index.html and are relative")
    func explicitIndexLinks() throws {
        let (_, folder) = try bundle(.everything)
        let page = try String(contentsOf: folder.appendingPathComponent("meetings/traff-1/index.html"), encoding: .utf8)
        #expect(page.contains("href=\"../../methods/behovsanalys/index.html\""))
        #expect(page.contains("href=\"traff-1.ics\"") || page.contains("href=\"../../meetings/traff-1/traff-1.ics\""))
        #expect(!page.contains("href=\"/"))
    }

    @Test("the handbook bundle holds the handbook page, its assets and a start page that leads to it")
    func handbookOnly() throws {
        let (result, folder) = try bundle(.handbook)
        let (hub, _) = try BundleFixture.make(baseURL: nil)
        #expect(result.documentCount == hub.documents(of: .methods).count + hub.documents(of: .tools).count,
                "the summary counts the handbook's methods and tools")
        #expect(result.documentCount > 0)
        let names = try files(folder)
        #expect(names.contains("handbook/index.html"))
        #expect(names.contains("assets/site.css") && names.contains("assets/programme.css"))
        #expect(names.filter { $0.hasSuffix(".html") }.sorted() == ["handbook/index.html", "index.html"])
        let html = try String(contentsOf: folder.appendingPathComponent("handbook/index.html"), encoding: .utf8)
        for slug in ["behovsanalys", "ovning", "coachning"] { #expect(html.contains("id=\"methods-\(slug)\"")) }
        #expect(!html.contains("search/index.html"), "the search form goes when search is not bundled")
        #expect(names.contains("tools/checklista/checklista.pdf"), "the tool's file, linked from its handbook entry")
        #expect(html.contains("href=\"../tools/checklista/checklista.pdf\" download"))
    }

    @Test("Python's zipfile and unzip -t read a bundle, and two runs give identical bytes",
          .enabled(if: ExternalTool.hasPython && ExternalTool.hasUnzip))
    func zipReadable() throws {
        let (result, zip) = try bundle(.meeting("traff-1"), zip: true)
        let check = try ExternalTool.python("""
        import sys, zipfile
        z = zipfile.ZipFile(sys.argv[1])
        assert z.testzip() is None
        names = z.namelist()
        assert names == sorted(names, key=lambda n: n.encode("utf-8")), "not sorted"
        assert all(i.flag_bits & 0x800 for i in z.infolist())
        print(len(names)); print("LÄS MIG.txt" in names); print("meetings/traff-1/index.html" in names)
        """, arguments: [zip.path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout == "\(result.fileCount)\nTrue\nTrue\n")
        let unzip = try ExternalTool.run("unzip", ["-t", zip.path])
        #expect(unzip.status == 0 && unzip.stdout.contains("No errors detected"), "\(unzip.stdout)")
        let (_, again) = try bundle(.meeting("traff-1"), zip: true)
        #expect(try Data(contentsOf: zip) == Data(contentsOf: again))
        // Unpacked, it passes the same link walk.
        let dir = zip.deletingLastPathComponent().appendingPathComponent("unpacked")
        #expect(try ExternalTool.run("unzip", ["-q", zip.path, "-d", dir.path]).status == 0)
        #expect(try BundleLinkWalker.walk(dir).broken.isEmpty)
    }

    @Test("an unknown meeting fails with a suggestion")
    func unknownMeeting() throws {
        let (hub, content) = try BundleFixture.make()
        let options = BundleOptions(contentDirectory: content.path, output: content.path + "-out", scope: .meeting("traff-3"))
        #expect {
            try BundleBuilder.bundle(hub: hub, options: options)
        } throws: { error in
            guard case BundleBuilder.Failure.selection(let f) = error else { return false }
            return f.suggestion == "traff-1" || f.suggestion == "traff-2"
        }
    }
}
