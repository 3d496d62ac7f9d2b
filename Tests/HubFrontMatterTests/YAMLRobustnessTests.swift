import HubTestSupport
import Testing
import HubDiagnostics
@testable import HubFrontMatter


@Suite("Broken and hostile input is read safely")
struct YAMLRobustnessTests {
    /// Checks what must hold for any input: errors mean no value, and every diagnostic
    /// points inside the text.
    private func check(_ yaml: String, sourceLine: Int = 1) {
        let (node, diagnostics) = FrontMatter.parseYAML(yaml, path: "f.md", firstLine: sourceLine)
        let lines = SourceFile(path: "f.md", text: yaml).lineCount
        #expect((node == nil) == diagnostics.hasErrors, "\(yaml.debugDescription)")
        for d in diagnostics {
            #expect(d.location.line >= sourceLine && d.location.line < sourceLine + max(lines, 1), "\(d.id) at \(d.location) in \(yaml.debugDescription)")
            #expect(d.location.column >= 1)
        }
    }

    @Test("thousands of random YAML-like documents parse without crashing")
    func randomTokens() {
        let pieces = ["a", "b: ", "- ", "  ", "\t", "\n", "\r\n", "\r", ": ", ":", "#", " #x", "[", "]", "{", "}", ",",
                      "\"", "'", "\\", "\\u00", "|", ">", "|-", ">+2", "&x", "*x", "!!str", "?", "---", "...", "~",
                      "2024-13-45", "1.5", "0x", "å", "😀", "\u{0}", "\u{85}", "true", "\"\\\n", "'it''s'"]
        var rng = SplitMix(seed: 0x5EED)
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<rng.below(40) { text += pieces[rng.below(pieces.count)] }
            check(text, sourceLine: 1 + rng.below(3))
        }
    }

    @Test("random bytes, decoded leniently, parse without crashing")
    func randomBytes() {
        var rng = SplitMix(seed: 42)
        for _ in 0..<1000 {
            let bytes = (0..<rng.below(200)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            let text = String(decoding: bytes, as: UTF8.self)
            check(text)
            _ = FrontMatter.parseDocument("---\n" + text + "\n---\n", path: "f.md")
        }
    }

    @Test("deep nesting is refused with an error instead of exhausting the stack", arguments: [
        String(repeating: "[", count: 100_000),
        "a: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000),
        "a: " + String(repeating: "{a: ", count: 5_000),
        "a: " + String(repeating: "- ", count: 5_000) + "x",
        (0..<2_000).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n"),
        (0..<2_000).map { String(repeating: " ", count: $0) + "-" }.joined(separator: "\n"),
    ])
    func deepNesting(_ yaml: String) {
        let (node, diagnostics) = FrontMatter.parseYAML(yaml, path: "f.md")
        #expect(node == nil)
        #expect(diagnostics.hasErrors)
    }

    @Test("moderate nesting within the limit is fine")
    func moderateNesting() {
        let (node, diagnostics) = FrontMatter.parseYAML("a: " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40), path: "f.md")
        #expect(diagnostics.isEmpty)
        #expect(node != nil)
    }

    @Test("unterminated constructs at the very end of the text")
    func truncated() {
        for yaml in ["a: \"", "a: '", "a: [", "a: {", "a: |", "a: >-", "a: \"x\\", "a: [\"x", "a:", "\"a", "a: {b", "- [", "a: 'x''"] {
            check(yaml)
        }
    }
}
