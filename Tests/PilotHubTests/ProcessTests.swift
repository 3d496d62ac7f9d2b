import Foundation
import Testing
@testable import PilotHub

/// Writes a content folder of `count` documents of every kind, linked to each other.
func writeCorpus(_ dir: TempDir, count: Int) {
    dir.write("Content/hub.yml", "title: Processhubben\n")
    for i in 0..<count {
        dir.write("Content/methods/metod-\(i).md", """
        ---
        title: "Metod \(i)"
        summary: "Sammanfattning \(i) med <b>tecken</b> & citat \\"x\\""
        format: utbildning
        level: grund
        tags: [riskanalys, "tagg \(i % 7)"]
        region: Skåne
        ---

        Text om metod \(i). Se [lärdomen](../lessons/lardom-\(i).md).

        ## Steg ett

        Mer text.

        """)
        dir.write("Content/lessons/lardom-\(i).md", """
        ---
        title: "Lärdom \(i)"
        date: 2025-01-\(String(format: "%02d", i % 28 + 1))
        project: projects/projekt-\(i % 3)
        methods: [methods/metod-\(i)]
        outcome: fungerade
        ---

        Vad vi lärde oss \(i).

        """)
    }
    for p in 0..<3 {
        dir.write("Content/projects/projekt-\(p).md", "---\ntitle: \"Projekt \(p)\"\nowner: Almi\ncompanies: \(10 + p)\n---\n\nProjektet.\n")
    }
}

@Suite("The pilothub binary", .serialized)
struct ProcessTests {
    @Test("two builds in two processes give byte-identical trees")
    func twoProcessesIdentical() throws {
        let binary = try #require(pilothubBinary(), "the pilothub executable is built by swift test")
        let dir = TempDir()
        defer { dir.remove() }
        writeCorpus(dir, count: 40)
        let a = try run(binary, ["build", "--output", "a"], cwd: dir.path)
        let b = try run(binary, ["build", "--output", "b"], cwd: dir.path)
        #expect(a.status == 0, "\(a.stderr)")
        #expect(b.status == 0, "\(b.stderr)")
        let ta = snapshot(dir.path + "/a"), tb = snapshot(dir.path + "/b")
        #expect(ta.count >= 6)
        #expect(ta.keys.sorted() == tb.keys.sorted())
        #expect(ta == tb)
        #expect(a.stdout.hasPrefix("Built ") && a.stdout.split(separator: "\n").count == 1, "one summary line: \(a.stdout)")
    }

    @Test("a build killed mid-way leaves the previous public/ intact, and the next build cleans up")
    func killedBuildLeavesPreviousSite() throws {
        let binary = try #require(pilothubBinary())
        let dir = TempDir()
        defer { dir.remove() }
        writeCorpus(dir, count: 300)
        let first = try run(binary, ["build"], cwd: dir.path)
        #expect(first.status == 0, "\(first.stderr)")
        let before = snapshot(dir.path + "/public")
        #expect(before["index.html"] != nil)

        // The second build differs (a base URL adds canonical links and a feed), and is
        // held just before its swap so the kill lands mid-way, deterministically.
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = ["build", "--base-url", "https://hub.example.se/"]
        p.currentDirectoryURL = URL(fileURLWithPath: dir.path)
        var env = ProcessInfo.processInfo.environment
        env["PILOTHUB_TEST_PAUSE_BEFORE_SWAP"] = "30"
        p.environment = env
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        let temp = dir.path + "/public.tmp-\(p.processIdentifier)"
        var sawTemp = false
        for _ in 0..<600 {  // generous hang guard: 60 s
            if FileManager.default.fileExists(atPath: temp + "/index.html") { sawTemp = true; break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        Thread.sleep(forTimeInterval: 0.2)
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        #expect(sawTemp, "the build was writing its temporary folder when killed")
        #expect(p.terminationReason == .uncaughtSignal)
        #expect(snapshot(dir.path + "/public") == before)

        let third = try run(binary, ["build", "--base-url", "https://hub.example.se/"], cwd: dir.path)
        #expect(third.status == 0, "\(third.stderr)")
        #expect(!FileManager.default.fileExists(atPath: temp), "the stale temporary folder is removed")
        #expect(FileManager.default.fileExists(atPath: dir.path + "/public/robots.txt"))
    }

    @Test("a build started while another holds the lock fails at once with a clear message and exit 74")
    func lockedByAnotherProcess() throws {
        let binary = try #require(pilothubBinary())
        let dir = TempDir()
        defer { dir.remove() }
        writeCorpus(dir, count: 3)
        let held = try BuildLock(path: dir.path + "/.public.lock")
        let r = try run(binary, ["build"], cwd: dir.path, env: ["LANG": "en_US.UTF-8", "LC_ALL": ""])
        held.release()
        #expect(r.status == 74)
        #expect(r.stderr.contains("another build (pid \(getpid())) is already writing to the same folder"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/public"))
    }

    @Test("bad usage exits 64")
    func usage() throws {
        let binary = try #require(pilothubBinary())
        let r = try run(binary, ["build", "--nope"], cwd: NSTemporaryDirectory())
        #expect(r.status == 64)
    }
}
