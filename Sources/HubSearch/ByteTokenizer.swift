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

    /// Calls `sink.token` with the UTF-8 bytes of every token of `text`, in the order of
    /// `SearchTokenizer.forEachToken`. The buffer is only valid during the call.
    static func tokenize<Sink: TokenSink>(_ text: String, into sink: inout Sink) {
        var text = text
        let n = text.utf8.count
        if n == 0 { return }
        // Lowercasing below U+0300 never makes a scalar longer in UTF-8, so the scalars, the
        // current hyphen chain and its run-together form each fit in `n`.
        let done = withUnsafeTemporaryAllocation(of: UInt32.self, capacity: n) { scalars -> Bool in
            let count = text.withUTF8 { normalize($0, into: scalars) }
            if count < 0 { return false }
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * n) { buffer in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: n + 1) { partEnds in
                    withUnsafeTemporaryAllocation(of: Int.self, capacity: n + 1) { partCounts in
                        scan(UnsafeBufferPointer(rebasing: scalars[0..<count]), chain: buffer.baseAddress!, joined: buffer.baseAddress! + n,
                             partEnds: partEnds.baseAddress!, partCounts: partCounts.baseAddress!, into: &sink)
                    }
                }
            }
            return true
        }
        if !done {
            SearchTokenizer.forEachToken(text) { s in
                var s = s
                s.withUTF8 { sink.token($0) }
            }
        }
    }

    /// Lowercased scalars of the UTF-8 text `p` into `out`; their count, or -1 when the text
    /// needs the String path.
    private static func normalize(_ p: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt32>) -> Int {
        table.lower.withUnsafeBufferPointer { lower in
            let n = p.count
            var i = 0, k = 0
            while i < n {
                let b = p[i]
                if b < 0x80 {
                    out[k] = lower[Int(b)]
                    k += 1
                    i += 1
                    continue
                }
                // Strings hold valid UTF-8, so the lead byte tells the length.
                var v: UInt32
                if b < 0xE0 {
                    v = (UInt32(b & 0x1F) << 6) | UInt32(p[i + 1] & 0x3F)
                    i += 2
                } else if b < 0xF0 {
                    v = (UInt32(b & 0x0F) << 12) | (UInt32(p[i + 1] & 0x3F) << 6) | UInt32(p[i + 2] & 0x3F)
                    i += 3
                } else {
                    v = (UInt32(b & 0x07) << 18) | (UInt32(p[i + 1] & 0x3F) << 12) | (UInt32(p[i + 2] & 0x3F) << 6) | UInt32(p[i + 3] & 0x3F)
                    i += 4
                }
                if v < 0x300 {
                    v = lower[Int(v)]
                    if v == slow { return -1 }
                } else if !isInert(v) {
                    return -1
                }
                out[k] = v
                k += 1
            }
            return k
        }
    }

    /// The word rules of `SearchTokenizer.forEachToken` over normalized scalars.
    private static func scan<Sink: TokenSink>(_ scalars: UnsafeBufferPointer<UInt32>, chain: UnsafeMutablePointer<UInt8>,
                                              joined: UnsafeMutablePointer<UInt8>, partEnds: UnsafeMutablePointer<Int>,
                                              partCounts: UnsafeMutablePointer<Int>, into sink: inout Sink) {
        table.flags.withUnsafeBufferPointer { flagTable in
            @inline(__always) func flags(_ v: UInt32) -> UInt8 {
                v < 0x300 ? flagTable[Int(v)] : classify(Unicode.Scalar(v)!)
            }
            let maxLength = SearchTokenizer.maxLength
            var length = 0  // bytes in chain
            var parts = 0
            var wordCount = 0
            var lastFlags: UInt8 = 0
            /// The parts, then (for a chain) the chain with hyphens and the parts run together;
            /// each only when 2…maxLength scalars long.
            func emit(_ sink: inout Sink) {
                var start = 0, total = 0
                for k in 0..<parts {
                    let c = partCounts[k]
                    total += c
                    if c >= 2 && c <= maxLength { sink.token(UnsafeBufferPointer(start: chain + start, count: partEnds[k] - start)) }
                    start = partEnds[k] + 1
                }
                if parts > 1 {
                    let end = partEnds[parts - 1]
                    let withHyphens = total + parts - 1
                    if withHyphens >= 2 && withHyphens <= maxLength { sink.token(UnsafeBufferPointer(start: chain, count: end)) }
                    if total >= 2 && total <= maxLength {
                        var j = 0
                        start = 0
                        for k in 0..<parts {
                            let e = partEnds[k]
                            (joined + j).update(from: chain + start, count: e - start)
                            j += e - start
                            start = e + 1
                        }
                        sink.token(UnsafeBufferPointer(start: joined, count: j))
                    }
                }
                length = 0
                parts = 0
            }
            let n = scalars.count
            var i = 0
            while i < n {
                let v = scalars[i]
                let f = flags(v)
                if f & word != 0 {
                    if v < 0x80 {
                        chain[length] = UInt8(v); length += 1
                    } else if v < 0x800 {
                        chain[length] = UInt8(0xC0 | (v >> 6))
                        chain[length + 1] = UInt8(0x80 | (v & 0x3F))
                        length += 2
                    } else if v < 0x10000 {
                        chain[length] = UInt8(0xE0 | (v >> 12))
                        chain[length + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                        chain[length + 2] = UInt8(0x80 | (v & 0x3F))
                        length += 3
                    } else {
                        chain[length] = UInt8(0xF0 | (v >> 18))
                        chain[length + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                        chain[length + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
                        chain[length + 3] = UInt8(0x80 | (v & 0x3F))
                        length += 4
                    }
                    wordCount += 1
                    lastFlags = f
                    i += 1
                    continue
                }
                if f & apostrophe != 0, wordCount > 0, i + 1 < n, lastFlags & letter != 0, flags(scalars[i + 1]) & letter != 0 {
                    // `’` is kept as `'`: one byte where the source had three, so it fits.
                    chain[length] = 0x27; length += 1
                    wordCount += 1
                    lastFlags = 0
                    i += 1
                    continue
                }
                if f & hyphen != 0, wordCount > 0, i + 1 < n, flags(scalars[i + 1]) & word != 0 {
                    partEnds[parts] = length
                    partCounts[parts] = wordCount
                    parts += 1
                    chain[length] = 0x2D; length += 1
                    wordCount = 0
                    i += 1
                    continue
                }
                if wordCount > 0 {
                    partEnds[parts] = length
                    partCounts[parts] = wordCount
                    parts += 1
                    wordCount = 0
                }
                if parts > 0 { emit(&sink) }
                i += 1
            }
            if wordCount > 0 {
                partEnds[parts] = length
                partCounts[parts] = wordCount
                parts += 1
            }
            if parts > 0 { emit(&sink) }
        }
    }
}

/// Receives the tokens of `ByteTokenizer.tokenize`.
protocol TokenSink {
    mutating func token(_ bytes: UnsafeBufferPointer<UInt8>)
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
