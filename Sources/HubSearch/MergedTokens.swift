import Dispatch
import HubContent

/// Hash parts, for interning on every core: equal keys have equal hashes, so all occurrences
/// of a key fall in one part, and a part interned by its own task, in input order, keeps the
/// first spelling of each of its keys, as one sequential pass would.
enum HashParts {
    /// Four parts: enough for two cores and some slack. Every part's task reads every
    /// document's table; at 32 parts those reads (cache misses) cost more than the merge.
    static let bits = 2
    static let count = 1 << bits

    /// The part of a key with hash `h`: its top bits (tables probe from the low bits, so a
    /// part's table still spreads its keys over all slots).
    @inline(__always) static func part(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h >> (64 - bits)) }
}

/// The documents' token tables merged into one: every distinct token (by `String` equality)
/// once, spelled as in the first document that has it, and each document's local ids mapped
/// to the merged ids. Ids are numbered part by part (nothing downstream depends on the order).
struct MergedTokens: Sendable {
    var tokens: [String]
    /// Per token: 1 when used in Swedish text, 2 in English, 3 in both.
    var usage: [UInt8]
    /// Local id k of document d is token `ids[docStart[d] + k]`.
    var ids: [Int32]
    var docStart: [Int]

    /// Each hash part merged by its own task over all documents, in document order; then the
    /// parts' ids are shifted to follow one another.
    init(_ tables: [DocTokenTable]) {
        var docStart = [0]
        docStart.reserveCapacity(tables.count + 1)
        for t in tables { docStart.append(docStart[docStart.count - 1] + t.count) }
        let starts = docStart
        var ids = [Int32](repeating: 0, count: starts[tables.count])
        let parts: [(table: ByteInterner, usage: [UInt8])] = ids.withUnsafeMutableBufferPointer { out in
            nonisolated(unsafe) let out = out
            // Each task writes only the ids of its own part's entries.
            return Array(0..<HashParts.count).parallelMap { p in Self.merge(part: p, of: tables, docStart: starts, into: out) }
        }
        var offset = [Int32](repeating: 0, count: HashParts.count)
        for p in 1..<HashParts.count { offset[p] = offset[p - 1] + Int32(parts[p - 1].table.count) }
        let shift = offset
        ids.withUnsafeMutableBufferPointer { out in
            nonisolated(unsafe) let out = out
            let per = 256
            DispatchQueue.concurrentPerform(iterations: (tables.count + per - 1) / per) { chunk in
                for d in (chunk * per)..<min((chunk + 1) * per, tables.count) {
                    let byPart = tables[d].byPart, partStarts = tables[d].partStarts
                    for p in 1..<HashParts.count {
                        for k in Int(partStarts[p])..<Int(partStarts[p + 1]) { out[starts[d] + Int(byPart[k])] += shift[p] }
                    }
                }
            }
        }
        self.ids = ids
        self.docStart = starts
        tokens = parts.parallelMap { part in (0..<part.table.count).map { part.table.string($0) } }.flatMap { $0 }
        usage = parts.flatMap(\.usage)
    }

    /// Part `p` of every table, interned in document order; the part's ids go to `out`.
    private static func merge(part p: Int, of tables: [DocTokenTable], docStart: [Int],
                              into out: UnsafeMutableBufferPointer<Int32>) -> (table: ByteInterner, usage: [UInt8]) {
        var table = ByteInterner(capacity: 1024)
        // The part's entries over all documents bound its distinct tokens: the usage bits live
        // in memory of that size, with no array bookkeeping per entry.
        var bound = 0
        for t in tables { bound += Int(t.partStarts[p + 1] - t.partStarts[p]) }
        let usage = UnsafeMutablePointer<UInt8>.allocate(capacity: max(bound, 1))
        defer { usage.deallocate() }
        var distinct = 0
        // Through a buffer pointer, a table is read in place: a copy of it would retain and
        // release its arrays, once per document and part.
        tables.withUnsafeBufferPointer { tables in
            for d in tables.indices {
                let from = Int(tables[d].partStarts[p]), to = Int(tables[d].partStarts[p + 1])
                if from == to { continue }
                let spelled = !tables[d].spellings.isEmpty
                let at = docStart[d]
                tables[d].arena.withUnsafeBufferPointer { arena in
                tables[d].starts.withUnsafeBufferPointer { starts in
                tables[d].byPart.withUnsafeBufferPointer { byPart in
                tables[d].hashes.withUnsafeBufferPointer { hashes in
                tables[d].usage.withUnsafeBufferPointer { docUsage in
                    for k in from..<to {
                        let e = Int(byPart[k])
                        let key = UnsafeBufferPointer(rebasing: arena[Int(starts[e])..<Int(starts[e + 1])])
                        let (id, added) = table.intern(key, hash: hashes[e])
                        // Only a new key's first spelling is kept (and only NFC keys have one).
                        if added && spelled, let s = tables[d].spellings[e] { table.keepSpelling(s, of: id) }
                        let g = Int(id)
                        if g == distinct {
                            usage[g] = 0
                            distinct += 1
                        }
                        usage[g] |= docUsage[e]
                        out[at + e] = Int32(truncatingIfNeeded: g)
                    }
                }
                }
                }
                }
                }
            }
        }
        return (table, Array(UnsafeBufferPointer(start: usage, count: distinct)))
    }
}
