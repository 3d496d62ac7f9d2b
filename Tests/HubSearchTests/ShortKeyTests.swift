import HubTestSupport
import Testing
@testable import HubSearch

/// Keys of at most 8 bytes (most tokens) are hashed, compared and stored as one word; they
/// must be the same keys, with the same hashes and ids, as when read byte by byte.
@Suite("Short keys as one word")
struct ShortKeyTests {
    /// Random keys of 1...8 bytes: ASCII, Swedish and other two-byte letters, arbitrary bytes.
    static func keys(_ count: Int, seed: UInt64) -> [[UInt8]] {
        let pieces: [[UInt8]] = ["a", "z", "Q", "0", "9", "-", "'", "å", "ä", "ö", "Ö", "é", "ß", "ǅ"].map { Array($0.utf8) }
        var rng = SplitMix(seed: seed)
        var out: [[UInt8]] = []
        while out.count < count {
            let n = 1 + rng.below(8)
            var key: [UInt8] = []
            if rng.below(4) == 0 {
                for _ in 0..<n { key.append(UInt8(truncatingIfNeeded: rng.next())) }
            } else {
                while key.count < n {
                    let p = pieces[rng.below(pieces.count)]
                    if key.count + p.count > n { break }
                    key += p
                }
            }
            if !key.isEmpty { out.append(key) }
        }
        return out
    }

    @Test("a short key read as one word is its bytes padded with zeros, and the mask keeps exactly them")
    func paddedWords() {
        var mismatches = 0
        for key in Self.keys(5_000, seed: 11) {
            var expected: UInt64 = 0
            for (i, b) in key.enumerated() { expected |= UInt64(b) << (8 * i) }
            let word = key.withUnsafeBufferPointer { ByteInterner.paddedWord($0.baseAddress!, $0.count) }
            var mask: UInt64 = 0
            for i in 0..<key.count { mask |= 0xFF << (8 * UInt64(i)) }
            if word != expected || ByteInterner.lowBytes(key.count) != mask { mismatches += 1 }
            if key.withUnsafeBufferPointer({ ByteInterner.hash($0) }) != ByteInterner.shortHash(expected, count: key.count) { mismatches += 1 }
        }
        #expect(mismatches == 0)
    }

    @Test("the document sink gives the same ids and keys to a short key whether it comes as a word or as bytes")
    func sinkWordsAndBytes() {
        let keys = Self.keys(3_000, seed: 12) + Self.keys(200, seed: 12)  // repeats on purpose
        var rng = SplitMix(seed: 13)
        var sink = DocTokenSink(capacity: 4, tokens: 4)
        // The definition: ids in order of first occurrence, keyed by the bytes.
        var index: [[UInt8]: Int32] = [:]
        var first: [[UInt8]] = []
        var expected: [Int32] = []
        for key in keys + keys.reversed() {
            var word: UInt64 = 0
            for (i, b) in key.enumerated() { word |= UInt64(b) << (8 * i) }
            if rng.below(2) == 0 {
                sink.shortToken(word, count: key.count)
            } else {
                key.withUnsafeBufferPointer { sink.nfcToken($0) }
            }
            if let id = index[key] {
                expected.append(id)
            } else {
                index[key] = Int32(first.count)
                expected.append(Int32(first.count))
                first.append(key)
            }
        }
        let (table, ids) = sink.finish()
        #expect(ids == expected)
        #expect(table.count == first.count)
        var wrong = 0
        for e in 0..<min(table.count, first.count) {
            let key = Array(table.arena[Int(table.starts[e])..<Int(table.starts[e + 1])])
            if key != first[e] || table.hashes[e] != key.withUnsafeBufferPointer({ ByteInterner.hash($0) }) { wrong += 1 }
        }
        #expect(wrong == 0)
    }
}
