/// A document's distinct tokens, as `DocTokenSink` leaves them: ids in order of first
/// occurrence, the key bytes back to back, each key's hash (`ByteInterner.hash`) and, for a
/// token whose NFC key differs from its first spelling, that spelling. The index builder
/// merges these tables into one in document order, part by part on every core (`MergedTokens`).
struct DocTokenTable: Sendable {
    var arena: [UInt8]
    /// Entry k's key is `arena[starts[k] ..< starts[k + 1]]`.
    var starts: [Int32]
    var hashes: [UInt64]
    var spellings: [Int: [UInt8]]
    /// Per entry: 1 when used in Swedish text, 2 in English, 3 in both.
    var usage: [UInt8]
    /// The entries grouped by hash part (`HashParts`), each part's in order of first
    /// occurrence: part p's are `byPart[partStarts[p] ..< partStarts[p + 1]]`.
    var byPart: [Int32]
    var partStarts: [Int32]

    var count: Int { hashes.count }
}

/// Interns the tokens of one document as `ByteTokenizer` hands them over, and records their
/// ids and languages: the keys, as `ByteInterner` makes them, in scratch memory that this sink
/// owns until `finish()`, so that a token costs one hash, one probe and usually one comparison,
/// with no array bookkeeping on the way. (Once per document the table is copied out.)
struct DocTokenSink: TokenSink {
    private var slots: UnsafeMutablePointer<UInt64>
    private var mask: Int
    private var arena: UnsafeMutablePointer<UInt8>
    private var arenaCapacity: Int
    private var used = 0
    private var starts: UnsafeMutablePointer<Int32>
    private var hashes: UnsafeMutablePointer<UInt64>
    private var usage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0
    private var spellings: [Int: [UInt8]] = [:]
    /// The ids of the tokens, in order: `idCount` of them, in room for `idCapacity`.
    private var ids: UnsafeMutablePointer<Int32>
    private var idCapacity: Int
    private(set) var idCount = 0
    /// The language bit of the tokens being added.
    var bit: UInt8 = 0

    /// `capacity` distinct tokens and `tokens` tokens in all are expected (both grow as needed).
    init(capacity: Int = 512, tokens: Int = 1024) {
        self.capacity = capacity
        idCapacity = max(tokens, 16)
        ids = .allocate(capacity: idCapacity)
        slots = .allocate(capacity: 2 * capacity)
        slots.initialize(repeating: 0, count: 2 * capacity)
        mask = 2 * capacity - 1
        arenaCapacity = 8 * capacity
        arena = .allocate(capacity: arenaCapacity + Self.slack)
        starts = .allocate(capacity: capacity + 1)
        starts[0] = 0
        hashes = .allocate(capacity: capacity)
        usage = .allocate(capacity: capacity)
    }

    /// Room after the arena's `arenaCapacity` bytes: a key of up to 8 bytes is read and
    /// written as one 8-byte word, which may reach past its end.
    static let slack = 8

    /// A token whose scalars are all below U+0300: NFC as it is, so it is its own key.
    @inline(__always) mutating func nfcToken(_ p: UnsafeBufferPointer<UInt8>) {
        add(entry(p, hash: ByteInterner.hash(p)))
    }

    /// `nfcToken` of the `n` bytes (1...8) of `w` (`TokenSink.shortToken`): hashed, compared
    /// and stored as the one word, with no loop over its bytes.
    @inline(__always) mutating func shortToken(_ w: UInt64, count n: Int) {
        let h = ByteInterner.shortHash(w, count: n)
        let low = ByteInterner.lowBytes(n)
        let (e, i) = probe(hash: h, count: n) { [arena] from in UnsafeRawPointer(arena + from).loadUnaligned(as: UInt64.self) & low == w }
        if e >= 0 {
            add(e)
            return
        }
        if used + n > arenaCapacity { growArena(n) }
        // The word's zero bytes past the key land in the slack or where the next key goes.
        UnsafeMutableRawPointer(arena + used).storeBytes(of: w, as: UInt64.self)
        add(newEntry(n, hash: h, slot: i))
    }

    @inline(__always) private mutating func add(_ id: Int) {
        usage[id] |= bit
        if idCount == idCapacity { growIDs() }
        ids[idCount] = Int32(truncatingIfNeeded: id)
        idCount += 1
    }

    private mutating func growIDs() {
        let bigger = UnsafeMutablePointer<Int32>.allocate(capacity: 2 * idCapacity)
        bigger.moveInitialize(from: ids, count: idCount)
        ids.deallocate()
        ids = bigger
        idCapacity *= 2
    }

    mutating func token(_ p: UnsafeBufferPointer<UInt8>) {
        let id: Int
        if ByteInterner.needsNFC(p) {
            // As `ByteInterner.intern`: keyed by NFC, the first spelling kept.
            let spelling = Array(p)
            var key = SearchTokenizer.nfc(String(decoding: p, as: UTF8.self))
            id = key.withUTF8 { k in
                let before = count
                let e = entry(k, hash: ByteInterner.hash(k))
                if count > before && !k.elementsEqual(spelling) { spellings[e] = spelling }
                return e
            }
        } else {
            id = entry(p, hash: ByteInterner.hash(p))
        }
        add(id)
    }

    /// The entry of key `k`, added when new.
    @inline(__always) private mutating func entry(_ k: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Int {
        let n = k.count
        let (e, i) = probe(hash: h, count: n) { [arena] from in n == 0 || ByteInterner.equal(arena + from, k.baseAddress!, n) }
        if e >= 0 { return e }
        if used + n > arenaCapacity { growArena(n) }
        if n > 8 {
            Self.copy(k.baseAddress!, to: arena + used, n)
        } else if n > 0 {
            UnsafeMutableRawPointer(arena + used).storeBytes(of: ByteInterner.paddedWord(k.baseAddress!, n), as: UInt64.self)
        }
        return newEntry(n, hash: h, slot: i)
    }

    /// Looks up a key of `n` bytes with hash `h`: its entry, or -1 and the empty slot where
    /// it goes. `sameBytes(from)` compares the key with the `n` stored bytes at `arena + from`
    /// (one word for a short token, bytes otherwise); inlined into both callers.
    @inline(__always) private func probe(hash h: UInt64, count n: Int, sameBytes: (Int) -> Bool) -> (entry: Int, slot: Int) {
        let tag = h & 0xFFFF_FFFF_0000_0000
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let v = slots[i]
            if v == 0 { return (-1, i) }
            if v & 0xFFFF_FFFF_0000_0000 == tag {
                let e = Int(truncatingIfNeeded: v & 0xFFFF_FFFF) &- 1
                let from = Int(starts[e])
                if Int(starts[e &+ 1]) &- from == n && sameBytes(from) { return (e, i) }
            }
            i = (i &+ 1) & mask
        }
    }

    /// Copies `n` (more than 8) bytes, 8 at a time (the last 8 overlapping), reading none
    /// past `n`: keys are short, and a call to `memmove` costs more than their bytes.
    @inline(__always) static func copy(_ from: UnsafePointer<UInt8>, to: UnsafeMutablePointer<UInt8>, _ n: Int) {
        let src = UnsafeRawPointer(from), dst = UnsafeMutableRawPointer(to)
        var i = 0
        while i + 8 < n {
            dst.storeBytes(of: src.loadUnaligned(fromByteOffset: i, as: UInt64.self), toByteOffset: i, as: UInt64.self)
            i += 8
        }
        dst.storeBytes(of: src.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self), toByteOffset: n - 8, as: UInt64.self)
    }

    /// Records the key of `n` bytes just written at `arena + used` as a new entry, in empty
    /// slot `i`.
    @inline(__always) private mutating func newEntry(_ n: Int, hash h: UInt64, slot i: Int) -> Int {
        used += n
        let e = count
        hashes[e] = h
        usage[e] = 0
        starts[e + 1] = Int32(used)
        slots[i] = (h & 0xFFFF_FFFF_0000_0000) | UInt64(e + 1)
        count = e + 1
        if count == capacity { grow() }
        return e
    }

    /// Makes room for `n` more key bytes.
    private mutating func growArena(_ n: Int) {
        let c = 2 * (arenaCapacity + n)
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: c + Self.slack)
        bigger.update(from: arena, count: used)
        arena.deallocate()
        arena = bigger
        arenaCapacity = c
    }

    /// Doubles the entry room and the slots (kept at most half full).
    private mutating func grow() {
        let c = 2 * capacity
        func moved<T>(_ p: UnsafeMutablePointer<T>, _ keep: Int, _ room: Int) -> UnsafeMutablePointer<T> {
            let q = UnsafeMutablePointer<T>.allocate(capacity: room)
            q.moveInitialize(from: p, count: keep)
            p.deallocate()
            return q
        }
        starts = moved(starts, count + 1, c + 1)
        hashes = moved(hashes, count, c)
        usage = moved(usage, count, c)
        capacity = c
        slots.deallocate()
        slots = .allocate(capacity: 2 * c)
        slots.initialize(repeating: 0, count: 2 * c)
        mask = 2 * c - 1
        for e in 0..<count {
            let h = hashes[e]
            var i = Int(truncatingIfNeeded: h) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = (h & 0xFFFF_FFFF_0000_0000) | UInt64(e + 1)
        }
    }

    /// The table and the token ids, copied out of the scratch memory, which is released: the
    /// sink is not used after. The entries are also listed grouped by hash part (a stable
    /// counting sort, so each part keeps the order of first occurrence).
    mutating func finish() -> (table: DocTokenTable, ids: [Int32]) {
        // Counted and placed through pointers (no bounds or uniqueness test per entry); the
        // parts of the entries are looked up once, in the first pass.
        var partStarts = [Int32](repeating: 0, count: HashParts.count + 1)
        let n = count
        let byPart = [Int32](unsafeUninitializedCapacity: n) { byPart, initialized in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(n, 1)) { parts in
                partStarts.withUnsafeMutableBufferPointer { starts in
                    for e in 0..<n {
                        let p = HashParts.part(hashes[e])
                        parts[e] = UInt8(truncatingIfNeeded: p)
                        starts[p + 1] += 1
                    }
                    for p in 0..<HashParts.count { starts[p + 1] += starts[p] }
                    withUnsafeTemporaryAllocation(of: Int32.self, capacity: HashParts.count) { next in
                        for p in 0..<HashParts.count { next[p] = starts[p] }
                        for e in 0..<n {
                            let p = Int(parts[e])
                            byPart[Int(next[p])] = Int32(truncatingIfNeeded: e)
                            next[p] += 1
                        }
                    }
                }
            }
            initialized = n
        }
        let table = DocTokenTable(arena: Array(UnsafeBufferPointer(start: arena, count: used)),
                                  starts: Array(UnsafeBufferPointer(start: starts, count: count + 1)),
                                  hashes: Array(UnsafeBufferPointer(start: hashes, count: count)),
                                  spellings: spellings,
                                  usage: Array(UnsafeBufferPointer(start: usage, count: count)),
                                  byPart: byPart, partStarts: partStarts)
        let tokenIDs = Array(UnsafeBufferPointer(start: ids, count: idCount))
        slots.deallocate()
        arena.deallocate()
        starts.deallocate()
        hashes.deallocate()
        usage.deallocate()
        ids.deallocate()
        return (table, tokenIDs)
    }
}
