#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte classes for the scanners. Every test here is one table load, so the hot loops
/// never build a `Character`.
enum Bytes {
    static let tab: UInt8 = 0x09, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D, space: UInt8 = 0x20
    static let bang: UInt8 = 0x21, quote: UInt8 = 0x22, hash: UInt8 = 0x23, amp: UInt8 = 0x26
    static let apos: UInt8 = 0x27, lparen: UInt8 = 0x28, rparen: UInt8 = 0x29, star: UInt8 = 0x2A
    static let plus: UInt8 = 0x2B, minus: UInt8 = 0x2D, dot: UInt8 = 0x2E, slash: UInt8 = 0x2F
    static let colon: UInt8 = 0x3A, semicolon: UInt8 = 0x3B, lt: UInt8 = 0x3C, eq: UInt8 = 0x3D
    static let gt: UInt8 = 0x3E, question: UInt8 = 0x3F, at: UInt8 = 0x40, lbracket: UInt8 = 0x5B
    static let backslash: UInt8 = 0x5C, rbracket: UInt8 = 0x5D, underscore: UInt8 = 0x5F
    static let backtick: UInt8 = 0x60, tilde: UInt8 = 0x7E, pipe: UInt8 = 0x7C

    /// Bit flags per byte.
    static let fSpaceTab: UInt8 = 1, fWhitespace: UInt8 = 2, fPunct: UInt8 = 4, fAlpha: UInt8 = 8
    static let fDigit: UInt8 = 16, fHex: UInt8 = 32, fInlineSpecial: UInt8 = 64, fGFMSpecial: UInt8 = 128

    static let table: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 256)
        t[0x20] |= fSpaceTab | fWhitespace; t[0x09] |= fSpaceTab | fWhitespace
        for b in [0x0A, 0x0B, 0x0C, 0x0D] { t[b] |= fWhitespace }
        for b in 0x21...0x2F { t[b] |= fPunct }
        for b in 0x3A...0x40 { t[b] |= fPunct }
        for b in 0x5B...0x60 { t[b] |= fPunct }
        for b in 0x7B...0x7E { t[b] |= fPunct }
        for b in 0x41...0x5A { t[b] |= fAlpha }
        for b in 0x61...0x7A { t[b] |= fAlpha }
        for b in 0x30...0x39 { t[b] |= fDigit | fHex }
        for b in 0x41...0x46 { t[b] |= fHex }
        for b in 0x61...0x66 { t[b] |= fHex }
        // Bytes at which the inline parser must stop a text run.
        for b in [0x0A, 0x5C, 0x60, 0x2A, 0x5F, 0x26, 0x3C, 0x5B, 0x5D, 0x21] { t[b] |= fInlineSpecial }
        // Extra stops with GFM: strikethrough, and the starts of extended autolinks.
        for b in [0x7E, 0x77, 0x68, 0x66, 0x40, 0x6D, 0x78] { t[b] |= fGFMSpecial }
        return t
    }()

    /// `table` at a fixed address, for the inline parser's hottest loop (no bounds check and
    /// no array retain per byte). Made once and never freed or written.
    nonisolated(unsafe) static let tableBase: UnsafePointer<UInt8> = {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        p.initialize(from: table, count: 256)
        return UnsafePointer(p)
    }()

    /// The index of the first byte in `from..<to` where the inline parser stops a run of text,
    /// or `to`: a byte whose `table` flags meet `mask`, except (with the GFM flag in `mask`)
    /// a `w`, `h`, `f`, `m` or `x` whose next byte cannot continue an extended autolink
    /// (`isAutolinkStart`), which the parser would pass over anyway. Four bytes per step while
    /// none of them stops: most of a paragraph is plain text, and this loop reads every byte
    /// of it; and most of those letters start no link (`h`, `f` and `m` are common in Swedish).
    @inline(__always)
    static func findInlineStop(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int, mask: UInt8) -> Int {
        guard from < to, let base = p.baseAddress else { return max(from, to) }
        let table = tableBase
        var i = from
        while true {
            while i &+ 4 <= to {
                let flags = table[Int(base[i])] | table[Int(base[i &+ 1])] | table[Int(base[i &+ 2])] | table[Int(base[i &+ 3])]
                if flags & mask != 0 { break }
                i &+= 4
            }
            while i < to && table[Int(base[i])] & mask == 0 { i &+= 1 }
            guard i &+ 1 < to, mask & fGFMSpecial != 0 else { return i }
            let c = base[i]
            guard c == 0x77 || c == 0x68 || c == 0x66 || c == 0x6D || c == 0x78 else { return i }
            if isAutolinkStart(c, base[i &+ 1]) { return i }
            i &+= 1
        }
    }

    /// Whether letter `c` followed by `c1` may start a GFM extended autolink: every prefix has
    /// a fixed second byte (`www.`, `http`, `ftp`, `mailto:`, `xmpp:`). Loose on purpose
    /// (`t` after any of them): the autolink scan decides.
    @inline(__always) static func isAutolinkStart(_ c: UInt8, _ c1: UInt8) -> Bool {
        c1 == 0x74 || (c == 0x77 && c1 == 0x77) || (c == 0x6D && c1 == 0x61) || (c == 0x78 && c1 == 0x6D)
    }

    @inline(__always) static func isSpaceOrTab(_ b: UInt8) -> Bool { table[Int(b)] & fSpaceTab != 0 }
    @inline(__always) static func isWhitespace(_ b: UInt8) -> Bool { table[Int(b)] & fWhitespace != 0 }
    @inline(__always) static func isASCIIPunct(_ b: UInt8) -> Bool { table[Int(b)] & fPunct != 0 }
    @inline(__always) static func isAlpha(_ b: UInt8) -> Bool { table[Int(b)] & fAlpha != 0 }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { table[Int(b)] & fDigit != 0 }
    @inline(__always) static func isHex(_ b: UInt8) -> Bool { table[Int(b)] & fHex != 0 }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { table[Int(b)] & (fAlpha | fDigit) != 0 }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b }

    /// Decodes the scalar that starts at `i` (input is valid UTF-8 after normalization).
    static func scalar(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Unicode.Scalar {
        let b0 = UInt32(p[i])
        if b0 < 0x80 { return Unicode.Scalar(b0)! }
        var v: UInt32, n: Int
        if b0 >= 0xF0 { v = b0 & 0x07; n = 3 } else if b0 >= 0xE0 { v = b0 & 0x0F; n = 2 } else { v = b0 & 0x1F; n = 1 }
        var j = i + 1
        while n > 0 && j < p.count { v = (v << 6) | (UInt32(p[j]) & 0x3F); j += 1; n -= 1 }
        return Unicode.Scalar(v) ?? "\u{FFFD}"
    }

    /// The scalar that ends just before `i`.
    static func scalar(_ p: UnsafeBufferPointer<UInt8>, before i: Int) -> Unicode.Scalar {
        var j = i - 1
        while j > 0 && p[j] & 0xC0 == 0x80 { j -= 1 }
        return scalar(p, at: j)
    }

    static func isUnicodeWhitespace(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return isWhitespace(UInt8(s.value)) }
        return s.properties.generalCategory == .spaceSeparator
    }

    /// Unicode punctuation as CommonMark 0.31 defines it: general categories P and S.
    static func isUnicodePunct(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return isASCIIPunct(UInt8(s.value)) }
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        let s = Unicode.Scalar(v) ?? "\u{FFFD}"
        var buf: [UInt8] = []
        buf.reserveCapacity(4)
        UTF8.encode(s) { buf.append($0) }
        out.append(contentsOf: buf)
    }
}

/// Word-at-a-time searches for the scans that run over every byte of a document (line
/// ends, CR and NUL): eight bytes per step instead of one.
extension Bytes {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// A word with the high bit set in (at least) the lowest byte of `w` that is zero;
    /// bits above the first zero byte may be wrong, the lowest set bit never is.
    @inline(__always) private static func zeroBytes(_ w: UInt64) -> UInt64 {
        (w &- ones) & ~w & highs
    }

    @inline(__always) private static func word(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self))
    }

    /// The index of the first `byte` in `from..<to`, or `to`.
    static func find(_ byte: UInt8, _ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        var i = from
        let pattern = ones &* UInt64(byte)
        while i + 8 <= to {
            let z = zeroBytes(word(p, i) ^ pattern)
            if z != 0 { return i + z.trailingZeroBitCount / 8 }
            i += 8
        }
        while i < to && p[i] != byte { i += 1 }
        return i
    }

    /// The index of the first byte in `from..<to` that can start or end a link, autolink or
    /// raw HTML (`]`, `<`, `:`, `@`, or `w` of `www.`), or `to`.
    static func findLinkHint(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        var i = from
        let rb = ones &* 0x5D, lt = ones &* 0x3C, colon = ones &* 0x3A, at = ones &* 0x40, w = ones &* 0x77
        while i + 8 <= to {
            let v = word(p, i)
            let z = zeroBytes(v ^ rb) | zeroBytes(v ^ lt) | zeroBytes(v ^ colon) | zeroBytes(v ^ at) | zeroBytes(v ^ w)
            if z != 0 { return i + z.trailingZeroBitCount / 8 }
            i += 8
        }
        while i < to {
            let c = p[i]
            if c == 0x5D || c == 0x3C || c == 0x3A || c == 0x40 || c == 0x77 { return i }
            i += 1
        }
        return i
    }

    /// The index of the first `&`, `<`, `>` or `"` in `from..<to` (what HTML text escapes), or `to`.
    static func findHTMLSpecial(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        var i = from
        let amp = ones &* 0x26, lt = ones &* 0x3C, gt = ones &* 0x3E, quote = ones &* 0x22
        while i + 8 <= to {
            let v = word(p, i)
            let z = zeroBytes(v ^ amp) | zeroBytes(v ^ lt) | zeroBytes(v ^ gt) | zeroBytes(v ^ quote)
            if z != 0 { return i + z.trailingZeroBitCount / 8 }
            i += 8
        }
        while i < to {
            let c = p[i]
            if c == 0x26 || c == 0x3C || c == 0x3E || c == 0x22 { return i }
            i += 1
        }
        return i
    }

    /// The index of the first `byte` in `from..<to`, or `to`, with the C library's `memchr`
    /// (vector instructions): for searches that usually run over the whole document.
    static func scan(_ byte: UInt8, _ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        guard from < to, let base = p.baseAddress else { return to }
        guard let hit = memchr(base + from, Int32(byte), to - from) else { return to }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
    }

    /// How many bytes of `from..<to` start a scalar (are not `10xxxxxx`): columns in characters.
    static func countScalarStarts(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        var i = from
        var count = 0
        while i + 8 <= to {
            let v = word(p, i)
            // A continuation byte has bit 7 set and bit 6 clear.
            count += 8 - ((v & highs) & ~(v << 1)).nonzeroBitCount
            i += 8
        }
        while i < to {
            if p[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }
}
