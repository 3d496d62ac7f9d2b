import Foundation
import HubDiagnostics
import HubFrontMatter
import Testing
@testable import HubContent

/// A file that needs no repair is split and parsed straight from its bytes; it must give
/// exactly what decoding it and parsing the text gives.
@Suite("Files read without repair equal decoded files")
struct CleanFileTests {
    static let pieces: [String] = [
        "---\n", "--- \t\n", "...\n", "title: Mål\n", "tags: [a, \"b\"]\n", "date: 2024-05-01\n", "n: 12\n",
        "text: |\n  rad ett\n  rad två\n", "bad: : x\n", "  - punkt\n", "# kommentar\n", "\n", "Brödtext med å ä ö.\n",
        "## Rubrik\n", "[länk](../methods/a.md)\n", "\r\n", "\r", "\u{0}", "\u{FEFF}", "é", "🇸🇪", "x",
    ]

    /// Random documents, mostly with front matter, some with bytes that need repair.
    static func documents() -> [[UInt8]] {
        var rng = SystemRandomNumberGenerator()
        var docs: [[UInt8]] = [[], Array("---\n".utf8), Array("---\ntitle: a\n---\n".utf8), Array("---\ntitle: a\n".utf8),
                               Array("\u{FEFF}---\ntitle: a\n---\nb".utf8), [0xFF, 0xFE, 0x2D, 0x00], [0x2D, 0x2D, 0x2D, 0x0A, 0xC3, 0x28]]
        for _ in 0..<3000 {
            var text = Bool.random(using: &rng) ? "---\n" : ""
            for _ in 0..<Int.random(in: 0...10, using: &rng) { text += pieces.randomElement(using: &rng)! }
            var bytes = Array(text.utf8)
            // Now and then a byte that is not UTF-8.
            if Int.random(in: 0..<20, using: &rng) == 0 { bytes.insert(0xC3, at: Int.random(in: 0...bytes.count, using: &rng)) }
            docs.append(bytes)
        }
        return docs
    }

    @Test("front matter, body, first body line and diagnostics, for random documents")
    func sameDocument() {
        var fast = 0, repaired = 0
        for bytes in Self.documents() {
            let direct = bytes.withUnsafeBufferPointer { b in
                ContentFileReader.needsNoRepair(b) ? FrontMatter.parseDocument(utf8: b, path: "x.md") : nil
            }
            let decoded = ContentFileReader.decode(bytes, path: "x.md")
            guard let direct else {
                repaired += 1
                continue
            }
            fast += 1
            #expect(decoded.diagnostics.isEmpty, "\(bytes)")
            guard let text = decoded.text else {
                Issue.record("read without repair, but decoding refuses it: \(bytes)")
                continue
            }
            let expected = FrontMatter.parseDocument(text, path: "x.md")
            #expect(direct.fields == expected.fields && direct.body == expected.body
                    && direct.bodyStartLine == expected.bodyStartLine && direct.diagnostics == expected.diagnostics,
                    "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
        }
        #expect(fast > 500 && repaired > 500, "\(fast) read directly, \(repaired) repaired")
    }
}
