import Foundation
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
        let content = SampleContentTests.contentDirectory
        let out = TempDir()
        defer { out.remove() }
        let loaded = ContentLoader.load(contentDirectory: content)
        let hub = try #require(loaded.hub)
        let result = try SiteBuilder.build(hub: hub, loadDiagnostics: loaded.diagnostics,
                                           options: BuildOptions(contentDirectory: content, outputDirectory: out.path + "/public"))
        try #require(result.wroteOutput)
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
