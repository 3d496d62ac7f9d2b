/// `SearchTokenizer.forEachToken` on UTF-8 bytes, for the index builder: the same tokens, as
/// byte slices into a reused buffer instead of one `String` per token.
///
/// Why it can stay exact without Foundation: the old path lowercases scalar by scalar and
/// runs NFC only when a scalar at or above U+0300 appears. Text whose lowercase scalars are all
/// below U+0300 is NFC already; so is text that adds only the "inert" scalars of `isInert`
/// (dashes, quotes, ellipsis, emoji: no case, no decomposition, combining class 0,
/// never composing with a neighbour). Anything else (Greek, combining marks, CJK …) takes the
/// old String path, so its tokens are the old tokens by construction.
enum ByteTokenizer {
    static let word: UInt8 = 1, letter: UInt8 = 2, apostrophe: UInt8 = 4, hyphen: UInt8 = 8
    /// A lowercase value meaning "not on the fast path".
    static let slow: UInt32 = .max

    /// Lowercase scalar and class flags of every scalar below U+0300 (Latin-1 and Latin
    /// Extended, where Swedish and most European text lives).
    static let table: (lower: [UInt32], flags: [UInt8]) = {
        var lower = [UInt32](repeating: slow, count: 0x300)
        var flags = [UInt8](repeating: 0, count: 0x300)
        for v in 0..<UInt32(0x300) {
            guard let u = Unicode.Scalar(v) else { continue }
            flags[Int(v)] = classify(u)
            if v < 0x80 {
                lower[Int(v)] = v >= 0x41 && v <= 0x5A ? v + 0x20 : v
                continue
            }
            let l = Array(u.properties.lowercaseMapping.unicodeScalars)
            if l.count == 1 && l[0].value < 0x300 { lower[Int(v)] = l[0].value }
        }
        return (lower, flags)
    }()

    /// The class flags of a scalar, from its Unicode general category (as `SearchTokenizer`).
    static func classify(_ u: Unicode.Scalar) -> UInt8 {
        var f: UInt8 = 0
        if SearchTokenizer.isWordScalar(u) { f |= word }
        if SearchTokenizer.isLetter(u) { f |= letter }
        if u.value == 0x27 || u.value == 0x2019 { f |= apostrophe }
        if SearchTokenizer.isHyphen(u.value) { f |= hyphen }
        return f
    }

    /// Scalars at or above U+0300 that leave lowercasing and NFC as they are: general
    /// punctuation (not U+2000/U+2001, which NFC maps to U+2002/U+2003), currency, box
    /// drawing, shapes, dingbats, emoji, variation selectors (not arrows: some are composites).
    /// `ByteTokenizerTests` checks every one against Foundation.
    @inline(__always) static func isInert(_ v: UInt32) -> Bool {
        switch v {
        case 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x2500...0x2767,
             0x2794...0x27BF, 0x1F000...0x1FAFF, 0xFE00...0xFE0F:
            return true
        default:
            return false
        }
    }

    /// Per byte: the class flags of the byte as a (lowercased) ASCII scalar; 0 for bytes of
    /// multi-byte scalars, which take the general step of `scan`.
    static let asciiFlags: [UInt8] = (0..<256).map { $0 < 0x80 ? table.flags[Int(table.lower[$0])] : 0 }
    /// Per ASCII byte: its lowercase.
    static let asciiLower: [UInt8] = (0..<128).map { UInt8(table.lower[$0]) }

    /// Calls `sink.token` with the UTF-8 bytes of every token of `text`, in the order of
    /// `SearchTokenizer.forEachToken`. The buffer is only valid during the call.
    static func tokenize<Sink: TokenSink>(_ text: String, into sink: inout Sink) {
        var text = text
        if text.utf8.isEmpty { return }
        if !text.withUTF8({ tokenizeFast($0, into: &sink) }) {
            SearchTokenizer.forEachToken(text) { s in
                var s = s
                s.withUTF8 { sink.token($0) }
            }
        }
    }

    /// `tokenize` of the text whose (valid) UTF-8 is `bytes`: no String is made unless the
    /// text needs the String path.
    static func tokenize<Sink: TokenSink>(utf8 bytes: [UInt8], into sink: inout Sink) {
        if bytes.isEmpty { return }
        if !bytes.withUnsafeBufferPointer({ tokenizeFast($0, into: &sink) }) {
            tokenize(String(decoding: bytes, as: UTF8.self), into: &sink)
        }
    }

    /// The byte path, when `isFast` accepts the text; false (and no token) otherwise.
    private static func tokenizeFast<Sink: TokenSink>(_ p: UnsafeBufferPointer<UInt8>, into sink: inout Sink) -> Bool {
        let n = p.count
        if n == 0 { return true }
        if !isFast(p) { return false }
        // Lowercasing below U+0300 never makes a scalar longer in UTF-8 (inert scalars keep
        // their bytes, `’` becomes one byte), so the current hyphen chain and its
        // run-together form each fit in `n` bytes; a chain has at most n / 2 + 1 parts.
        // 8 bytes more, so that a word can be read at any token's start (`Chain.put`).
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * n + 8) { buffer in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * (n / 2 + 1)) { parts in
                scan(p, chain: buffer.baseAddress!, joined: buffer.baseAddress! + n,
                     partEnds: parts.baseAddress!, partCounts: parts.baseAddress! + (n / 2 + 1), into: &sink)
            }
        }
        return true
    }

    /// Can the UTF-8 text `p` take the byte path: is every scalar below U+0300 with a
    /// lowercase of one scalar below U+0300, or inert? ASCII is skipped eight bytes at a time.
    static func isFast(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = p.baseAddress else { return true }
        let n = p.count
        let raw = UnsafeRawPointer(base)
        return table.lower.withUnsafeBufferPointer { lower in
            var i = 0
            while i < n {
                // Eight bytes with none at 0xC4 or above: ASCII, and scalars below U+0100
                // (all fast), or their continuation bytes.
                if i + 8 <= n && noneFromC4(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                    i += 8
                    continue
                }
                let b = base[i]
                if b < 0xC0 {
                    // ASCII, or a continuation byte of a scalar below U+0100 the step above
                    // went into.
                    i += 1
                } else if b < 0xE0 {
                    // Strings hold valid UTF-8, so the lead byte tells the length.
                    let v = (Int(b & 0x1F) << 6) | Int(base[i + 1] & 0x3F)
                    if v >= 0x300 || lower[v] == slow { return false }
                    i += 2
                } else if b < 0xF0 {
                    let v = (UInt32(b & 0x0F) << 12) | (UInt32(base[i + 1] & 0x3F) << 6) | UInt32(base[i + 2] & 0x3F)
                    if !isInert(v) { return false }
                    i += 3
                } else {
                    let v = (UInt32(b & 0x07) << 18) | (UInt32(base[i + 1] & 0x3F) << 12) | (UInt32(base[i + 2] & 0x3F) << 6) | UInt32(base[i + 3] & 0x3F)
                    if !isInert(v) { return false }
                    i += 4
                }
            }
            return true
        }
    }

    /// Has none of the eight bytes of `x` a value of 0xC4 or more? (Per byte, the low seven
    /// bits plus 0x3C reach bit 7 exactly from 0x44 on, with no carry into the next byte.)
    @inline(__always) static func noneFromC4(_ x: UInt64) -> Bool {
        ((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x3C3C_3C3C_3C3C_3C3C) & x & 0x8080_8080_8080_8080 == 0
    }

    /// For the eight bytes of `x` (the first in the low bits): bit 7 set in each byte that is
    /// an ASCII letter, and in each that is an ASCII capital. The range test adds to the low
    /// seven bits a constant that carries into bit 7 at the range's bound (sums stay below
    /// 0x100, so no byte carries into the next). Digits are left to the byte loop: they are rare.
    @inline(__always) static func asciiLetterBits(_ x: UInt64) -> (letter: UInt64, upper: UInt64) {
        let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
        let folded = (x & 0x7F7F_7F7F_7F7F_7F7F) | 0x2020_2020_2020_2020  // A-Z onto a-z
        let letter = (folded &+ (0x80 - 0x61) &* ones) & ~(folded &+ (0x7F - 0x7A) &* ones) & ~x & high
        // A capital is a letter without bit 0x20 (moved to bit 7 of its own byte).
        return (letter, letter & ~(x << 2))
    }

    /// The current hyphen chain of `scan`: its bytes (lowercased, parts joined by `-`), where
    /// each part ends and its length in scalars. A struct of its own, so that the scan's
    /// state is a plain local value (no closure captures it, so no access is checked at run time).
    struct Chain {
        let bytes: UnsafeMutablePointer<UInt8>
        let joined: UnsafeMutablePointer<UInt8>
        let partEnds: UnsafeMutablePointer<Int32>
        let partCounts: UnsafeMutablePointer<Int32>
        var length = 0  // bytes in `bytes`
        var parts = 0
        var wordCount = 0  // scalars in the current part
        /// Has the chain a scalar at or above U+0300 (then its tokens may need NFC)?
        var high = false

        @inline(__always) mutating func endPart() {
            partEnds[parts] = Int32(truncatingIfNeeded: length)
            partCounts[parts] = Int32(truncatingIfNeeded: wordCount)
            parts += 1
            wordCount = 0
        }

        /// Hands over the token of `count` (at least 1) bytes at `start`, a key of at most 8
        /// bytes as one word (the buffers have 8 bytes of room past the text's length).
        @inline(__always) func put<Sink: TokenSink>(_ start: UnsafeMutablePointer<UInt8>, _ count: Int, _ sink: inout Sink) {
            if high {
                sink.token(UnsafeBufferPointer(start: start, count: count))
            } else if count <= 8 {
                sink.shortToken(UnsafeRawPointer(start).loadUnaligned(as: UInt64.self) & ByteInterner.lowBytes(count), count: count)
            } else {
                sink.nfcToken(UnsafeBufferPointer(start: start, count: count))
            }
        }

        /// The parts, then (for a chain) the chain with hyphens and the parts run together;
        /// each only when 2…maxLength scalars long. Empties the chain.
        @inline(__always) mutating func emit<Sink: TokenSink>(_ sink: inout Sink) {
            let maxLength = SearchTokenizer.maxLength
            if parts == 1 {
                let c = Int(partCounts[0])
                if c >= 2 && c <= maxLength { put(bytes, Int(partEnds[0]), &sink) }
            } else {
                var start = 0, total = 0
                for k in 0..<parts {
                    let c = Int(partCounts[k])
                    total += c
                    if c >= 2 && c <= maxLength { put(bytes + start, Int(partEnds[k]) - start, &sink) }
                    start = Int(partEnds[k]) + 1
                }
                let end = Int(partEnds[parts - 1])
                let withHyphens = total + parts - 1
                if withHyphens >= 2 && withHyphens <= maxLength { put(bytes, end, &sink) }
                if total >= 2 && total <= maxLength {
                    var j = 0
                    start = 0
                    for k in 0..<parts {
                        let e = Int(partEnds[k])
                        (joined + j).update(from: bytes + start, count: e - start)
                        j += e - start
                        start = e + 1
                    }
                    put(joined, j, &sink)
                }
            }
            length = 0
            parts = 0
            high = false
        }
    }

    /// The word rules of `SearchTokenizer.forEachToken`, straight on the UTF-8 bytes of text
    /// that `isFast` accepts: each scalar is lowercased as it is read, and runs of ASCII
    /// letters and digits (most of the text) are copied eight bytes at a time.
    private static func scan<Sink: TokenSink>(_ p: UnsafeBufferPointer<UInt8>, chain: UnsafeMutablePointer<UInt8>,
                                              joined: UnsafeMutablePointer<UInt8>, partEnds: UnsafeMutablePointer<Int32>,
                                              partCounts: UnsafeMutablePointer<Int32>, into sink: inout Sink) {
        let base = p.baseAddress!
        let raw = UnsafeRawPointer(base)
        let n = p.count
        table.lower.withUnsafeBufferPointer { lower in
        table.flags.withUnsafeBufferPointer { flagTable in
        asciiFlags.withUnsafeBufferPointer { asciiFlags in
        asciiLower.withUnsafeBufferPointer { asciiLower in
            /// The lowercased scalar at byte `i`, its flags and its length in bytes.
            @inline(__always) func scalar(at i: Int) -> (v: UInt32, f: UInt8, len: Int) {
                let b = base[i]
                if b < 0x80 {
                    let v = lower[Int(b)]
                    return (v, flagTable[Int(v)], 1)
                }
                if b < 0xE0 {
                    let v = lower[(Int(b & 0x1F) << 6) | Int(base[i + 1] & 0x3F)]
                    return (v, flagTable[Int(v)], 2)
                }
                // Inert scalars: no case, and rare enough to classify one by one.
                if b < 0xF0 {
                    let v = (UInt32(b & 0x0F) << 12) | (UInt32(base[i + 1] & 0x3F) << 6) | UInt32(base[i + 2] & 0x3F)
                    return (v, classify(Unicode.Scalar(v)!), 3)
                }
                let v = (UInt32(b & 0x07) << 18) | (UInt32(base[i + 1] & 0x3F) << 12) | (UInt32(base[i + 2] & 0x3F) << 6) | UInt32(base[i + 3] & 0x3F)
                return (v, classify(Unicode.Scalar(v)!), 4)
            }
            var c = Chain(bytes: chain, joined: joined, partEnds: partEnds, partCounts: partCounts)
            /// Is the scalar that ends at byte `i` (the one before the scalar at `i`) a letter?
            /// Only asked at an apostrophe inside a word, so it is worked out from the bytes
            /// there rather than remembered after every scalar.
            @inline(__always) func letterBefore(_ i: Int) -> Bool {
                var j = i - 1
                while base[j] & 0xC0 == 0x80 { j -= 1 }
                return scalar(at: j).f & letter != 0
            }
            var i = 0
            while i < n {
                var b = base[i]
                if asciiFlags[Int(b)] & word != 0 {
                    // A run of ASCII letters and digits: letters eight bytes at a time,
                    // lowercased together and stored whole (the bytes after the run are
                    // overwritten later or never read; `c.length <= i`, so the store stays in
                    // `chain`), the rest byte by byte.
                    let start = i
                    var length = c.length
                    while i &+ 8 <= n {
                        let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                        let (letters, upper) = asciiLetterBits(x)
                        UnsafeMutableRawPointer(chain + length).storeBytes(of: x | (upper >> 2), as: UInt64.self)
                        let run = (~letters & 0x8080_8080_8080_8080).trailingZeroBitCount &>> 3
                        length &+= run
                        i &+= run
                        if run < 8 { break }
                    }
                    // Digits, and the last bytes of the text, one by one.
                    while i < n {
                        b = base[i]
                        if asciiFlags[Int(b)] & word == 0 { break }
                        chain[length] = asciiLower[Int(b)]
                        length &+= 1
                        i &+= 1
                    }
                    c.length = length
                    c.wordCount += i - start
                    // Most often the word is no part of a hyphen chain and ends at ASCII space
                    // or punctuation other than an apostrophe or hyphen: then it is the one
                    // token of its chain, handed over here (what `endPart` and `emit` would do).
                    if c.parts == 0 && i < n {
                        let e = base[i]
                        if e < 0x80 && asciiFlags[Int(e)] & (word | apostrophe | hyphen) == 0 {
                            if c.wordCount >= 2 && c.wordCount <= SearchTokenizer.maxLength { c.put(chain, length, &sink) }
                            c.length = 0
                            c.wordCount = 0
                            c.high = false
                            i &+= 1
                        }
                    }
                    continue
                }
                if b < 0x80 && asciiFlags[Int(b)] & (apostrophe | hyphen) == 0 {
                    // ASCII space or punctuation: ends the chain.
                    if c.wordCount > 0 { c.endPart() }
                    if c.parts > 0 { c.emit(&sink) }
                    i += 1
                    continue
                }
                let (v, f, len) = scalar(at: i)
                if f & word != 0 {
                    var length = c.length
                    if v < 0x80 {
                        chain[length] = UInt8(v); length += 1
                    } else if v < 0x800 {
                        chain[length] = UInt8(0xC0 | (v >> 6))
                        chain[length + 1] = UInt8(0x80 | (v & 0x3F))
                        length += 2
                        if v >= 0x300 { c.high = true }
                    } else if v < 0x10000 {
                        chain[length] = UInt8(0xE0 | (v >> 12))
                        chain[length + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                        chain[length + 2] = UInt8(0x80 | (v & 0x3F))
                        length += 3
                        c.high = true
                    } else {
                        chain[length] = UInt8(0xF0 | (v >> 18))
                        chain[length + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                        chain[length + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
                        chain[length + 3] = UInt8(0x80 | (v & 0x3F))
                        length += 4
                        c.high = true
                    }
                    c.length = length
                    c.wordCount += 1
                    i += len
                    continue
                }
                let next = i + len
                if f & apostrophe != 0, c.wordCount > 0, next < n, letterBefore(i), scalar(at: next).f & letter != 0 {
                    // `’` is kept as `'`: one byte where the source had three, so it fits.
                    chain[c.length] = 0x27; c.length += 1
                    c.wordCount += 1
                    i = next
                    continue
                }
                if f & hyphen != 0, c.wordCount > 0, next < n, scalar(at: next).f & word != 0 {
                    c.endPart()
                    chain[c.length] = 0x2D; c.length += 1
                    i = next
                    continue
                }
                if c.wordCount > 0 { c.endPart() }
                if c.parts > 0 { c.emit(&sink) }
                i = next
            }
            if c.wordCount > 0 { c.endPart() }
            if c.parts > 0 { c.emit(&sink) }
        }
        }
        }
        }
    }
}

/// Receives the tokens of `ByteTokenizer.tokenize`.
protocol TokenSink {
    mutating func token(_ bytes: UnsafeBufferPointer<UInt8>)
    /// A token whose scalars are all below U+0300, so already NFC (the byte path knows).
    mutating func nfcToken(_ bytes: UnsafeBufferPointer<UInt8>)
    /// A token of `count` bytes (1...8) whose scalars are all below U+0300, as one word: its
    /// bytes in the low bits (the first lowest), zeros above.
    mutating func shortToken(_ word: UInt64, count: Int)
}

extension TokenSink {
    mutating func nfcToken(_ bytes: UnsafeBufferPointer<UInt8>) { token(bytes) }

    mutating func shortToken(_ word: UInt64, count: Int) {
        var w = word
        withUnsafeBytes(of: &w) { nfcToken(UnsafeBufferPointer(start: $0.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count)) }
    }
}

/// Collects tokens as Strings (tests, and code that wants them).
struct TokenList: TokenSink {
    var tokens: [String] = []
    mutating func token(_ bytes: UnsafeBufferPointer<UInt8>) { tokens.append(String(decoding: bytes, as: UTF8.self)) }
}

extension ByteTokenizer {
    /// The tokens of `text` as Strings: the same list as `SearchTokenizer.tokens`.
    static func tokens(_ text: String) -> [String] {
        var list = TokenList()
        tokenize(text, into: &list)
        return list.tokens
    }
}
