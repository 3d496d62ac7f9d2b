import Foundation

/// Interns byte strings (tokens): ids in order of first insertion, the bytes kept in one
/// arena. Open addressing on a 64-bit hash, so that interning a token costs one hash of its
/// bytes and usually one comparison, with no `String` made.
///
/// Keys follow `String` equality: `String` compares canonically equivalent texts as equal, so
/// a token with a scalar at or above U+0300 (UTF-8 lead byte 0xCC or more) is keyed by its NFC
/// form; the spelling kept is the first one interned, as a `[String: Int]` dictionary would.
struct ByteInterner: Sendable {
    /// Key bytes of all entries, back to back; only the first `used` bytes are keys (the
    /// array grows by doubling, so adding a key is one copy into room already there).
    private var arena: [UInt8]
    private var used = 0
    /// Entry k's key is `arena[starts[k] ..< starts[k + 1]]`.
    private var starts: [Int] = [0]
    private(set) var hashes: [UInt64] = []
    /// First spelling of an entry whose key (NFC) differs from it.
    private var spellings: [Int: [UInt8]] = [:]
    /// Per slot: 0 when empty, else the high 32 bits of the hash and the entry number + 1, so
    /// that a probe usually settles on the slot alone.
    private var slots: [UInt64]
    private var mask: Int

    init(capacity: Int = 64) {
        var c = 16
        while c < capacity * 2 { c <<= 1 }
        slots = [UInt64](repeating: 0, count: c)
        mask = c - 1
        arena = [UInt8](repeating: 0, count: max(64, capacity * 8))
        starts.reserveCapacity(capacity + 1)
        hashes.reserveCapacity(capacity)
    }

    var count: Int { hashes.count }

    /// The key bytes of entry `id`.
    func key(_ id: Int) -> ArraySlice<UInt8> { arena[starts[id]..<starts[id + 1]] }

    /// The first spelling of entry `id`.
    func spelling(_ id: Int) -> [UInt8] { spellings[id] ?? Array(key(id)) }

    /// The entry's spelling as a String.
    func string(_ id: Int) -> String {
        if let s = spellings[id] { return String(decoding: s, as: UTF8.self) }
        return arena.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[starts[id]..<starts[id + 1]]), as: UTF8.self) }
    }

    /// A multiplicative hash over 8-byte words (the last word overlapping the one before);
    /// a key of at most 8 bytes is one word, its bytes in the low bits padded with zeros
    /// (`shortHash`, which the tokenizer calls with the word it already holds). A few
    /// multiplications per token instead of one per byte. Only equal keys must hash alike;
    /// ids never depend on it.
    @inline(__always) static func hash(_ p: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let n = p.count
        guard let base = p.baseAddress, n > 0 else { return 0x9E37_79B9_7F4A_7C15 }
        if n <= 8 { return shortHash(paddedWord(base, n), count: n) }
        let raw = UnsafeRawPointer(base)
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h = UInt64(truncatingIfNeeded: n) &* k
        var i = 0
        while i + 8 < n {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* k
            h ^= h >> 29
            i += 8
        }
        h = (h ^ raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)) &* k
        return finish(h)
    }

    /// The hash of a key of `n` bytes (1...8) given as one word: its bytes in the low bits
    /// (the first lowest), zeros above.
    @inline(__always) static func shortHash(_ w: UInt64, count n: Int) -> UInt64 {
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        return finish((UInt64(truncatingIfNeeded: n) &* k ^ w) &* k)
    }

    @inline(__always) private static func finish(_ x: UInt64) -> UInt64 {
        let h = x ^ (x >> 32)
        return h &* 0xD6E8_FEB8_6659_FD93 ^ (h >> 29)
    }

    /// The `n` bytes (1...8) at `base` as one word, padded with zeros, read without touching
    /// a byte past them: two overlapping 4-byte loads, or single bytes below 4.
    @inline(__always) static func paddedWord(_ base: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
        if n >= 4 {
            let raw = UnsafeRawPointer(base)
            let a = UInt64(raw.loadUnaligned(as: UInt32.self)), b = UInt64(raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))
            return a | b << (8 * (n - 4))
        }
        return UInt64(base[0]) | UInt64(base[n >> 1]) << (8 * (n >> 1)) | UInt64(base[n - 1]) << (8 * (n - 1))
    }

    /// The mask of the low `n` bytes of a word (n in 1...8).
    @inline(__always) static func lowBytes(_ n: Int) -> UInt64 { UInt64.max >> (64 - 8 * n) }

    /// Does `p` need an NFC key (has a scalar at or above U+0300)?
    @inline(__always) static func needsNFC(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        // Most tokens are ASCII: their bytes are tested eight (or four) at a time.
        let n = p.count
        if n >= 4, let base = p.baseAddress {
            let raw = UnsafeRawPointer(base)
            var any: UInt64 = 0
            if n >= 8 {
                var i = 0
                while i + 8 < n { any |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self); i += 8 }
                any |= raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
            } else {
                any = UInt64(raw.loadUnaligned(as: UInt32.self) | raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))
            }
            if any & 0x8080_8080_8080_8080 == 0 { return false }
        }
        for b in p where b >= 0xCC { return true }
        return false
    }

    /// Are the `n` bytes at `a` and `b` equal? Compared a word at a time (the last word
    /// overlapping), as keys are short and a call to `memcmp` would cost more than the bytes.
    @inline(__always) static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
        if n >= 8 {
            var i = 0
            while i + 8 < n {
                if ra.loadUnaligned(fromByteOffset: i, as: UInt64.self) != rb.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
                i += 8
            }
            return ra.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) == rb.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
        }
        if n >= 4 {
            return ra.loadUnaligned(as: UInt32.self) == rb.loadUnaligned(as: UInt32.self)
                && ra.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self) == rb.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
        }
        var i = 0
        while i < n { if a[i] != b[i] { return false }; i += 1 }
        return true
    }

    /// The id of `token`, adding it when new.
    mutating func intern(_ token: UnsafeBufferPointer<UInt8>) -> Int32 {
        if Self.needsNFC(token) {
            let spelling = Array(token)
            var key = SearchTokenizer.nfc(String(decoding: token, as: UTF8.self))
            return key.withUTF8 { k in
                let (id, added) = insert(k, hash: Self.hash(k))
                if added && !k.elementsEqual(spelling) { spellings[Int(id)] = spelling }
                return id
            }
        }
        return insert(token, hash: Self.hash(token)).id
    }

    /// Is `token` (as String equality sees it) in the table?
    func contains(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        if Self.needsNFC(token) {
            var key = SearchTokenizer.nfc(String(decoding: token, as: UTF8.self))
            return key.withUTF8 { find($0, hash: Self.hash($0)).entry >= 0 }
        }
        return find(token, hash: Self.hash(token)).entry >= 0
    }

    /// Is `s` in the table?
    func contains(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { contains($0) }
    }

    /// The id of `s`, adding it when new.
    mutating func intern(_ s: String) -> Int {
        var s = s
        return Int(s.withUTF8 { intern($0) })
    }

    /// Entry `id` of `other`, its spelling kept when new here.
    mutating func intern(_ id: Int, of other: ByteInterner) -> Int32 {
        let h = other.hashes[id]
        return other.arena.withUnsafeBufferPointer { a in
            let (mine, added) = insert(UnsafeBufferPointer(rebasing: a[other.starts[id]..<other.starts[id + 1]]), hash: h)
            if added, let s = other.spellings[id] { spellings[Int(mine)] = s }
            return mine
        }
    }

    /// The key `key` (NFC where needed) with its `hash`, as another table made them: its id
    /// here, and whether it is new (then `keepSpelling` may record how it was first spelled).
    @inline(__always) mutating func intern(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> (id: Int32, added: Bool) {
        insert(key, hash: h)
    }

    /// Records `spelling` as the first spelling of entry `id`, whose key differs from it.
    mutating func keepSpelling(_ spelling: [UInt8], of id: Int32) {
        spellings[Int(id)] = spelling
    }

    @inline(__always) private static func slotValue(_ h: UInt64, _ entry: Int) -> UInt64 {
        (h & 0xFFFF_FFFF_0000_0000) | UInt64(entry + 1)
    }

    /// The entry of key `k`, or -1; `slot` is where the probe stopped (an empty slot when absent).
    @inline(__always) private func find(_ k: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> (entry: Int, slot: Int) {
        let tag = h & 0xFFFF_FFFF_0000_0000
        return slots.withUnsafeBufferPointer { slots in
            starts.withUnsafeBufferPointer { starts in
                arena.withUnsafeBufferPointer { a in
                    var i = Int(truncatingIfNeeded: h) & mask
                    while true {
                        let v = slots[i]
                        if v == 0 { return (-1, i) }
                        if v & 0xFFFF_FFFF_0000_0000 == tag {
                            let e = Int(v & 0xFFFF_FFFF) - 1
                            let from = starts[e]
                            if starts[e + 1] - from == k.count && (k.count == 0 || Self.equal(a.baseAddress! + from, k.baseAddress!, k.count)) {
                                return (e, i)
                            }
                        }
                        i = (i + 1) & mask
                    }
                }
            }
        }
    }

    /// Finds or adds the key `k` (already NFC where needed). Inlined where it is called: most
    /// calls find a key that is there (the merge of the documents' tables), and the call
    /// itself would cost as much as the probe.
    @inline(__always) private mutating func insert(_ k: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> (id: Int32, added: Bool) {
        let (e, slot) = find(k, hash: h)
        if e >= 0 { return (Int32(e), false) }
        return (add(k, hash: h, slot: slot), true)
    }

    /// Adds the key `k`, which is not in the table, in empty slot `slot`.
    @inline(never) private mutating func add(_ k: UnsafeBufferPointer<UInt8>, hash h: UInt64, slot: Int) -> Int32 {
        let id = hashes.count
        slots[slot] = Self.slotValue(h, id)
        let n = k.count
        if used + n > arena.count { arena.append(contentsOf: repeatElement(0, count: max(arena.count, n))) }
        if n > 0 {
            let at = used
            arena.withUnsafeMutableBufferPointer { a in (a.baseAddress! + at).update(from: k.baseAddress!, count: n) }
        }
        used += n
        starts.append(used)
        hashes.append(h)
        if hashes.count * 2 > slots.count { grow() }
        return Int32(id)
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
