import Testing
import HubTestSupport
@testable import HubSearch

/// The token tables are merged part by part on every core; the result must be the one merge
/// in document order with a `[String: Int]` dictionary gives, up to the numbering of the ids.
@Suite("Merging the documents' token tables")
struct MergedTokensTests {
    /// Pieces that make canonically equivalent spellings (`é` and `e` + U+0301, `å` and
    /// `a` + U+030A) and plain ASCII words.
    static let pieces = ["a", "b", "e", "é", "e\u{301}", "å", "a\u{30A}", "ko", "rt", "x1", "s"]

    /// `count` documents of random tokens, each added in Swedish or English text.
    static func tables(count: Int, seed: UInt64) -> [DocTokenTable] {
        var rng = SplitMix(seed: seed)
        return (0..<count).map { _ in
            var sink = DocTokenSink(capacity: 4)
            for _ in 0..<rng.below(80) {
                var word = ""
                for _ in 0...rng.below(4) { word += pieces[rng.below(pieces.count)] }
                sink.bit = rng.below(3) == 0 ? 2 : 1
                var bytes = Array(word.utf8)
                bytes.withUnsafeMutableBufferPointer { sink.token(UnsafeBufferPointer($0)) }
            }
            return sink.finish().table
        }
    }

    /// Entry k of `t` as first spelled in its document.
    static func spelling(_ t: DocTokenTable, _ k: Int) -> String {
        String(decoding: t.spellings[k] ?? Array(t.arena[Int(t.starts[k])..<Int(t.starts[k + 1])]), as: UTF8.self)
    }

    @Test("the same tokens, first spellings, usage and document mappings as one dictionary in document order",
          arguments: [(1, UInt64(1)), (40, 2), (300, 3), (1000, 4)])
    func sameAsDictionary(count: Int, seed: UInt64) {
        let tables = Self.tables(count: count, seed: seed)
        var index: [String: Int] = [:]
        var first: [String] = [], usage: [UInt8] = []
        for t in tables {
            for k in 0..<t.count {
                let s = Self.spelling(t, k)
                if index[s] == nil { index[s] = first.count; first.append(s); usage.append(0) }
                usage[index[s]!] |= t.usage[k]
            }
        }
        let merged = MergedTokens(tables)
        #expect(merged.tokens.count == first.count)
        // Merged id -> dictionary id, which must be one to one.
        var expected = [Int](repeating: -1, count: merged.tokens.count)
        var mismatches = 0
        for (d, t) in tables.enumerated() {
            for k in 0..<t.count {
                let id = Int(merged.ids[merged.docStart[d] + k])
                let want = index[Self.spelling(t, k)]!
                if expected[id] == -1 { expected[id] = want }
                if expected[id] != want { mismatches += 1 }
            }
        }
        #expect(mismatches == 0)
        #expect(Set(expected).count == first.count)
        for (id, want) in expected.enumerated() where want >= 0 {
            #expect(merged.tokens[id].unicodeScalars.elementsEqual(first[want].unicodeScalars))
            #expect(merged.usage[id] == usage[want])
        }
    }

    @Test("a document's table lists its entries grouped by hash part, each part in order of first occurrence")
    func grouped() {
        var sink = DocTokenSink(capacity: 4)
        sink.bit = 1
        let words = (0..<300).map { "ord\($0 % 120)" }
        for w in words {
            var bytes = Array(w.utf8)
            bytes.withUnsafeMutableBufferPointer { sink.token(UnsafeBufferPointer($0)) }
        }
        let (table, ids) = sink.finish()
        #expect(table.count == 120)
        #expect(table.byPart.sorted() == Array(0..<120))
        for p in 0..<HashParts.count {
            let part = table.byPart[Int(table.partStarts[p])..<Int(table.partStarts[p + 1])]
            #expect(part.allSatisfy { HashParts.part(table.hashes[Int($0)]) == p })
            #expect(part.sorted() == Array(part))
        }
        #expect(ids.map { Self.spelling(table, Int($0)) } == words)
    }
}
