import Testing
@testable import HubMarkdown

/// The word-at-a-time and unrolled searches must find exactly what a byte loop over the same
/// definition finds.
@Suite("Byte searches equal their byte loops")
struct ByteSearchTests {
    /// Mostly letters (plain text), with every byte value now and then, at every length and offset.
    static func samples() -> [[UInt8]] {
        var rng = SystemRandomNumberGenerator()
        let letters = Array("abcdefgijklnopqrstuvyzåäö ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789.,;".utf8)
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

    @Test("the inline parser's stop search finds the first byte whose flags meet the mask, in both modes")
    func inlineStops() {
        let masks: [UInt8] = [Bytes.fInlineSpecial, Bytes.fInlineSpecial | Bytes.fGFMSpecial]
        var stops = 0
        for bytes in Self.samples() {
            bytes.withUnsafeBufferPointer { p in
                for mask in masks {
                    for from in 0...min(p.count, 5) {
                        for to in max(from, p.count - 5)...p.count {
                            var simple = from
                            while simple < to && Bytes.table[Int(p[simple])] & mask == 0 { simple += 1 }
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
