import Foundation
import Testing
@testable import HubContent
import HubDiagnostics

@Suite("Broken input is read safely")
struct BrokenInputTests {
    let doc = "---\ntitle: Säkerhetskopior\nsummary: Prova återställningen.\n---\n\nBrödtext.\n"

    @Test("a file with a BOM loads like one without")
    func bom() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("methods/a.md", bytes: [0xEF, 0xBB, 0xBF] + Array(doc.utf8))
        let (hub, diagnostics) = site.load()
        #expect(diagnostics.isEmpty)
        #expect(hub?.documents.first?.title == "Säkerhetskopior")
    }

    @Test("CRLF line endings work, and positions are unchanged")
    func crlf() throws {
        let site = try TestSite(["methods/a.md": doc.replacingOccurrences(of: "\n", with: "\r\n")])
        defer { site.remove() }
        let (hub, diagnostics) = site.load()
        #expect(diagnostics.isEmpty)
        #expect(hub?.documents.first?.summary == "Prova återställningen.")
        #expect(hub?.documents.first?.bodyStartLine == 5)
        #expect(hub?.documents.first?.body.contains("\r") == false)
    }

    @Test("lone CR line endings work")
    func loneCR() throws {
        let site = try TestSite(["methods/a.md": doc.replacingOccurrences(of: "\n", with: "\r") + "[x](saknas.md)\r"])
        defer { site.remove() }
        let (hub, diagnostics) = site.load()
        #expect(hub?.documents.first?.title == "Säkerhetskopior")
        // The link's line counts the CRs as line ends: file line 7.
        #expect(site.summary(diagnostics) == ["methods/a.md:7:5 broken-link"])
    }

    @Test("a UTF-16 file gets a clear 'save as UTF-8' error naming file and line")
    func utf16() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("lessons/b.md", bytes: [0xFF, 0xFE] + Array(doc.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let (_, diagnostics) = site.load()
        #expect(site.summary(diagnostics) == ["lessons/b.md:1:1 utf16-file"])
        #expect(diagnostics[0].message.sv.contains("spara den som UTF-8"))
    }

    @Test("NUL bytes and invalid UTF-8 are replaced, with warnings, and the document still loads")
    func nulAndInvalid() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("methods/a.md", bytes: Array("---\ntitle: Tr".utf8) + [0xE4] + Array("ff\n---\n\nA".utf8) + [0] + Array("B\n".utf8))
        let (hub, diagnostics) = site.load()
        #expect(site.summary(diagnostics) == ["methods/a.md:2:10 invalid-utf8", "methods/a.md:5:2 nul-byte"])
        #expect(!diagnostics.hasErrors)
        #expect(hub?.documents.first?.title == "Tr\u{FFFD}ff")
        #expect(hub?.documents.first?.body == "\nA\u{FFFD}B\n")
    }

    @Test("front matter opened but never closed is an error on the opening line")
    func unclosed() throws {
        let site = try TestSite(["methods/a.md": "---\ntitle: Aldrig stängd\n\nBrödtext.\n"])
        defer { site.remove() }
        let (hub, diagnostics) = site.load()
        #expect(diagnostics.hasErrors)
        #expect(diagnostics.allSatisfy { site.relative($0.location.path) == "methods/a.md" })
        #expect(diagnostics.first { $0.severity == .error }?.location.line == 1)
        #expect(hub?.documents.isEmpty == true)
    }

    @Test("two files for the same slug are an error naming both")
    func sameSlug() throws {
        let site = try TestSite(["methods/x.md": Minimal.method("A"), "methods/x/index.md": Minimal.method("B")])
        defer { site.remove() }
        let (hub, diagnostics) = site.load()
        #expect(site.summary(diagnostics) == ["methods/x.md:1:1 duplicate-slug", "methods/x/index.md:1:1 duplicate-slug"])
        #expect(diagnostics[0].message.en.contains(site.root + "/methods/x/index.md"))
        #expect(diagnostics[1].message.en.contains(site.root + "/methods/x.md"))
        #expect(hub?.documents.map(\.title) == ["A"])
    }

    @Test("names that differ only in case are the same slug on some disks")
    func sameSlugCase() throws {
        let site = try TestSite(["tools/Mall.md": Minimal.method("A"), "tools/mall.md": Minimal.method("B")])
        defer { site.remove() }
        #expect(site.summary(site.load().diagnostics) == ["tools/Mall.md:1:1 duplicate-slug", "tools/mall.md:1:1 duplicate-slug"])
    }

    @Test("a symlink that points outside the content folder is refused")
    func symlinkOutside() throws {
        let site = try TestSite(["methods/ok.md": Minimal.method()])
        defer { site.remove() }
        let outside = (site.root as NSString).deletingLastPathComponent + "/secret.md"
        try Data(Minimal.method("Hemlig").utf8).write(to: URL(fileURLWithPath: outside))
        try FileManager.default.createSymbolicLink(atPath: site.root + "/methods/hemlig.md", withDestinationPath: outside)
        try FileManager.default.createSymbolicLink(atPath: site.root + "/tools", withDestinationPath: "/etc")
        let (hub, diagnostics) = site.load()
        #expect(site.summary(diagnostics) == ["methods/hemlig.md:1:1 symlink-outside-content", "tools:1:1 symlink-outside-content"])
        #expect(hub?.documents.map(\.title) == ["Metod"])
    }

    @Test("a refused symlink is reported without an excerpt of its target", arguments: [false, true])
    func refusedSymlinkHasNoExcerpt(passContentDirectory: Bool) throws {
        let site = try TestSite(["tools/x/index.md": Minimal.method("Verktyg")])
        defer { site.remove() }
        let outside = (site.root as NSString).deletingLastPathComponent + "/passwd"
        let secret = "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1::/usr/sbin:/usr/sbin/nologin\n"
        try Data(secret.utf8).write(to: URL(fileURLWithPath: outside))
        try FileManager.default.createSymbolicLink(atPath: site.root + "/tools/x/passwd.txt", withDestinationPath: outside)
        try FileManager.default.createSymbolicLink(atPath: site.root + "/tools/x/passwd.md", withDestinationPath: outside)
        try FileManager.default.createSymbolicLink(atPath: site.root + "/tools/passwd.md", withDestinationPath: outside)
        let (_, diagnostics) = site.load()
        #expect(site.summary(diagnostics) == ["tools/passwd.md:1:1 symlink-outside-content",
                                              "tools/x/passwd.md:1:1 symlink-outside-content",
                                              "tools/x/passwd.txt:1:1 symlink-outside-content"])
        let sources = ContentLoader.sourceFiles(for: diagnostics, contentDirectory: passContentDirectory ? site.root : nil)
        #expect(sources.isEmpty)
        let printed = DiagnosticPrinter(language: .en, sources: sources).format(diagnostics)
        #expect(printed.split(separator: "\n").count == 3)
        for line in secret.split(separator: "\n") { #expect(!printed.contains(line)) }
        #expect(!printed.contains("root:x"))
    }

    @Test("a path outside the content folder gets no excerpt even without a refusal diagnostic")
    func outsidePathHasNoExcerpt() throws {
        let site = try TestSite(["methods/ok.md": Minimal.method()])
        defer { site.remove() }
        let outside = (site.root as NSString).deletingLastPathComponent + "/other.md"
        try Data("---\ntitle: X\n---\n".utf8).write(to: URL(fileURLWithPath: outside))
        let inside = site.root + "/methods/ok.md"
        let ds = [Diagnostic.error("x", at: SourceLocation(path: outside, line: 1, column: 1), sv: "x", en: "x"),
                  Diagnostic.error("x", at: SourceLocation(path: inside, line: 2, column: 1), sv: "x", en: "x")]
        #expect(ContentLoader.sourceFiles(for: ds, contentDirectory: site.root).keys.sorted() == [inside])
    }

    @Test("a symlink inside the content folder is followed")
    func symlinkInside() throws {
        let site = try TestSite(["methods/ok.md": Minimal.method()])
        defer { site.remove() }
        try FileManager.default.createSymbolicLink(atPath: site.root + "/methods/alias.md", withDestinationPath: site.root + "/methods/ok.md")
        let (hub, diagnostics) = site.load()
        #expect(diagnostics.isEmpty)
        #expect(hub?.documents.map(\.slug) == ["alias", "ok"])
    }

    @Test("names unsafe as output paths are errors", arguments: ["a\\b.md", ".dold.md", "tab\tb.md", "..md"])
    func unsafeNames(name: String) throws {
        let site = try TestSite(["methods/" + name: Minimal.method()])
        defer { site.remove() }
        let (hub, diagnostics) = site.load()
        #expect(site.summary(diagnostics) == ["methods/\(name):1:1 unsafe-name"])
        #expect(hub?.documents.isEmpty == true)
    }

    @Test("unknown top-level entries and stray files are warnings")
    func strays() throws {
        let site = try TestSite(["method/a.md": Minimal.method(), "README.md": "# Hej\n", "methods/bild.png": "x",
                                 "methods/tom/bild.png": "x"])
        defer { site.remove() }
        let (_, diagnostics) = site.load()
        #expect(site.summary(diagnostics) == ["README.md:1:1 unknown-top-level", "method:1:1 unknown-top-level",
                                              "methods/bild.png:1:1 unknown-file", "methods/tom:1:1 missing-index"])
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
        #expect(diagnostics[1].suggestion == "methods")
    }

    @Test("attachments are listed sorted and relative; hidden files and symlink loops are skipped")
    func attachments() throws {
        let site = try TestSite(["tools/t/index.md": "---\ntitle: T\n---\n", "tools/t/b.pdf": "x", "tools/t/a/z.png": "x",
                                 "tools/t/.DS_Store": "x", "tools/t/a/.hidden": "x"])
        defer { site.remove() }
        try FileManager.default.createSymbolicLink(atPath: site.root + "/tools/t/a/loop", withDestinationPath: site.root + "/tools/t")
        let (hub, diagnostics) = site.load()
        #expect(diagnostics.isEmpty)
        #expect(hub?[DocumentID(kind: .tools, slug: "t")]?.attachments == ["a/z.png", "b.pdf"])
    }

    @Test("a document that links to itself is not its own referrer")
    func selfLink() throws {
        let site = try TestSite(["methods/m.md": "---\ntitle: M\n---\n\n[här](m.md)\n"])
        defer { site.remove() }
        let (hub, diagnostics) = site.load()
        #expect(diagnostics.isEmpty)
        #expect(hub?.referrers.isEmpty == true)
    }

    @Test("a missing content folder is one error, not a crash")
    func missingFolder() {
        let (hub, diagnostics) = ContentLoader.load(contentDirectory: "/nonexistent/pilothub/Content")
        #expect(hub == nil)
        #expect(diagnostics.map(\.id) == ["missing-content-folder"])
    }
}
