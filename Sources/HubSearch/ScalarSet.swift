/// A set of words as Unicode scalar values, for the decompounder's many lookups of word
/// slices: open addressing on a cheap hash, the words back to back in one arena, so a
/// lookup of `w[i..<j]` makes no array and hashes no `Hasher` state.
struct ScalarSet: Sendable {
    private var arena: [UInt32] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Per slot: 0 when empty, else the high 32 bits of the hash and the entry number + 1, so
    /// that a probe usually touches one cache line.
    private var slots: [UInt64]
    private var mask: Int

    init(capacity: Int = 64) {
        var c = 16
        while c < capacity * 2 { c <<= 1 }
        slots = [UInt64](repeating: 0, count: c)
        mask = c - 1
    }

    var count: Int { hashes.count }

    /// FNV-1a, which can be extended scalar by scalar (`step`) before `finish`: the
    /// decompounder looks up `w[i..<j]` for growing `j`.
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always) static func step(_ h: UInt64, _ v: UInt32) -> UInt64 { (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3 }
    @inline(__always) static func finish(_ h: UInt64) -> UInt64 { h ^ (h >> 29) }

    @inline(__always) static func hash(_ w: UnsafeBufferPointer<UInt32>) -> UInt64 {
        var h = seed
        for v in w { h = step(h, v) }
        return finish(h)
    }

    /// Is `w` in the set?
    func contains(_ w: ArraySlice<UInt32>) -> Bool {
        w.withUnsafeBufferPointer { find($0, hash: Self.hash($0)) >= 0 }
    }

    /// Is `w` in the set, given the unfinished hash of its scalars (`step` from `seed`)?
    /// Inlined: the decompounder asks for every slice of a word it tries.
    @inline(__always) func contains(_ w: ArraySlice<UInt32>, partialHash h: UInt64) -> Bool {
        w.withUnsafeBufferPointer { find($0, hash: Self.finish(h)) >= 0 }
    }

    /// Adds `w` (no effect when present).
    mutating func insert(_ w: ArraySlice<UInt32>) {
        w.withUnsafeBufferPointer { p in
            let h = Self.hash(p)
            if find(p, hash: h) >= 0 { return }
            var i = Int(truncatingIfNeeded: h) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = Self.slotValue(h, hashes.count)
            arena.append(contentsOf: p)
            starts.append(arena.count)
            hashes.append(h)
            if hashes.count * 2 > slots.count { grow() }
        }
    }

    @inline(__always) private static func slotValue(_ h: UInt64, _ entry: Int) -> UInt64 {
        (h & 0xFFFF_FFFF_0000_0000) | UInt64(entry + 1)
    }

    @inline(__always) private func find(_ w: UnsafeBufferPointer<UInt32>, hash h: UInt64) -> Int {
        let tag = h & 0xFFFF_FFFF_0000_0000
        return slots.withUnsafeBufferPointer { slots in
            var i = Int(truncatingIfNeeded: h) & mask
            while true {
                let v = slots[i]
                if v == 0 { return -1 }
                if v & 0xFFFF_FFFF_0000_0000 == tag {
                    let s = Int(v & 0xFFFF_FFFF) - 1
                    let from = starts[s]
                    if starts[s + 1] - from == w.count {
                        let same = arena.withUnsafeBufferPointer { a in
                            var k = 0
                            while k < w.count && a[from + k] == w[k] { k += 1 }
                            return k == w.count
                        }
                        if same { return s }
                    }
                }
                i = (i + 1) & mask
            }
        }
    }

    private mutating func grow() {
        let c = slots.count * 2
        slots = [UInt64](repeating: 0, count: c)
        mask = c - 1
        for (e, h) in hashes.enumerated() {
            var i = Int(truncatingIfNeeded: h) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = Self.slotValue(h, e)
        }
    }
}
