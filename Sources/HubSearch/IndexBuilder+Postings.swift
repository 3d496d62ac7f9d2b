import Dispatch
import Foundation
import HubContent

/// The postings: every document's terms grouped by term, and the document frequencies.
extension IndexBuilder {
    /// Every term's postings, grouped by term: term t's are `termStarts[t] ..< termStarts[t + 1]`
    /// of `docs`, `scores` and `sections`, in document order.
    struct Postings: Sendable {
        var termStarts: [Int]
        var docs: [Int32]
        /// The BM25F scores, precomputed and quantised: the runtime only adds them up.
        var scores: [Int32]
        /// The best section (`DocAccumulator.take`).
        var sections: [Int32]
        /// Per fold group (`foldOf`): the document frequency.
        var df: [Int]
        var foldOf: [Int]

        /// Appends term `id`'s postings as varints, per document: the document delta, the
        /// score, the best section.
        func append(_ id: Int, to out: inout [UInt8]) {
            let from = termStarts[id], to = termStarts[id + 1]
            // A varint of a value below 2^35 takes at most 7 characters: written into scratch
            // room of that size, then copied once (no zeros written first and trimmed after).
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, 3 * 7 * (to - from))) { buffer in
                var w = IndexEncoding.VarintWriter(base: buffer.baseAddress!)
                docs.withUnsafeBufferPointer { docs in
                scores.withUnsafeBufferPointer { scores in
                sections.withUnsafeBufferPointer { sections in
                    var lastDoc = 0
                    for k in from..<to {
                        let di = Int(docs[k])
                        // Postings are in document order, so deltas are positive.
                        w.append(di - lastDoc)
                        w.append(Int(scores[k]))
                        w.append(Int(sections[k]))
                        lastDoc = di
                    }
                }
                }
                }
                out.append(contentsOf: UnsafeBufferPointer(start: buffer.baseAddress!, count: w.count))
            }
        }
    }

    /// `Int(x.rounded())` (to nearest, halves away from zero) for `x` from 0 up to 2^52, without
    /// the call to `round` the standard library makes on this target: the integer part by
    /// truncation, and the fraction, which a double below 2^52 holds exactly, decides.
    @inline(__always) static func roundedHalfAway(_ x: Double) -> Int {
        guard x >= 0 && x < 4_503_599_627_370_496 else { return Int(x.rounded()) }
        let t = Int(x)
        return x - Double(t) >= 0.5 ? t + 1 : t
    }

    /// The documents' (document, term) pairs grouped by term with a counting sort, stable so
    /// that each term's pairs stay in document order, on every core: each chunk of documents
    /// counts its terms (and the fold groups it has), the counts give each chunk its place in
    /// every term's run, and each chunk writes its pairs there.
    func postings(_ docs: [DocTerms], termCount: Int, foldOf: [Int], foldCount: Int) -> Postings {
        let per = max(64, (docs.count + 7) / 8)
        let chunks = Array(stride(from: 0, to: docs.count, by: per))
        // Chunk c's count of term t is `places[c * termCount + t]`, later where its pairs go.
        var places = [Int](repeating: 0, count: chunks.count * termCount)
        let folds: [[Int]] = places.withUnsafeMutableBufferPointer { places in
            nonisolated(unsafe) let places = places
            return Array(chunks.indices).parallelMap { c in
                let terms = places.baseAddress! + c * termCount
                // Variants that differ only in å/ä/ö share one document frequency, so that the
                // exact variant of a query word ranks above a folded one for the same text.
                var folds = [Int](repeating: 0, count: foldCount)
                var seen = [Int](repeating: -1, count: foldCount)
                // Through buffer pointers: no uniqueness or bounds test per pair.
                folds.withUnsafeMutableBufferPointer { folds in
                seen.withUnsafeMutableBufferPointer { seen in
                foldOf.withUnsafeBufferPointer { foldOf in
                    for di in chunks[c]..<min(chunks[c] + per, docs.count) {
                        docs[di].ids.withUnsafeBufferPointer { ids in
                            for id in ids {
                                terms[Int(id)] += 1
                                let g = foldOf[Int(id)]
                                if seen[g] != di { seen[g] = di; folds[g] += 1 }
                            }
                        }
                    }
                }
                }
                }
                return folds
            }
        }
        // Each chunk's pairs of a term go after the earlier chunks' pairs of that term.
        var termStarts = [Int](repeating: 0, count: termCount + 1)
        var at = 0
        places.withUnsafeMutableBufferPointer { places in
            for t in 0..<termCount {
                termStarts[t] = at
                for c in chunks.indices {
                    let n = places[c * termCount + t]
                    places[c * termCount + t] = at
                    at += n
                }
            }
        }
        termStarts[termCount] = at
        var df = [Int](repeating: 0, count: foldCount)
        for f in folds { for g in 0..<foldCount { df[g] += f[g] } }

        let n = Double(max(docs.count, 1))
        // idf depends only on the fold group's document frequency: one log per group.
        let idf = df.map { df -> Double in
            let dfv = Double(df)
            return log(1 + (n - dfv + 0.5) / (dfv + 0.5))
        }
        let starts = places, total = at
        let k1 = options.k1, scale = options.scoreScale
        // Every place is written once, by one chunk: the arrays are not filled beforehand.
        var pairScore: [Int32] = [], pairSection: [Int32] = []
        let pairDoc = [Int32](unsafeUninitializedCapacity: total) { pairDoc, count in
        pairScore = [Int32](unsafeUninitializedCapacity: total) { pairScore, count in
        pairSection = [Int32](unsafeUninitializedCapacity: total) { pairSection, count in
            nonisolated(unsafe) let pairDoc = pairDoc, pairScore = pairScore, pairSection = pairSection
            DispatchQueue.concurrentPerform(iterations: chunks.count) { c in
                var next = Array(starts[(c * termCount)..<((c + 1) * termCount)])
                // Through buffer pointers: no uniqueness or bounds test per pair.
                next.withUnsafeMutableBufferPointer { next in
                idf.withUnsafeBufferPointer { idf in
                foldOf.withUnsafeBufferPointer { foldOf in
                    for di in chunks[c]..<min(chunks[c] + per, docs.count) {
                        docs[di].ids.withUnsafeBufferPointer { ids in
                        docs[di].scores.withUnsafeBufferPointer { scores in
                            for k in ids.indices {
                                let id = Int(ids[k])
                                let at = next[id]
                                next[id] = at + 1
                                let tilde = scores[k].tilde
                                let score = idf[foldOf[id]] * tilde / (k1 + tilde)
                                pairDoc[at] = Int32(di)
                                pairScore[at] = Int32(max(1, Self.roundedHalfAway(score * scale)))
                                pairSection[at] = scores[k].bestSec
                            }
                        }
                        }
                    }
                }
                }
                }
            }
            count = total
        }
            count = total
        }
            count = total
        }
        return Postings(termStarts: termStarts, docs: pairDoc, scores: pairScore, sections: pairSection, df: df, foldOf: foldOf)
    }
}
