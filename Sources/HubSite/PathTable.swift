/// ASCII content paths (`methods/x.md`) → a number (a position in `hub.documents`), looked
/// up by their bytes. Every link of every page is resolved to a content path and looked up:
/// as bytes it needs no `String` made for it (a UTF-8 validation and an allocation each) and
/// no SipHash of it.
///
/// Only ASCII keys are held: an ASCII path equals a `String` key exactly when their bytes are
/// equal (no other text is canonically equivalent to ASCII text), so a hit here is a hit in
/// the `String` dictionary with the same value. A miss says nothing; callers ask the
/// dictionary then.
struct PathTable: Sendable {
    private struct Entry: Sendable {
        var start: Int32
        var count: Int32
        var value: Int32
    }

    private var bytes: [UInt8] = []
    private var entries: [Entry] = []
    /// Open addressing: an index into `entries`, or -1 for an empty slot.
    private var slots: [Int32]
    private let mask: Int

    /// `pairs` in order: a later pair with the same key replaces an earlier one, as a
    /// dictionary's assignment does. Keys that are not ASCII are left out.
    init(_ pairs: [(key: String, value: Int)]) {
        var size = 16
        while size < pairs.count * 2 { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        bytes.reserveCapacity(pairs.count * 32)
        entries.reserveCapacity(pairs.count)
        for (key, value) in pairs {
            var k = key
            k.withUTF8 { p in
                guard !p.contains(where: { $0 >= 0x80 }) else { return }
                insert(p, value: value)
            }
        }
    }

    private mutating func insert(_ key: UnsafeBufferPointer<UInt8>, value: Int) {
        var i = Int(truncatingIfNeeded: Self.hash(key)) & mask
        while slots[i] >= 0 {
            let e = Int(slots[i])
            if equals(entries[e], key) {
                entries[e].value = Int32(value)
                return
            }
            i = (i + 1) & mask
        }
        slots[i] = Int32(entries.count)
        entries.append(Entry(start: Int32(bytes.count), count: Int32(key.count), value: Int32(value)))
        bytes.append(contentsOf: key)
    }

    private func equals(_ e: Entry, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard Int(e.count) == key.count else { return false }
        if key.isEmpty { return true }
        return bytes.withUnsafeBufferPointer { b in
            // Eight bytes at a time: keys are a few dozen bytes long.
            let a = UnsafeRawPointer(b.baseAddress! + Int(e.start)), k = UnsafeRawPointer(key.baseAddress!)
            var i = 0
            while i + 8 <= key.count {
                if a.loadUnaligned(fromByteOffset: i, as: UInt64.self) != k.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
                i += 8
            }
            while i < key.count {
                if b[Int(e.start) + i] != key[i] { return false }
                i += 1
            }
            return true
        }
    }

    /// The value of `key`, when it is one of the table's (ASCII) keys.
    func value(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = Int(truncatingIfNeeded: Self.hash(key)) & mask
        return slots.withUnsafeBufferPointer { slots in
            while slots[i] >= 0 {
                let e = entries[Int(slots[i])]
                if equals(e, key) { return Int(e.value) }
                i = (i + 1) & mask
            }
            return nil
        }
    }

    /// A hash of the bytes taken eight at a time (a multiply and a shift per word): the keys
    /// are a few dozen bytes, and the table only needs them spread, not protected.
    static func hash(_ p: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h = UInt64(p.count) &* k
        guard let base = p.baseAddress else { return h }
        var i = 0
        while i + 8 <= p.count {
            h = (h ^ UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) &* k
            h ^= h >> 29
            i += 8
        }
        if i < p.count {
            var w: UInt64 = 0
            var shift: UInt64 = 0
            while i < p.count {
                w |= UInt64(p[i]) << shift
                shift += 8
                i += 1
            }
            h = (h ^ w) &* k
            h ^= h >> 29
        }
        return h ^ (h >> 32)
    }
}
