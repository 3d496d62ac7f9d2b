import Foundation
import Testing

/// Runs the `pilothub` executable SwiftPM built next to the tests; output goes through
/// files so that a large standard output cannot block the child.
private func pilothub(_ args: [String], cwd: String, env: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
    var dir = Bundle.module.bundleURL.deletingLastPathComponent()
    var binary: String?
    for _ in 0..<3 where binary == nil {
        let candidate = dir.appendingPathComponent("pilothub").path
        if FileManager.default.isExecutableFile(atPath: candidate) { binary = candidate }
        dir = dir.deletingLastPathComponent()
    }
    let executable = try #require(binary, "the pilothub executable is built by swift test")
    let outURL = URL(fileURLWithPath: NSTemporaryDirectory() + "pilothub-out-" + UUID().uuidString)
    let errURL = URL(fileURLWithPath: NSTemporaryDirectory() + "pilothub-err-" + UUID().uuidString)
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: outURL); try? FileManager.default.removeItem(at: errURL) }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: executable)
    p.arguments = args
    p.currentDirectoryURL = URL(fileURLWithPath: cwd)
    var environment = ProcessInfo.processInfo.environment
    environment["LC_ALL"] = nil
    environment["LC_MESSAGES"] = nil
    environment["LANG"] = "C"
    for (k, v) in env { environment[k] = v }
    p.environment = environment
    p.standardOutput = try FileHandle(forWritingTo: outURL)
    p.standardError = try FileHandle(forWritingTo: errURL)
    try p.run()
    p.waitUntilExit()
    return (p.terminationStatus, try String(contentsOf: outURL, encoding: .utf8), try String(contentsOf: errURL, encoding: .utf8))
}

@Suite("The check, new and export commands", .serialized)
struct CommandTests {
    let fixtures = resourcePath("fixtures")

    @Test("check exits 0 on the valid fixture with one summary line")
    func checkValid() throws {
        let r = try pilothub(["check", "--content", "valid"], cwd: fixtures)
        #expect(r.status == 0)
        #expect(r.out == "0 errors, 0 warnings in 12 documents\n")
    }

    @Test("check exits 1 on the broken fixture and prints every mistake, in Swedish when the locale says so")
    func checkBroken() throws {
        let r = try pilothub(["check", "--content", "broken"], cwd: fixtures)
        #expect(r.status == 1)
        #expect(r.out.contains("broken/lessons/mfa-forst.md:8:11: error: there is no method 'behovsanalyss'"))
        #expect(r.out.contains("          ^~~~~~~~~~~~~\ndid you mean 'behovsanalys'?\n"))
        #expect(r.out.hasSuffix("20 errors, 3 warnings in 13 documents\n"))
        let sv = try pilothub(["check", "--content", "broken"], cwd: fixtures, env: ["LANG": "sv_SE.UTF-8"])
        #expect(sv.out.contains("broken/lessons/mfa-forst.md:8:11: fel: det finns ingen metod 'behovsanalyss'"))
        #expect(sv.out.hasSuffix("20 fel, 3 varningar i 13 dokument\n"))
    }

    @Test("a missing content folder is one line without a position, exit 74", arguments: [["check"], ["check", "--format", "json"], ["export"]])
    func missingContent(command: [String]) throws {
        let r = try pilothub(command + ["--content", "finns-inte"], cwd: fixtures)
        #expect(r.status == 74)
        #expect(r.out.isEmpty)
        #expect(r.err == "pilothub: error: no content folder 'finns-inte' (run from the folder that holds Content/ or pass --content)\n")
        let sv = try pilothub(command + ["--content", "finns-inte"], cwd: fixtures, env: ["LANG": "sv_SE.UTF-8"])
        #expect(sv.status == 74)
        #expect(sv.err.hasPrefix("pilothub: fel: innehållsmappen 'finns-inte' finns inte"))
    }

    @Test("help examples name only files, folders and slugs that exist in the repository",
          arguments: [[String](), ["check", "--help"], ["new", "--help"], ["export", "--help"],
                      ["frontmatter", "--help"], ["markdown", "--help"]])
    func helpExamples(command: [String]) throws {
        let repository = (FixtureTests.sampleContent as NSString).deletingLastPathComponent
        let r = try pilothub(command.isEmpty ? ["--help"] : command, cwd: repository)
        #expect(r.status == 0)
        let examples = r.out.components(separatedBy: "Examples:").dropFirst().joined()
        #expect(!examples.isEmpty)
        let words = examples.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        var named: [String] = []
        for (i, w) in words.enumerated() {
            // `→ path` shows what `new` writes: a file that does not exist yet.
            if w.hasPrefix("Content/"), w.hasSuffix(".md"), i == 0 || words[i - 1] != "→" { named.append(w) }
            guard i + 1 < words.count else { continue }
            switch w {
            case "--meeting": named.append("Content/meetings/\(words[i + 1]).md")
            case "--project": named.append("Content/projects/\(words[i + 1]).md")
            case "--content": named.append(words[i + 1])
            default: break
            }
        }
        for path in named {
            #expect(FileManager.default.fileExists(atPath: repository + "/" + path), "\(path) in the examples of \(command)")
        }
    }

    @Test("check --format json is an array of diagnostics for tools")
    func checkJSON() throws {
        let r = try pilothub(["check", "--content", "broken", "--format", "json"], cwd: fixtures)
        #expect(r.status == 1)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [[String: Any]])
        #expect(items.count == FixtureTests.expected.count)
        let first = try #require(items.first)
        #expect(Set(first.keys) == ["severity", "id", "path", "line", "column", "message", "suggestion"])
        #expect(first["path"] as? String == "broken/hub.yml")
        #expect(first["suggestion"] as? String == "title")
    }

    @Test("bad usage exits 64", arguments: [["check", "--format", "xml"], ["check", "extra"], ["new", "method"], ["new", "recept", "X"], ["export", "--bogus"]])
    func usage(args: [String]) throws {
        #expect(try pilothub(args, cwd: fixtures).status == 64)
    }

    @Test("new writes a draft that check leaves out, that check --drafts fails on its placeholders, and never overwrites")
    func new() throws {
        let site = try TestSite()
        defer { site.remove() }
        let cwd = (site.root as NSString).deletingLastPathComponent
        let r = try pilothub(["new", "metod", "Behovsanalys på plats"], cwd: cwd)
        #expect(r.status == 0)
        #expect(r.out == "Content/methods/behovsanalys-pa-plats.md\n")
        let text = try String(contentsOfFile: site.root + "/methods/behovsanalys-pa-plats.md", encoding: .utf8)
        #expect(text.hasPrefix("---\ntitle: \"Behovsanalys på plats\"\n"))
        #expect(text.contains("## Så går det till"))
        let check = try pilothub(["check"], cwd: cwd)
        #expect(check.status == 0)
        #expect(check.out == "0 errors, 0 warnings in 0 documents\n")
        let drafts = try pilothub(["check", "--drafts"], cwd: cwd)
        #expect(drafts.status == 1)
        #expect(drafts.out.contains("Content/methods/behovsanalys-pa-plats.md:4:10: error: replace the placeholder <en mening om innehållet> in 'summary' with a real value\n"))
        #expect(drafts.out.contains("in 'format' with a real value (allowed: behovsanalys, utbildning, coachning, rådgivning, information, övning)\n"))
        #expect(drafts.out.contains("in 'level'"))
        #expect(!drafts.out.contains("did you mean"))
        #expect(drafts.out.hasSuffix("3 errors, 0 warnings in 1 document\n"))
        try Data("ändrad\n".utf8).write(to: URL(fileURLWithPath: site.root + "/methods/behovsanalys-pa-plats.md"))
        let again = try pilothub(["new", "method", "Behovsanalys på plats"], cwd: cwd)
        #expect(again.status == 1)
        #expect(again.err.contains("already exists"))
        #expect(try String(contentsOfFile: site.root + "/methods/behovsanalys-pa-plats.md", encoding: .utf8) == "ändrad\n")
    }

    @Test("export writes the same JSON to stdout and to --output, and nothing when there are errors")
    func export() throws {
        let out = NSTemporaryDirectory() + "pilothub-export-" + UUID().uuidString + ".json"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let a = try pilothub(["export", "--content", "valid"], cwd: fixtures)
        let b = try pilothub(["export", "--content", "valid", "--output", out], cwd: fixtures)
        #expect(a.status == 0 && b.status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == a.out)
        #expect(a.out.contains("\"id\": \"methods/behovsanalys\""))
        let broken = try pilothub(["export", "--content", "broken"], cwd: fixtures)
        #expect(broken.status == 1)
        #expect(broken.out.isEmpty)
        #expect(broken.err.contains("20 errors, 3 warnings"))
    }
}
