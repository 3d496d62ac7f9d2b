import Foundation
import HubFrontMatter
import HubMarkdown
import Testing

/// The loader reads links and safety notes with `Markdown.scanLinks`; the site renders with
/// `Markdown.parse`. On real content the two must find the same.
@Suite("Link scan on content")
struct LinkScanContentTests {
    /// The repository's sample hub and this target's fixtures.
    static var documents: [URL] {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var roots = [repo.appendingPathComponent("Content")]
        if let fixtures = Bundle.module.resourceURL?.appendingPathComponent("Resources/fixtures") { roots.append(fixtures) }
        var found: [URL] = []
        for root in roots {
            guard let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in e where url.pathExtension == "md" { found.append(url) }
        }
        return found.sorted { $0.path < $1.path }
    }

    @Test("scanLinks finds exactly the links and notes of a full parse in every content body")
    func sameAsParse() throws {
        let urls = Self.documents
        #expect(urls.count > 60, "only \(urls.count) documents found")
        var links = 0
        for url in urls {
            let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
            let body = FrontMatter.parseDocument(text, path: url.path).body
            for options in [MarkdownOptions(), MarkdownOptions(unsafe: true)] {
                let full = Markdown.parse(body, options: options)
                let scan = Markdown.scanLinks(body, options: options)
                #expect(scan.links == full.links, "\(url.path)")
                #expect(scan.safetyNotes == full.safetyNotes, "\(url.path)")
                links += scan.links.count
            }
        }
        #expect(links > 100, "only \(links) links: the comparison would mean little")
    }
}
