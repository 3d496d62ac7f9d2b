import Foundation
import HubTestSupport
import Testing

@testable import PilotHub

/// The byte checks on output paths and on the output folder's parent, against the plain
/// definitions they replaced.
@Suite("Output paths")
struct OutputPathTests {
    /// The rule as words: not empty, not absolute, no backslash or NUL, and no part that is
    /// empty, `.` or `..`.
    static func contained(_ p: String) -> Bool {
        guard !p.isEmpty, !p.hasPrefix("/"), !p.contains("\\"), !p.utf8.contains(0) else { return false }
        return !p.split(separator: "/", omittingEmptySubsequences: false).contains { $0.isEmpty || $0 == "." || $0 == ".." }
    }

    @Test("isContained refuses empty, absolute, backslashed, NUL and dot parts, and keeps everything else", arguments: [
        ("methods/a/index.html", true), ("index.html", true), ("a/.../b", true), ("a/.hidden/b", true), ("a/b.", true),
        ("", false), ("/etc/passwd", false), ("a//b", false), ("a/", false), ("./a", false), ("a/./b", false),
        ("a/../b", false), ("..", false), ("a\\b", false), ("a\u{0}b", false), ("å/ä.html", true),
    ])
    func cases(path: String, expected: Bool) {
        #expect(FileWriter.isContained(path) == expected)
        #expect(Self.contained(path) == expected)
    }

    @Test("isContained agrees with the plain definition on 20,000 random paths")
    func random() {
        var rng = SplitMix(seed: 7)
        let alphabet: [String] = ["a", "b", ".", "/", "\\", "é", "\u{0}", "-", "..", "x/"]
        for _ in 0..<20_000 {
            let p = (0..<Int(rng.next() % 8)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }.joined()
            #expect(FileWriter.isContained(p) == Self.contained(p), "\(p.debugDescription)")
        }
    }

    @Test("a written path's folder is what NSString's deletingLastPathComponent gives, and the top has none", arguments: [
        "/tmp/out/methods/a/index.html", "/tmp/out/index.html", "/tmp/å/ä ö/sida.html", "/x", "relative/file", "file",
    ])
    func parent(path: String) {
        let expected = (path as NSString).deletingLastPathComponent
        let plain: String? = expected.isEmpty || expected == "/" ? nil : expected
        #expect(FileWriter.parent(of: path) == plain)
    }

    @Test("the output folder's leftovers are found by prefix among many other names")
    func entriesByPrefix() throws {
        let dir = try ExternalTool.temporaryDirectory("entries")
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["public.tmp-1", "public.old-2", "publicx", ".public.lock", "other", "public"] {
            _ = FileManager.default.createFile(atPath: dir.path + "/" + name, contents: nil)
        }
        #expect(OutputFolder.entries(of: dir.path, startingWith: "public.").sorted() == ["public.old-2", "public.tmp-1"])
        #expect(OutputFolder.entries(of: dir.path, startingWith: ".public.").sorted() == [".public.lock"])
        #expect(OutputFolder.entries(of: dir.path + "/missing", startingWith: "p").isEmpty)
    }
}
