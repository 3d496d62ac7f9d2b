import Foundation
import HubTestSupport
import Testing
@testable import PilotHub

/// A web build links to folders (`methods/x/`), which a browser shows as a folder listing
/// when the site is opened from the disk. The site script gives such links their
/// `index.html` on file://, so `public/index.html` can be opened as the README says.
@Suite("The web build opened from file://", .serialized)
struct FileProtocolBrowserTests {
    @Test("on file:// folder links get index.html, and following one lands on the page",
          .enabled(if: BundleBrowser.available))
    func folderLinksWorkFromDisk() throws {
        let out = TempDir()
        defer { out.remove() }
        try buildSample(into: out.path + "/public")
        let html = try String(contentsOfFile: out.path + "/public/index.html", encoding: .utf8)
        #expect(html.contains("href=\"methods/\""), "the web build itself keeps folder links")
        let index = URL(fileURLWithPath: out.path + "/public/index.html")
        let answers = try BundleBrowser.run([
            ["navigate": index.absoluteString],
            ["poll": "document.readyState === 'complete'"],
            ["evaluate": "Array.prototype.filter.call(document.querySelectorAll('a[href]'), a => !/^[a-z]+:/i.test(a.getAttribute('href')) && /\\/($|[?#])/.test(a.getAttribute('href'))).length"],
            ["click": "a[href='methods/index.html']"],
            ["evaluate": "location.pathname.replace(/^.*\\/public\\//, '') + ' | ' + document.querySelector('h1').textContent"],
        ])
        #expect(answers[2] as? Int == 0, "links to folders left on file://: \(answers[2])")
        #expect((answers[4] as? String)?.hasPrefix("methods/index.html | ") == true, "\(answers[4])")
    }
}

/// The search page of the real sample site, opened from file:// by Tests/JS/browser.test.js.
@Suite("Search in the built sample site, from file://", .serialized)
struct SampleSearchBrowserTests {
    static var node: String? {
        let path = ExternalTool.find("node")
        if path == nil { print("skipped: the sample-site search test needs node") }
        return path
    }

    @Test("public/search/index.html?q=lösenord finds the password method first, with no console errors",
          .enabled(if: node != nil && BundleBrowser.available))
    func searchFromDisk() throws {
        let out = TempDir()
        defer { out.remove() }
        try buildSample(into: out.path + "/public")
        let root = URL(fileURLWithPath: SampleContentTests.contentDirectory).deletingLastPathComponent()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.node!)
        process.arguments = ["--test", "Tests/JS/browser.test.js"]
        process.currentDirectoryURL = root
        var env = ProcessInfo.processInfo.environment
        env["PILOTHUB_PUBLIC"] = out.path + "/public"
        env["PILOTHUB_EXPECT"] = "methods/losenord-och-losenordshanterare/"
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output.suffix(3000))")
        #expect(output.contains("# pass 1"), "\(output.suffix(3000))")
    }
}

/// Builds the repository's Content/ as `pilothub build` does.
func buildSample(into output: String) throws {
    let content = SampleContentTests.contentDirectory
    let loaded = ContentLoader.load(contentDirectory: content)
    let hub = try #require(loaded.hub)
    let result = try SiteBuilder.build(hub: hub, loadDiagnostics: loaded.diagnostics,
                                       options: BuildOptions(contentDirectory: content, outputDirectory: output))
    try #require(result.wroteOutput)
}
