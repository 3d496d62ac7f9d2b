import Foundation
import Testing
@testable import PilotHub

/// Writes the files the fixture's documents name (the tool's attachment) under a temp
/// Content folder and returns it with the hub.
func fixtureOnDisk(extra: [Document] = [], baseURL: String? = nil) -> (TempDir, Hub) {
    let dir = TempDir()
    dir.write("Content/tools/checklista/index.md", "---\ntitle: Checklista\n---\n")
    dir.write("Content/tools/checklista/plan.pdf", "%PDF-1.4 fixture\n")
    return (dir, Fixture.hub(extra: extra, baseURL: baseURL, contentRoot: dir.path + "/Content"))
}

func options(_ dir: TempDir, output: String = "public", threads: Int? = nil) -> BuildOptions {
    BuildOptions(contentDirectory: dir.path + "/Content", outputDirectory: dir.path + "/" + output, threads: threads)
}

@Suite("The build", .serialized)
struct BuildTests {
    @Test("a build writes a page for every document, and every internal href, src and #fragment resolves")
    func linksResolve() throws {
        let (dir, hub) = fixtureOnDisk()
        defer { dir.remove() }
        let result = try SiteBuilder.build(hub: hub, options: options(dir))
        #expect(result.wroteOutput, "\(result.diagnostics)")
        for doc in hub.documents {
            #expect(FileManager.default.fileExists(atPath: dir.path + "/public/\(doc.kind.rawValue)/\(doc.slug)/index.html"))
        }
        #expect(FileManager.default.fileExists(atPath: dir.path + "/public/tools/checklista/plan.pdf"))
        var walker = LinkWalker(root: dir.path + "/public")
        walker.walk()
        #expect(walker.checked > 100)
        #expect(walker.broken.isEmpty, "\(walker.broken.prefix(20))")
        #expect(result.summaryLine(.en).hasPrefix("Built \(result.pageCount) pages"))
        #expect(result.summaryLine(.en).contains("feed.xml and sitemap.xml not written"))
    }

    @Test("the same links resolve in an offline bundle (explicit index.html) and with a base URL")
    func linksResolveOfflineAndWithBase() throws {
        let (dir, hub) = fixtureOnDisk(baseURL: "https://hub.example.se/x/")
        defer { dir.remove() }
        var o = options(dir)
        o.linkStyle = .indexFiles
        let result = try SiteBuilder.build(hub: hub, options: o)
        #expect(result.wroteOutput)
        #expect(FileManager.default.fileExists(atPath: dir.path + "/public/feed.xml"))
        #expect(FileManager.default.fileExists(atPath: dir.path + "/public/sitemap.xml"))
        var walker = LinkWalker(root: dir.path + "/public")
        walker.walk()
        #expect(walker.broken.isEmpty, "\(walker.broken.prefix(20))")
        let page = try String(contentsOfFile: dir.path + "/public/methods/behovsanalys/index.html", encoding: .utf8)
        #expect(page.contains("href=\"../../lessons/snabb-start/index.html\""))
    }

    @Test("rendering on one thread and on all cores gives identical trees")
    func parallelIsDeterministic() throws {
        let (dir, hub) = fixtureOnDisk()
        defer { dir.remove() }
        _ = try SiteBuilder.build(hub: hub, options: options(dir, output: "one", threads: 1))
        _ = try SiteBuilder.build(hub: hub, options: options(dir, output: "many", threads: 8))
        let a = snapshot(dir.path + "/one"), b = snapshot(dir.path + "/many")
        #expect(a.count > 10)
        #expect(a == b)
    }

    @Test("parallel chunks are taken from both ends, and every chunk runs exactly once", arguments: [1, 2, 3, 4, 7, 64, 65])
    func chunkOrderIsAPermutation(n: Int) {
        let order = (0..<n).map { SiteBuilder.chunkOrder($0, of: n) }
        #expect(order.sorted() == Array(0..<n))
        #expect(order.first == 0)
        if n > 1 { #expect(order[1] == n - 1) }
        // Every index once, in any order, with any thread count.
        let seen = Slots<Int>(count: 1000)
        SiteBuilder.parallelFor(1000, threads: 3) { i in seen[i] = (seen[i] ?? 0) + 1 }
        #expect((0..<1000).allSatisfy { seen[$0] == 1 })
    }

    @Test("a thread that joins a shared loop late takes only chunks left, and waiting covers the chunk it runs")
    func sharedLoopJoinedLate() {
        let seen = Slots<Int>(count: 1000)
        let started = DispatchSemaphore(value: 0)
        let loop = SharedLoop(count: 1000, workers: 2) { i in
            // The other thread takes the first chunk and is still in it when this one is done.
            if i == 0 { started.signal(); usleep(50_000) }
            seen[i] = (seen[i] ?? 0) + 1
        }
        let finished = DispatchSemaphore(value: 0)
        DispatchQueue.global().async { loop.run(); finished.signal() }
        started.wait()
        loop.run()
        loop.waitUntilDone()
        #expect((0..<1000).allSatisfy { seen[$0] == 1 })
        finished.wait()
    }

    @Test("content errors write nothing, exit as failure, and leave the previous site intact")
    func errorsWriteNothing() throws {
        let (dir, hub) = fixtureOnDisk()
        defer { dir.remove() }
        _ = try SiteBuilder.build(hub: hub, options: options(dir))
        let before = snapshot(dir.path + "/public")
        let evil = Document(id: DocumentID(kind: .lessons, slug: "evil"), sourcePath: "lessons/evil.md", title: "Ny titel",
                            details: .lesson(LessonDetails(project: Fixture.project)))
        let bad = Diagnostic.error("unknown-reference", at: SourceLocation(path: "Content/lessons/evil.md", line: 3, column: 9),
                                   sv: "okänd metod", en: "unknown method")
        let result = try SiteBuilder.build(hub: Fixture.hub(extra: [evil], contentRoot: dir.path + "/Content"),
                                           loadDiagnostics: [bad], options: options(dir))
        #expect(!result.wroteOutput)
        #expect(result.diagnostics.hasErrors)
        #expect(snapshot(dir.path + "/public") == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("public.") }
        #expect(leftovers.isEmpty)
    }

    @Test("an error found while rendering (a link out of Content/) also writes nothing, with file:line")
    func renderErrorsWriteNothing() throws {
        let hostile = Document(id: DocumentID(kind: .pages, slug: "hostile"), sourcePath: "pages/hostile.md", title: "H",
                               body: "x", bodyStartLine: 5, details: .page)
        let (dir, hub) = fixtureOnDisk(extra: [hostile])
        defer { dir.remove() }
        // The page's link list comes from the Markdown engine; slugs and attachments are
        // checked by the site model, so an unsafe attachment stands in here.
        let badTool = Document(id: DocumentID(kind: .tools, slug: "t"), sourcePath: "tools/t/index.md", title: "T",
                               attachments: ["../../../../etc/passwd"], details: .tool(ToolDetails()))
        let result = try SiteBuilder.build(hub: Fixture.hub(extra: [hostile, badTool], contentRoot: hub.contentRoot), options: options(dir))
        #expect(!result.wroteOutput)
        let d = result.diagnostics.first { $0.id == "unsafe-attachment" }
        #expect(d?.location.path == dir.path + "/Content/tools/t/index.md")
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/public"))
    }

    @Test("attachments that are symlinks, or lead out of Content/ through one, are refused and never copied")
    func symlinkAttachments() throws {
        let (dir, _) = fixtureOnDisk()
        defer { dir.remove() }
        dir.write("secret.txt", "top secret\n")
        dir.write("Content/tools/s/index.md", "---\ntitle: S\n---\n")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/Content/tools/s/leak.txt", withDestinationPath: dir.path + "/secret.txt")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/Content/tools/s/up", withDestinationPath: dir.path)
        let s = Document(id: DocumentID(kind: .tools, slug: "s"), sourcePath: "tools/s/index.md", title: "S",
                         attachments: ["leak.txt", "up/secret.txt"], details: .tool(ToolDetails()))
        let result = try SiteBuilder.build(hub: Fixture.hub(extra: [s], contentRoot: dir.path + "/Content"), options: options(dir))
        #expect(!result.wroteOutput)
        #expect(result.diagnostics.filter { $0.id == "attachment-refused" }.count == 2)
        let tree = snapshot(dir.path)
        let copies = tree.filter { $0.value == Data("top secret\n".utf8) && !$0.key.hasPrefix("Content/") && $0.key != "secret.txt" }
        #expect(copies.isEmpty, "the secret was copied to \(copies.keys.sorted())")
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/public"))
    }

    @Test("a second build into the same folder while the lock is held fails with a clear message")
    func lock() throws {
        let (dir, hub) = fixtureOnDisk()
        defer { dir.remove() }
        let folder = OutputFolder(target: dir.path + "/public")
        let held = try BuildLock(path: folder.lockPath)
        do {
            _ = try SiteBuilder.build(hub: hub, options: options(dir))
            Issue.record("the build ran despite the lock")
        } catch {
            #expect(error.message.en.contains("another build (pid \(getpid()))"))
        }
        held.release()
        let result = try SiteBuilder.build(hub: hub, options: options(dir))
        #expect(result.wroteOutput)
    }

    @Test("the output folder may not be the content folder or a folder that is not a site")
    func unsafeOutput() throws {
        let (dir, hub) = fixtureOnDisk()
        defer { dir.remove() }
        var o = options(dir)
        o.outputDirectory = dir.path + "/Content"
        #expect(throws: BuildFailure.self) { try SiteBuilder.build(hub: hub, options: o) }
        dir.write("docs/important.txt", "keep")
        o.outputDirectory = dir.path + "/docs"
        #expect(throws: BuildFailure.self) { try SiteBuilder.build(hub: hub, options: o) }
        #expect(FileManager.default.fileExists(atPath: dir.path + "/docs/important.txt"))
    }
}
