import Testing
@testable import HubFrontMatter

/// The parser's word-wide line search and its ASCII character count, each against its
/// plain definition.
@Suite("YAML fast paths equal their definitions")
struct YAMLFastPathTests {
    /// Lines as defined: each ends at `\n`, `\r\n` or a lone `\r`; a last line without a break counts.
    static func definitionLines(_ bytes: [UInt8]) -> (starts: [Int], ends: [Int]) {
        var starts: [Int] = [], ends: [Int] = []
        var start = 0, i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A || bytes[i] == 0x0D {
                starts.append(start)
                ends.append(i)
                if bytes[i] == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                start = i + 1
            }
            i += 1
        }
        if start < bytes.count {
            starts.append(start)
            ends.append(bytes.count)
        }
        return (starts, ends)
    }

    static let pieces: [[UInt8]] = ["a", "title: x", " ", "\n", "\n", "\r", "\r\n", "å", "#", ":", "- ", "\n\n", "0123456789abcdef"]
        .map { Array($0.utf8) }

    @Test("line starts and ends, with and without carriage returns, at every length up to 40 bytes and beyond")
    func lines() {
        var rng = SystemRandomNumberGenerator()
        var inputs: [[UInt8]] = [[], [0x0A], [0x0D], Array("a\nb".utf8), Array(repeating: 0x61, count: 17)]
        for length in 0...40 { inputs.append((0..<length).map { $0 % 9 == 8 ? 0x0A : 0x61 }) }
        for _ in 0..<2000 {
            var bytes: [UInt8] = []
            let withCR = Bool.random(using: &rng)
            for _ in 0..<Int.random(in: 0...30, using: &rng) {
                let piece = Self.pieces.randomElement(using: &rng)!
                if !withCR && piece.contains(0x0D) { continue }
                bytes += piece
            }
            inputs.append(bytes)
        }
        var lfOnly = 0
        for bytes in inputs {
            let parser = YAMLParser(bytes: bytes, path: "x.md", firstLine: 2)
            let expected = Self.definitionLines(bytes)
            #expect(parser.lineStarts == expected.starts && parser.lineEnds == expected.ends, "\(bytes)")
            if !bytes.contains(0x0D) { lfOnly += 1 }
        }
        #expect(lfOnly > 500 && lfOnly < inputs.count - 500, "only \(lfOnly) of \(inputs.count) inputs without CR")
    }

    @Test("the front-matter splitter's line ends, from every start, equal the byte-by-byte search")
    func splitterLines() {
        var rng = SystemRandomNumberGenerator()
        var inputs: [[UInt8]] = [[], Array("---\n".utf8), Array("---\r\ntitle: x\r\n---\r\nbody".utf8)]
        for _ in 0..<1000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &rng) { bytes += Self.pieces.randomElement(using: &rng)! }
            inputs.append(bytes)
        }
        for bytes in inputs {
            bytes.withUnsafeBufferPointer { p in
                for from in 0...p.count {
                    let fast = FrontMatterSplitter.lineBounds(p, from: from)
                    let plain = FrontMatterSplitter.lineBoundsByBytes(p, from: from)
                    #expect(fast == plain, "\(bytes) from \(from)")
                }
            }
        }
    }

    @Test("a key's length in characters, ASCII or not", arguments: [
        "title", "a b\tc", "mål", "e\u{301}", "🇸🇪 flagga", "\"citerad nyckel\"", "x", "",
    ])
    func characterCount(_ key: String) {
        let bytes = Array((key + ": v").utf8)
        let parser = YAMLParser(bytes: bytes, path: "x.md", firstLine: 2)
        let n = key.utf8.count
        #expect(parser.characterCount(0, n) == key.count)
        for a in 0...n { for b in a...n where String(validating: bytes[a..<b], as: UTF8.self) != nil {
            #expect(parser.characterCount(a, b) == String(decoding: bytes[a..<b], as: UTF8.self).count, "\(key) \(a)..<\(b)")
        } }
    }
}
