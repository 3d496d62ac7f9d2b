import Testing
import HubTestSupport
@testable import HubMarkdown

/// The word-at-a-time and unrolled searches must find exactly what a byte loop over the same
/// definition finds.
@Suite("Byte searches equal their byte loops")
struct ByteSearchTests {
    /// Mostly letters (plain text), with every byte value now and then, at every length and offset.
    static func samples() -> [[UInt8]] {
        var rng = SystemRandomNumberGenerator()
        let letters = Array("abcdefgijklnopqrstuvyzåäö ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789.,;hhffmmwwxxttaa".utf8)
        var out: [[UInt8]] = []
        for length in 0..<40 {
            for _ in 0..<60 {
                var bytes: [UInt8] = []
                for _ in 0..<length {
                    bytes.append(Int.random(in: 0..<8, using: &rng) == 0 ? UInt8.random(in: 0...255, using: &rng)
                                 : letters[Int.random(in: 0..<letters.count, using: &rng)])
                }
                out.append(bytes)
            }
        }
        for b in 0...255 { out.append(Array(repeating: 0x61, count: 9) + [UInt8(b)] + Array(repeating: 0x62, count: 5)) }
        return out
    }

    @Test("the inline parser's stop search finds the first byte whose flags meet the mask (with GFM, not a w, h, f, m or x that starts no autolink), in both modes")
    func inlineStops() {
        let masks: [UInt8] = [Bytes.fInlineSpecial, Bytes.fInlineSpecial | Bytes.fGFMSpecial]
        var stops = 0
        for bytes in Self.samples() {
            bytes.withUnsafeBufferPointer { p in
                for mask in masks {
                    for from in 0...min(p.count, 5) {
                        for to in max(from, p.count - 5)...p.count {
                            // The parser's own rule: stop at a flagged byte, but pass over an autolink
                            // letter (w h f m x) whose next byte, inside the range, is not its second.
                            func stopsAt(_ j: Int) -> Bool {
                                guard Bytes.table[Int(p[j])] & mask != 0 else { return false }
                                guard mask & Bytes.fGFMSpecial != 0, "whfmx".utf8.contains(p[j]), j + 1 < to else { return true }
                                let c = p[j], c1 = p[j + 1]
                                return c1 == UInt8(ascii: "t") || (c == UInt8(ascii: "w") && c1 == UInt8(ascii: "w"))
                                    || (c == UInt8(ascii: "m") && c1 == UInt8(ascii: "a")) || (c == UInt8(ascii: "x") && c1 == UInt8(ascii: "m"))
                            }
                            var simple = from
                            while simple < to && !stopsAt(simple) { simple += 1 }
                            let fast = Bytes.findInlineStop(p, from: from, to: to, mask: mask)
                            #expect(fast == simple, "\(Array(p)) \(from)..<\(to) mask \(mask)")
                            if simple < to { stops += 1 }
                        }
                    }
                }
            }
        }
        #expect(stops > 1000)
        let empty: [UInt8] = []
        empty.withUnsafeBufferPointer { #expect(Bytes.findInlineStop($0, from: 0, to: 0, mask: Bytes.fInlineSpecial) == 0) }
    }
}

/// Code spans take a short cut (the closer is usually the next backtick run, found without
/// indexing the block's runs); the HTML must be what the specification's rule gives.
@Suite("Code spans follow the rule on random backtick runs")
struct CodeSpanRuleTests {
    /// The rule for one line of `a`, space and backtick that starts and ends with `a`: a run of
    /// n backticks opens a span closed by the next run of exactly n backticks (runs of another
    /// length inside are content); without one it is literal text. One space is stripped from
    /// each side of content that has one on both sides and is not all spaces.
    static func expected(_ line: [UInt8]) -> String {
        var out = "<p>"
        var i = 0
        while i < line.count {
            guard line[i] == UInt8(ascii: "`") else { out.unicodeScalars.append(Unicode.Scalar(line[i])); i += 1; continue }
            var j = i
            while j < line.count && line[j] == UInt8(ascii: "`") { j += 1 }
            let n = j - i
            var k = j, closer = -1
            while k < line.count {
                guard line[k] == UInt8(ascii: "`") else { k += 1; continue }
                var m = k
                while m < line.count && line[m] == UInt8(ascii: "`") { m += 1 }
                if m - k == n { closer = k; break }
                k = m
            }
            if closer < 0 {
                out += String(repeating: "`", count: n)
                i = j
                continue
            }
            var content = Array(line[j..<closer])
            if content.count >= 2, content.first == 0x20, content.last == 0x20, content.contains(where: { $0 != 0x20 }) {
                content = Array(content.dropFirst().dropLast())
            }
            out += "<code>" + String(decoding: content, as: UTF8.self) + "</code>"
            i = closer + n
        }
        return out + "</p>\n"
    }

    @Test("random lines of backtick runs, letters and spaces render as the rule says, with and without GFM")
    func randomRuns() {
        var rng = SplitMix(seed: 2026)
        let pieces: [[UInt8]] = ["`", "``", "```", "a", "a", " ", "  ", "aa"].map { Array($0.utf8) }
        var spans = 0
        for _ in 0..<3000 {
            var line: [UInt8] = Array("a".utf8)
            for _ in 0..<(1 + rng.below(14)) { line += pieces[rng.below(pieces.count)] }
            line += Array("a".utf8)
            let text = String(decoding: line, as: UTF8.self)
            let want = Self.expected(line)
            if want.contains("<code>") { spans += 1 }
            #expect(Markdown.html(text) == want, "\(text)")
            #expect(Markdown.html(text, options: MarkdownOptions(gfm: false)) == want, "\(text)")
        }
        #expect(spans > 500)
    }
}

/// The renderer's output storage must hold exactly what appending to an array holds, across
/// its growth.
@Suite("The HTML writer's storage")
struct OutputBufferTests {
    @Test("random bytes and runs of every length give the bytes an array gets, whatever was reserved")
    func matchesArray() {
        var rng = SplitMix(seed: 99)
        for round in 0..<200 {
            var w = HTMLWriter()
            if round % 3 == 0 { w.reserve(rng.below(300)) }
            var expected: [UInt8] = []
            for _ in 0..<rng.below(120) {
                switch rng.below(4) {
                case 0:
                    let b = UInt8(rng.below(256))
                    w.append(b); expected.append(b)
                case 1:
                    let run = (0..<rng.below(70)).map { _ in UInt8(rng.below(256)) }
                    w.raw(run); expected += run
                case 2:
                    w.raw("<strong>"); expected += Array("<strong>".utf8)
                default:
                    if let last = expected.last, last != 0x0A { expected.append(0x0A) }
                    w.cr()
                }
            }
            #expect(w.out == expected, "round \(round)")
        }
    }
}
