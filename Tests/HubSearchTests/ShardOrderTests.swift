import Foundation
import Testing
import HubTestSupport
@testable import HubSearch

/// The shard order and the postings are made on every core, in pieces; they must equal their
/// simple definitions: one sort in `String` order, one pass over the documents in order.
@Suite("Shard order and postings")
struct ShardOrderTests {
    /// Pieces with and without scalars at or above U+0300 (decomposed accents, Greek), so that
    /// both the byte comparison and the `String` comparison are used, and mixed.
    static let pieces = ["a", "b", "ö", "o", "e\u{301}", "é", "å", "ss", "α", "z", "-", "1"]

    @Test("terms sorted on every core are in the order of one sort by folded term, then term",
          arguments: [(0, UInt64(1)), (1, 2), (7, 3), (500, 4), (5000, 5)])
    func order(count: Int, seed: UInt64) {
        var rng = SplitMix(seed: seed)
        // Terms are distinct as `String`s (the index interns them so).
        var seen = Set<String>(), names: [String] = []
        while names.count < count {
            var w = ""
            for _ in 0...rng.below(5) { w += Self.pieces[rng.below(Self.pieces.count)] }
            if seen.insert(w).inserted { names.append(w) }
        }
        let folded = names.map { SearchTokenizer.fold($0) }
        let expected = names.indices.sorted { folded[$0] != folded[$1] ? folded[$0] < folded[$1] : names[$0] < names[$1] }
        #expect(TermOrder.sorted(termNames: names, folded: folded).map(Int.init) == expected)
    }

    @Test("postings grouped on every core are each term's documents in order, with the fold groups' document frequencies",
          arguments: [(0, UInt64(1)), (3, 2), (70, 3), (900, 4)])
    func postings(count: Int, seed: UInt64) {
        var rng = SplitMix(seed: seed)
        let termCount = 60
        let foldOf = (0..<termCount).map { $0 / 3 }
        let docs: [IndexBuilder.DocTerms] = (0..<count).map { _ in
            var ids: [Int32] = []
            for _ in 0..<rng.below(20) {
                let t = Int32(rng.below(termCount))
                if !ids.contains(t) { ids.append(t) }
            }
            return IndexBuilder.DocTerms(ids: ids, scores: ids.map { _ in
                IndexBuilder.TermScore(tilde: Double(rng.below(1000)) / 97, bestSec: Int32(rng.below(5)))
            })
        }
        let builder = IndexBuilder(options: SearchIndexOptions())
        let p = builder.postings(docs, termCount: termCount, foldOf: foldOf, foldCount: 20)

        var df = [Int](repeating: 0, count: 20)
        for d in docs { for g in Set(d.ids.map { foldOf[Int($0)] }) { df[g] += 1 } }
        #expect(p.df == df)
        let n = Double(max(count, 1)), k1 = builder.options.k1, scale = builder.options.scoreScale
        for t in 0..<termCount {
            var want: [(Int32, Int32, Int32)] = []
            for (di, d) in docs.enumerated() {
                guard let k = d.ids.firstIndex(of: Int32(t)) else { continue }
                let dfv = Double(df[foldOf[t]])
                let idf = log(1 + (n - dfv + 0.5) / (dfv + 0.5))
                let tilde = d.scores[k].tilde
                want.append((Int32(di), Int32(max(1, Int((idf * tilde / (k1 + tilde) * scale).rounded()))), d.scores[k].bestSec))
            }
            let range = p.termStarts[t]..<p.termStarts[t + 1]
            let got = range.map { (p.docs[$0], p.scores[$0], p.sections[$0]) }
            #expect(got.count == want.count)
            #expect(zip(got, want).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 && $0.2 == $1.2 })
        }
    }
}
