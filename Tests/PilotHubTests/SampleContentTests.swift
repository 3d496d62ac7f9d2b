import Foundation
import Testing
@testable import PilotHub

/// The sample hub in `Content/` (the repository's own), built like `swift run pilothub build`.
@Suite("The sample site", .serialized)
struct SampleContentTests {
    static var contentDirectory: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Content").path
    }

    @Test("Content/ builds without errors, a page per document, and every internal link resolves")
    func sampleLinksResolve() throws {
        let content = Self.contentDirectory
        try #require(FileManager.default.fileExists(atPath: content + "/hub.yml"), "the sample content is part of the repository")
        let out = TempDir()
        defer { out.remove() }
        let loaded = ContentLoader.load(contentDirectory: content)
        let hub = try #require(loaded.hub)
        #expect(hub.documents.count >= 50, "the sample has documents of every kind")
        let result = try SiteBuilder.build(hub: hub, loadDiagnostics: loaded.diagnostics,
                                           options: BuildOptions(contentDirectory: content, outputDirectory: out.path + "/public"))
        #expect(result.wroteOutput, "\(result.diagnostics.filter { $0.severity == .error }.prefix(5))")
        for doc in hub.documents {
            #expect(FileManager.default.fileExists(atPath: out.path + "/public/\(doc.kind.rawValue)/\(doc.slug)/index.html"), "\(doc.id)")
        }
        for doc in hub.documents {
            for a in doc.attachments {
                #expect(FileManager.default.fileExists(atPath: out.path + "/public/\(doc.kind.rawValue)/\(doc.slug)/\(a)"), "\(doc.id): \(a)")
            }
        }
        var walker = LinkWalker(root: out.path + "/public")
        walker.walk()
        #expect(walker.checked > 1000)
        #expect(walker.broken.isEmpty, "\(walker.broken.count) broken: \(walker.broken.prefix(20))")
        // Nothing in the output may hold an unescaped script element or a javascript: URL.
        for (path, data) in snapshot(out.path + "/public") where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("<script>"), "\(path) has an inline script")
            #expect(!html.lowercased().contains("href=\"javascript:"), "\(path)")
            for control in unnamedControls(in: html) { Issue.record("\(path): a form control without a name: \(control)") }
        }
    }

    /// `<input>`, `<select>` and `<textarea>` tags with neither an `aria-label` nor an `id`
    /// that a `<label for>` on the same page names (WCAG 4.1.2: every control has a name).
    func unnamedControls(in html: String) -> [String] {
        var unnamed: [String] = []
        var rest = Substring(html)
        while let open = rest.range(of: "<input") ?? rest.range(of: "<select") ?? rest.range(of: "<textarea") {
            guard let close = rest[open.upperBound...].firstIndex(of: ">") else { break }
            let tag = String(rest[open.lowerBound...close])
            rest = rest[rest.index(after: close)...]
            if tag.contains("type=\"hidden\"") || tag.contains("aria-label=\"") || tag.contains("aria-labelledby=\"") { continue }
            if let idStart = tag.range(of: " id=\""), let idEnd = tag[idStart.upperBound...].firstIndex(of: "\""),
               html.contains("for=\"\(tag[idStart.upperBound..<idEnd])\"") { continue }
            unnamed.append(tag)
        }
        return unnamed
    }

    @Test("the control finder sees an unnamed checkbox and accepts named ones")
    func controlFinder() {
        let page = "<label for=\"q\">Sök</label><input type=\"search\" id=\"q\"><input type=\"checkbox\" disabled=\"\" />"
            + "<input type=\"checkbox\" aria-label=\"klart\" /><select id=\"x\"></select>"
        #expect(unnamedControls(in: page) == ["<input type=\"checkbox\" disabled=\"\" />", "<select id=\"x\">"])
    }
}

@Suite("The link walker")
struct LinkWalkerTests {
    @Test("it reports a missing page, a missing fragment and a link leaving the site")
    func reportsBrokenLinks() {
        let dir = TempDir()
        defer { dir.remove() }
        dir.write("index.html", "<a href=\"a/\">a</a><a href=\"a/#x\">x</a><a href=\"a/#nope\">n</a><a href=\"b/\">b</a><a href=\"../out.html\">o</a><a href=\"https://x.se/\">e</a>")
        dir.write("a/index.html", "<h2 id=\"x\">X</h2><a href=\"../\">up</a><img src=\"../missing.png\">")
        var w = LinkWalker(root: dir.path)
        w.walk()
        #expect(w.checked == 7)
        #expect(w.broken.count == 4, "\(w.broken)")
    }
}

/// `pilothub build` renders the bodies the loader parsed (`ContentLoader.loadKeepingBodies`)
/// instead of parsing each body again; a hub made in code has its bodies parsed by the build
/// (`SiteBuilder.parsedBodies`). Both must give exactly the same site.
@Suite("Bodies parsed once", .serialized)
struct BodiesParsedOnceTests {
    @Test("the sample site built from the loader's parses equals the one built from a hub alone, file for file")
    func sameSite() throws {
        let content = SampleContentTests.contentDirectory
        let out = TempDir()
        defer { out.remove() }
        // The one-shot build: loads keeping the parses and hands them to the page jobs.
        let once = try SiteBuilder.build(BuildOptions(contentDirectory: content, outputDirectory: out.path + "/once"))
        #expect(once.wroteOutput)
        // The hub alone: the build parses every body itself.
        let loaded = ContentLoader.load(contentDirectory: content)
        let hub = try #require(loaded.hub)
        _ = try SiteBuilder.build(hub: hub, loadDiagnostics: loaded.diagnostics,
                                  options: BuildOptions(contentDirectory: content, outputDirectory: out.path + "/twice"))
        let a = snapshot(out.path + "/once"), b = snapshot(out.path + "/twice")
        #expect(a.count > 150)
        #expect(a == b, "differs: \(a.keys.filter { a[$0] != b[$0] }.sorted().prefix(10))")
    }
}
