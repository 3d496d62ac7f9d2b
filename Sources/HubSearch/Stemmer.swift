/// The languages the stemmers know. Anything else is stemmed as Swedish, the hub's default.
public enum StemLanguage: String, Sendable, CaseIterable {
    case sv
    case en

    /// The stemming language for a document's `lang` value (`sv`, `en`, `en-GB` …).
    public init(code: String) {
        self = code.lowercased().hasPrefix("en") ? .en : .sv
    }
}

/// Snowball 3.x stemmers (Swedish; English = Porter2), written from the algorithm
/// descriptions. The JS runtime (`pilothub-stemmers.js`) implements the same rules so that
/// the index (Swift) and the query (browser) agree word for word.
public enum Stemmer {
    /// The stem of a lowercased word. Words are expected lowercased (the tokenizer does that).
    public static func stem(_ word: String, language: StemLanguage) -> String {
        switch language {
        case .sv: return SwedishStemmer.stem(word)
        case .en: return EnglishStemmer.stem(word)
        }
    }

    /// Stems unicode scalar values in place; the fast path the index builder uses.
    public static func stem(scalars: inout [UInt32], language: StemLanguage) {
        switch language {
        case .sv: SwedishStemmer.stem(&scalars)
        case .en: EnglishStemmer.stem(&scalars)
        }
    }
}

/// Helpers shared by both stemmers: words are arrays of Unicode scalar values.
enum StemText {
    /// The scalar values of `s`, decoded from its UTF-8 (valid in a String) into one array.
    static func scalars(_ s: String) -> [UInt32] {
        var s = s
        return s.withUTF8 { p in
            [UInt32](unsafeUninitializedCapacity: p.count) { out, count in
                var i = 0, k = 0
                let n = p.count
                while i < n {
                    let b = p[i]
                    if b < 0x80 {
                        out[k] = UInt32(b); i += 1
                    } else if b < 0xE0 {
                        out[k] = (UInt32(b & 0x1F) << 6) | UInt32(p[i + 1] & 0x3F); i += 2
                    } else if b < 0xF0 {
                        out[k] = (UInt32(b & 0x0F) << 12) | (UInt32(p[i + 1] & 0x3F) << 6) | UInt32(p[i + 2] & 0x3F); i += 3
                    } else {
                        out[k] = (UInt32(b & 0x07) << 18) | (UInt32(p[i + 1] & 0x3F) << 12) | (UInt32(p[i + 2] & 0x3F) << 6) | UInt32(p[i + 3] & 0x3F)
                        i += 4
                    }
                    k += 1
                }
                count = k
            }
        }
    }

    /// The String of scalar values `w` (values that are not scalars are left out), encoded
    /// to UTF-8 once rather than appended scalar by scalar: into scratch room on the stack,
    /// then decoded, so that a short result (most words) is a small String with no
    /// allocation, where a String made with room for `4 * w.count` bytes would allocate it.
    static func string<C: Collection>(_ w: C) -> String where C.Element == UInt32 {
        withUTF8(w) { String(decoding: $0, as: UTF8.self) }
    }

    /// `body` of the UTF-8 of `string(w)`, valid only during the call: for a lookup by
    /// bytes (`ByteInterner.contains`), no String is made.
    static func withUTF8<C: Collection, R>(_ w: C, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R where C.Element == UInt32 {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * w.count + 1) { out in
            var k = 0
            for v in w {
                if v < 0x80 {
                    out[k] = UInt8(v); k += 1
                } else if v < 0x800 {
                    out[k] = UInt8(0xC0 | (v >> 6)); out[k + 1] = UInt8(0x80 | (v & 0x3F)); k += 2
                } else if v < 0x10000 {
                    if v >= 0xD800 && v < 0xE000 { continue }
                    out[k] = UInt8(0xE0 | (v >> 12)); out[k + 1] = UInt8(0x80 | ((v >> 6) & 0x3F)); out[k + 2] = UInt8(0x80 | (v & 0x3F)); k += 3
                } else if v < 0x110000 {
                    out[k] = UInt8(0xF0 | (v >> 18)); out[k + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    out[k + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); out[k + 3] = UInt8(0x80 | (v & 0x3F)); k += 4
                }
            }
            return body(UnsafeBufferPointer(start: out.baseAddress!, count: k))
        }
    }

    /// Does `w[0..<end]` end with `suffix`? (An array, or the Swedish stemmer's buffer.)
    @inline(__always) static func ends<W: RandomAccessCollection<UInt32>>(_ w: W, _ end: Int, _ suffix: [UInt32]) -> Bool
        where W.Index == Int {
        let n = suffix.count
        if end < n || end > w.count { return false }
        var i = 0
        while i < n {
            if w[end - n + i] != suffix[i] { return false }
            i += 1
        }
        return true
    }

    /// Is `c` one of the ASCII letters in `set`?
    @inline(__always) static func isIn(_ c: UInt32, _ set: StaticString) -> Bool {
        let p = set.utf8Start
        for i in 0..<set.utf8CodeUnitCount where UInt32(p[i]) == c { return true }
        return false
    }
}
