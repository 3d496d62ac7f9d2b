import Foundation
import Testing
@testable import PilotHub

/// Rebuilds start from the site the last build replaced (`.public.previous`) and update it in
/// place; the result must be exactly what a build into an empty folder gives.
@Suite("Rebuilds into the kept previous site", .serialized)
struct RebuildTests {
    static func lesson(_ slug: String, _ body: String) -> Document {
        Document(id: DocumentID(kind: .lessons, slug: slug), sourcePath: "lessons/\(slug).md", title: "Lärdom \(slug)",
                 body: body, bodyStartLine: 5, details: .lesson(LessonDetails(project: Fixture.project)))
    }

    @Test("a rebuild over an older site gives the same tree as a fresh build: changed pages rewritten, removed ones gone")
    func rebuildEqualsFreshBuild() throws {
        let (dir, _) = fixtureOnDisk()
        defer { dir.remove() }
        let root = dir.path + "/Content"
        let first = Fixture.hub(extra: [Self.lesson("gammal", "Borttagen sedan.\n")], contentRoot: root)
        let second = Fixture.hub(extra: [Self.lesson("ny", "Första texten.\n")], contentRoot: root)
        let third = Fixture.hub(extra: [Self.lesson("ny", "Ändrad text.\n\n## Ett nytt avsnitt\n")], baseURL: "https://hub.example.se/",
                                contentRoot: root)
        _ = try SiteBuilder.build(hub: first, options: options(dir))
        _ = try SiteBuilder.build(hub: second, options: options(dir))
        let previous = dir.path + "/.public.previous"
        #expect(FileManager.default.fileExists(atPath: previous + "/lessons/gammal/index.html"), "the replaced site is kept")

        // The third build updates the first site (kept as previous) into the third.
        let result = try SiteBuilder.build(hub: third, options: options(dir))
        #expect(result.wroteOutput)
        _ = try SiteBuilder.build(hub: third, options: options(dir, output: "fresh"))
        let rebuilt = snapshot(dir.path + "/public"), fresh = snapshot(dir.path + "/fresh")
        #expect(rebuilt.count > 20)
        #expect(rebuilt == fresh, "differs: \(Set(rebuilt.keys).symmetricDifference(fresh.keys).sorted().prefix(10))")
        #expect(rebuilt["lessons/gammal/index.html"] == nil)
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/public/lessons/gammal"), "the empty folder is removed too")
        #expect(String(decoding: rebuilt["lessons/ny/index.html"] ?? Data(), as: UTF8.self).contains("Ändrad text."))
        // And the second site is now the kept one.
        #expect(String(decoding: snapshot(previous)["lessons/ny/index.html"] ?? Data(), as: UTF8.self).contains("Första texten."))
    }

    /// The fixture built twice, so that the first site is kept as `.public.previous`.
    func builtTwice() throws -> (TempDir, Hub, String) {
        let (dir, hub) = fixtureOnDisk()
        _ = try SiteBuilder.build(hub: hub, options: options(dir))
        _ = try SiteBuilder.build(hub: hub, options: options(dir))
        return (dir, hub, dir.path + "/.public.previous")
    }

    /// After the kept site was tampered with, a rebuild gives exactly a fresh build's tree.
    func expectRebuildEqualsFresh(_ dir: TempDir, _ hub: Hub) throws {
        _ = try SiteBuilder.build(hub: hub, options: options(dir, output: "fresh"))
        #expect(snapshot(dir.path + "/public") == snapshot(dir.path + "/fresh"))
    }

    @Test("symlinks planted in the kept site are removed, never written through")
    func plantedSymlinks() throws {
        let (dir, hub, previous) = try builtTwice()
        defer { dir.remove() }
        let fm = FileManager.default
        dir.write("outside.txt", "keep me\n")
        try fm.createDirectory(atPath: dir.path + "/outside-dir", withIntermediateDirectories: true)
        try fm.removeItem(atPath: previous + "/index.html")
        try fm.createSymbolicLink(atPath: previous + "/index.html", withDestinationPath: dir.path + "/outside.txt")
        try fm.removeItem(atPath: previous + "/methods/behovsanalys")
        try fm.createSymbolicLink(atPath: previous + "/methods/behovsanalys", withDestinationPath: dir.path + "/outside-dir")

        let result = try SiteBuilder.build(hub: hub, options: options(dir))
        #expect(result.wroteOutput)
        #expect(try String(contentsOfFile: dir.path + "/outside.txt", encoding: .utf8) == "keep me\n")
        #expect(try fm.contentsOfDirectory(atPath: dir.path + "/outside-dir").isEmpty)
        let attrs = try fm.attributesOfItem(atPath: dir.path + "/public/methods/behovsanalys")
        #expect(attrs[.type] as? FileAttributeType == .typeDirectory)
        try expectRebuildEqualsFresh(dir, hub)
    }

    @Test("a file where a folder must go, and a folder where a file must go, are replaced")
    func typeClashes() throws {
        let (dir, hub, previous) = try builtTwice()
        defer { dir.remove() }
        let fm = FileManager.default
        try fm.removeItem(atPath: previous + "/lessons")
        dir.write(".public.previous/lessons", "a file, not a folder\n")
        try fm.removeItem(atPath: previous + "/404.html")
        dir.write(".public.previous/404.html/inner.txt", "a folder, not a file\n")
        let result = try SiteBuilder.build(hub: hub, options: options(dir))
        #expect(result.wroteOutput)
        try expectRebuildEqualsFresh(dir, hub)
    }
}
