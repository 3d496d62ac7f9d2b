import Foundation

/// Interns byte strings (tokens): ids in order of first insertion, the bytes kept in one
/// arena. Open addressing on a 64-bit hash, so that interning a token costs one hash of its
/// bytes and usually one comparison, with no `String` made.
///
/// Keys follow `String` equality: `String` compares canonically equivalent texts as equal, so
/// a token with a scalar at or above U+0300 (UTF-8 lead byte 0xCC or more) is keyed by its NFC
/// form; the spelling kept is the first one interned, as a `[String: Int]` dictionary would.
struct ByteInterner: Sendable {
    /// Key bytes of all entries, back to back.
    private(set) var arena: [UInt8] = []
    /// Entry k's key is `arena[starts[k] ..< starts[k + 1]]`.
    private(set) var starts: [Int] = [0]
    private(set) var hashes: [UInt64] = []
    /// First spelling of an entry whose key (NFC) differs from it.
    private(set) var spellings: [Int: [UInt8]] = [:]
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int = 64) {
        var c = 16
        while c < capacity * 2 { c <<= 1 }
        slots = [Int32](repeating: -1, count: c)
        mask = c - 1
    }

    var count: Int { hashes.count }

    /// The key bytes of entry `id`.
    func key(_ id: Int) -> ArraySlice<UInt8> { arena[starts[id]..<starts[id + 1]] }

    /// The first spelling of entry `id`.
    func spelling(_ id: Int) -> [UInt8] { spellings[id] ?? Array(key(id)) }

    /// The entry's spelling as a String.
    func string(_ id: Int) -> String { String(decoding: spellings[id] ?? Array(key(id)), as: UTF8.self) }

    static func hash(_ p: UnsafeBufferPointer<UInt8>) -> UInt64 {
        // FNV-1a: short keys, and only needs to spread them over a power-of-two table.
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in p { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h ^ (h >> 29)
    }

    /// Does `p` need an NFC key (has a scalar at or above U+0300)?
    @inline(__always) static func needsNFC(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in p where b >= 0xCC { return true }
        return false
    }

    /// The id of `token`, adding it when new.
    mutating func intern(_ token: UnsafeBufferPointer<UInt8>) -> Int32 {
        // Hash and look for a scalar at or above U+0300 in one pass (as `hash` and `needsNFC`).
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var high: UInt8 = 0
        for b in token {
            h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
            high |= b >= 0xCC ? 1 : 0
        }
        if high != 0 {
            let spelling = Array(token)
            var key = SearchTokenizer.nfc(String(decoding: token, as: UTF8.self))
            return key.withUTF8 { k in
                let (id, added) = insert(k, hash: Self.hash(k))
                if added && !k.elementsEqual(spelling) { spellings[Int(id)] = spelling }
                return id
            }
        }
        return insert(token, hash: h ^ (h >> 29)).id
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

    /// Finds or adds the key `k` (already NFC where needed).
    private mutating func insert(_ k: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> (id: Int32, added: Bool) {
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = slots[i]
            if s < 0 { break }
            let e = Int(s)
            if hashes[e] == h && starts[e + 1] - starts[e] == k.count {
                let same = k.count == 0 || arena.withUnsafeBufferPointer { a in
                    memcmp(a.baseAddress! + starts[e], k.baseAddress!, k.count) == 0
                }
                if same { return (s, false) }
            }
            i = (i + 1) & mask
        }
        let id = Int32(hashes.count)
        slots[i] = id
        arena.append(contentsOf: k)
        starts.append(arena.count)
        hashes.append(h)
        if hashes.count * 2 > slots.count { grow() }
        return (id, true)
    }

    private mutating func grow() {
        let c = slots.count * 2
        slots = [Int32](repeating: -1, count: c)
        mask = c - 1
        for (e, h) in hashes.enumerated() {
            var i = Int(truncatingIfNeeded: h) & mask
            while slots[i] >= 0 { i = (i + 1) & mask }
            slots[i] = Int32(e)
        }
    }
}
