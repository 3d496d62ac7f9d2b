import Foundation
import HubContent

/// The term shards: terms sorted by folded form and name, their entries (with the postings)
/// made in chunks on every core, cut into shards by prefix, and each shard file joined on
/// every core. Only the cut itself is sequential, and it reads integers.
extension IndexBuilder {
    /// The entries of the sorted terms, `per` to a chunk: each `[term, df, postings, lang]`,
    /// where df counts the documents of all the term's å/ä/ö variants (the runtime derives idf
    /// from it) and lang says which stemmer made the term (1 Swedish, 2 English, 3 both or a code).
    struct ShardEntries: Sendable {
        static let per = 1024
        /// Per chunk: the entries' JSON back to back, and where each ends.
        var json: [[UInt8]]
        var ends: [[Int]]
        /// Entry i's folded term as scalar values: `scalars[scalarStarts[i] ..< scalarStarts[i + 1]]`.
        var scalars: [UInt32]
        var scalarStarts: [Int]
        /// The JSON bytes of the entries before entry i.
        var bytesBefore: [Int]

        var count: Int { scalarStarts.count - 1 }

        /// The shard of entries `range`: a JSON array.
        func shard(_ range: Range<Int>) -> JSONWriter {
            var j = JSONWriter()
            j.bytes.reserveCapacity(bytesBefore[range.upperBound] - bytesBefore[range.lowerBound] + range.count + 2)
            j.raw("[")
            for i in range {
                if i > range.lowerBound { j.raw(",") }
                let c = i / Self.per, k = i % Self.per
                j.bytes += json[c][(k == 0 ? 0 : ends[c][k - 1])..<ends[c][k]]
            }
            j.raw("]")
            return j
        }
    }

    /// Term shards cut by prefix of the folded term and by size; returns the prefixes.
    /// `order` is the terms' shard order (`TermOrder.sorted`).
    func writeShards(termNames: [String], folded: [String], order: [Int32], langs: [UInt8], postings: Postings,
                     into files: inout [SearchOutputFile]) -> [String] {
        let entries = shardEntries(order: order, termNames: termNames, folded: folded, langs: langs, postings: postings)
        var shards: [(prefix: [UInt32], range: Range<Int>)] = []
        cut(entries, 0..<entries.count, prefix: [], into: &shards)
        let cuts = shards
        let prefixes = shards.map { String(String.UnicodeScalarView($0.prefix.map { Unicode.Scalar($0)! })) }
        files += Array(shards.indices).parallelMap { Self.file(Self.shardName(prefixes[$0]), entries.shard(cuts[$0].range)) }
        return prefixes
    }

    /// The entries of the terms in `order`, chunk by chunk on every core.
    func shardEntries(order: [Int32], termNames: [String], folded: [String], langs: [UInt8], postings: Postings) -> ShardEntries {
        let per = ShardEntries.per
        let chunks: [(json: [UInt8], ends: [Int], scalars: [UInt32], scalarCounts: [Int])] =
            Array(stride(from: 0, to: order.count, by: per)).parallelMap { first in
                var j = JSONWriter()
                var ends: [Int] = [], scalars: [UInt32] = [], scalarCounts: [Int] = []
                let last = min(first + per, order.count)
                // Sized once: a term has at most as many scalars as UTF-8 bytes.
                ends.reserveCapacity(last - first)
                scalarCounts.reserveCapacity(last - first)
                scalars.reserveCapacity(order[first..<last].reduce(0) { $0 + folded[Int($1)].utf8.count })
                for at in first..<last {
                    let id = Int(order[at])
                    j.raw("[")
                    j.string(termNames[id])
                    j.raw(",")
                    j.int(postings.df[postings.foldOf[id]])
                    j.raw(",\"")
                    postings.append(id, to: &j.bytes)
                    j.raw("\",")
                    j.int(Int(langs[id]))
                    j.raw("]")
                    ends.append(j.bytes.count)
                    let before = scalars.count
                    for u in folded[id].unicodeScalars { scalars.append(u.value) }
                    scalarCounts.append(scalars.count - before)
                }
                return (j.bytes, ends, scalars, scalarCounts)
            }
        var scalarStarts = [0], bytesBefore = [0]
        scalarStarts.reserveCapacity(order.count + 1)
        bytesBefore.reserveCapacity(order.count + 1)
        for c in chunks {
            for n in c.scalarCounts { scalarStarts.append(scalarStarts[scalarStarts.count - 1] + n) }
            var last = 0
            for end in c.ends {
                bytesBefore.append(bytesBefore[bytesBefore.count - 1] + end - last)
                last = end
            }
        }
        var scalars: [UInt32] = []
        scalars.reserveCapacity(scalarStarts[scalarStarts.count - 1])
        for c in chunks { scalars += c.scalars }
        return ShardEntries(json: chunks.map(\.json), ends: chunks.map(\.ends), scalars: scalars,
                            scalarStarts: scalarStarts, bytesBefore: bytesBefore)
    }

    /// Cuts `range` of the entries (all sharing `prefix`) into shards of at most the target
    /// size, by the folded term's next scalar, in order.
    func cut(_ entries: ShardEntries, _ range: Range<Int>, prefix: [UInt32], into shards: inout [(prefix: [UInt32], range: Range<Int>)]) {
        let size = entries.bytesBefore[range.upperBound] - entries.bytesBefore[range.lowerBound] + range.count
        let depth = prefix.count
        if size <= options.shardTargetBytes || depth >= 32 {
            shards.append((prefix, range))
            return
        }
        func length(_ i: Int) -> Int { entries.scalarStarts[i + 1] - entries.scalarStarts[i] }
        func scalar(_ i: Int) -> UInt32 { entries.scalars[entries.scalarStarts[i] + depth] }
        // Terms no longer than the prefix stay in the prefix's own shard.
        var start = range.lowerBound
        while start < range.upperBound && length(start) <= depth { start += 1 }
        if start > range.lowerBound { shards.append((prefix, range.lowerBound..<start)) }
        var i = start
        while i < range.upperBound {
            let key = scalar(i)
            var j = i
            while j < range.upperBound && scalar(j) == key { j += 1 }
            cut(entries, i..<j, prefix: prefix + [key], into: &shards)
            i = j
        }
    }
}

/// The order of the terms in the shards: by folded term, then term, in `String` order. For
/// text below U+0300 (NFC, so `String` order is scalar order) that is UTF-8 byte order: those
/// keys are compared as bytes in one arena, without `String`.
struct TermOrder: Sendable {
    /// Term i's folded form is `bytes[starts[2i] ..< starts[2i + 1]]`, its name the bytes up
    /// to `starts[2i + 2]`.
    var bytes: [UInt8] = []
    var starts: [Int] = [0]
    /// Whether term i's keys have no byte at or above 0xCC (no scalar at or above U+0300)
    /// and no zero byte.
    var simple: [Bool] = []
    /// The first 8 bytes of term i's folded form as one big-endian number, padded with zeros:
    /// for simple keys, unequal numbers order as the folded forms do (a zero pad is below
    /// every byte of a longer form), so most comparisons stop there.
    var prefix: [UInt64] = []

    /// The term ids in shard order.
    static func sorted(termNames: [String], folded: [String]) -> [Int32] {
        // Keys made in chunks on every core, then joined.
        let per = 8192
        let chunks = Array(stride(from: 0, to: termNames.count, by: per)).parallelMap { first in
            var keys = TermOrder()
            for t in first..<min(first + per, termNames.count) { keys.append(folded: folded[t], term: termNames[t]) }
            return keys
        }
        var keys = TermOrder()
        keys.bytes.reserveCapacity(chunks.reduce(0) { $0 + $1.bytes.count })
        for c in chunks {
            let base = keys.bytes.count
            keys.bytes += c.bytes
            keys.starts += c.starts.dropFirst().map { $0 + base }
            keys.simple += c.simple
            keys.prefix += c.prefix
        }
        let k = keys
        return parallelSorted(termNames.count) { a, b in
            guard k.simple[a] && k.simple[b] else {
                return folded[a] != folded[b] ? folded[a] < folded[b] : termNames[a] < termNames[b]
            }
            if k.prefix[a] != k.prefix[b] { return k.prefix[a] < k.prefix[b] }
            let c = k.compare(2 * a, 2 * b)
            return c != 0 ? c < 0 : k.compare(2 * a + 1, 2 * b + 1) < 0
        }
    }

    /// Adds the next term's keys.
    mutating func append(folded: String, term: String) {
        let from = bytes.count
        Self.add(folded, to: &bytes)
        let foldedEnd = bytes.count
        starts.append(foldedEnd)
        Self.add(term, to: &bytes)
        starts.append(bytes.count)
        simple.append(!bytes[from...].contains { $0 >= 0xCC || $0 == 0 })
        var p: UInt64 = 0
        for k in from..<(from + 8) { p = p << 8 | UInt64(k < foldedEnd ? bytes[k] : 0) }
        prefix.append(p)
    }

    /// Appends the UTF-8 of `s` in one copy.
    private static func add(_ s: String, to bytes: inout [UInt8]) {
        var s = s
        s.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Byte order of keys `a` and `b` (negative, zero, positive), as `lexicographicallyPrecedes`
    /// orders them, with one `memcmp`.
    func compare(_ a: Int, _ b: Int) -> Int {
        let na = starts[a + 1] - starts[a], nb = starts[b + 1] - starts[b]
        let common = min(na, nb)
        let c = common == 0 ? 0 : bytes.withUnsafeBufferPointer { p in
            Int(memcmp(p.baseAddress! + starts[a], p.baseAddress! + starts[b], common))
        }
        return c != 0 ? c : na - nb
    }

    /// `0..<n` sorted by `less` (a strict total order): blocks sorted on every core, then
    /// merged pairwise, the merges of a round on every core too.
    static func parallelSorted(_ n: Int, by less: @escaping @Sendable (Int, Int) -> Bool) -> [Int32] {
        let blocks = 8
        let per = max(1, (n + blocks - 1) / blocks)
        var runs: [[Int32]] = Array(stride(from: 0, to: n, by: per)).parallelMap { first in
            Array(Int32(first)..<Int32(min(first + per, n))).sorted { less(Int($0), Int($1)) }
        }
        while runs.count > 1 {
            let pairs = runs
            runs = Array(stride(from: 0, to: pairs.count, by: 2)).parallelMap { i in
                i + 1 < pairs.count ? merged(pairs[i], pairs[i + 1], by: less) : pairs[i]
            }
        }
        return runs.first ?? []
    }

    /// Two sorted runs as one.
    static func merged(_ a: [Int32], _ b: [Int32], by less: (Int, Int) -> Bool) -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if less(Int(b[j]), Int(a[i])) { out.append(b[j]); j += 1 } else { out.append(a[i]); i += 1 }
        }
        out += a[i...]
        out += b[j...]
        return out
    }
}
