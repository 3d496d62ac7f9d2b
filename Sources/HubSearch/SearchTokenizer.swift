import Foundation

/// Splits text into search tokens. The JS runtime (`pilothub-search.js`, `tokenize`) follows
/// exactly the same rules, so that a query finds what the index holds:
///
/// - the text is lowercased, then NFC-normalized; `’` counts as `'`;
/// - a word is a run of letters, marks and digits (Unicode categories L, M, N);
///   an apostrophe between two letters stays inside the word (`company's`);
/// - words joined by hyphens (`3-2-1`, `e-post`, `it-säkerhet`) give each part, the whole
///   chain with its hyphens, and the parts run together (`epost`);
/// - one-character words and words over 40 characters are dropped.
public enum SearchTokenizer {
    /// The maximal length of a kept token, in Unicode scalars.
    public static let maxLength = 40

    /// Lowercased, NFC-normalized text.
    public static func normalize(_ text: String) -> String {
        nfc(text.lowercased())
    }

    /// NFC. Text with no scalar at or above U+0300 is already NFC (every such character has
    /// NFC_Quick_Check = Yes), which spares Foundation's slow normalization for most text.
    public static func nfc(_ text: String) -> String {
        for u in text.unicodeScalars where u.value >= 0x300 { return text.precomposedStringWithCanonicalMapping }
        return text
    }

    @inline(__always) static func isWordScalar(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A)
        }
        switch u.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    @inline(__always) static func isLetter(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) }
        switch u.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    @inline(__always) static func isHyphen(_ v: UInt32) -> Bool {
        v == 0x2D || v == 0x2010 || v == 0x2011
    }

    /// The tokens of `text`, in order (a hyphen chain gives its parts, then the chain, then the
    /// run-together form).
    public static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        forEachToken(text) { out.append($0) }
        return out
    }

    /// The scalars of `normalize(text)`. `String.lowercased()` maps scalar by scalar
    /// (`lowercaseMapping`), so doing the same here on the fly gives the same scalars without
    /// building an intermediate String; NFC is only needed when a scalar at or above U+0300
    /// appears, and then the plain path is taken.
    static func normalizedScalars(_ text: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count)
        for u in text.unicodeScalars {
            let v = u.value
            if v < 0x80 {
                out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v + 0x20)) : u)
                continue
            }
            for l in u.properties.lowercaseMapping.unicodeScalars {
                if l.value >= 0x300 { return Array(normalize(text).unicodeScalars) }
                out.append(l)
            }
        }
        return out
    }

    /// Calls `body` with every token of `text`.
    public static func forEachToken(_ text: String, _ body: (String) -> Void) {
        let scalars = normalizedScalars(text)
        let n = scalars.count
        var i = 0
        var parts: [String] = []
        // The current word as UTF-8, its length in scalars and its last scalar.
        var word: [UInt8] = []
        word.reserveCapacity(64)
        var wordCount = 0
        var last: Unicode.Scalar = " "

        func emit(_ parts: [String]) {
            for p in parts { emitOne(p) }
            if parts.count > 1 {
                emitOne(parts.joined(separator: "-"))
                emitOne(parts.joined())
            }
        }
        func emitOne(_ s: String) {
            let c = s.unicodeScalars.count
            if c >= 2 && c <= maxLength { body(s) }
        }
        func append(_ u: Unicode.Scalar) {
            if u.value < 0x80 { word.append(UInt8(u.value)) } else {
                UTF8.encode(u) { word.append($0) }
            }
            wordCount += 1
            last = u
        }
        func takeWord() -> String {
            let s = String(decoding: word, as: UTF8.self)
            word.removeAll(keepingCapacity: true)
            wordCount = 0
            return s
        }

        while i < n {
            let u = scalars[i]
            if isWordScalar(u) {
                append(u)
                i += 1
                continue
            }
            let v = u.value
            if (v == 0x27 || v == 0x2019), wordCount > 0, i + 1 < n, isLetter(scalars[i + 1]), isLetter(last) {
                append("'")
                i += 1
                continue
            }
            if isHyphen(v), wordCount > 0, i + 1 < n, isWordScalar(scalars[i + 1]) {
                parts.append(takeWord())
                i += 1
                continue
            }
            if wordCount > 0 {
                parts.append(takeWord())
            }
            if !parts.isEmpty {
                emit(parts)
                parts.removeAll(keepingCapacity: true)
            }
            i += 1
        }
        if wordCount > 0 { parts.append(takeWord()) }
        if !parts.isEmpty { emit(parts) }
    }

    /// Does the token contain a digit? Such tokens (`nis2`, `27001`) are codes and not stemmed.
    public static func hasDigit(_ token: String) -> Bool {
        for u in token.unicodeScalars {
            if u.value < 0x80 {
                if u.value >= 0x30 && u.value <= 0x39 { return true }
                continue
            }
            switch u.properties.generalCategory {
            case .decimalNumber, .letterNumber, .otherNumber: return true
            default: continue
            }
        }
        return false
    }

    /// The index term of a token: its stem in `language`, or the token itself for codes and
    /// hyphen chains.
    public static func term(_ token: String, language: StemLanguage) -> String {
        if hasDigit(token) { return token }
        return Stemmer.stem(token, language: language)
    }

    /// Accent folding for matching: `brandvägg` → `brandvagg`, `ö` → `o`, `é` → `e`
    /// (canonical decomposition, combining marks U+0300–U+036F dropped).
    public static func fold(_ s: String) -> String {
        // Most terms are ASCII or Latin with two-byte letters (å, ä, ö, é): folded on their
        // UTF-8 bytes, into scratch room, with no array of scalars.
        var text = s
        switch text.withUTF8({ foldLatin($0) }) {
        case .unchanged: return s
        case .folded(let f): return f
        case .other: break
        }
        var needs = false, latin = true
        for u in s.unicodeScalars where u.value >= 0x80 {
            needs = true
            if u.value >= 0x300 { latin = false; break }
        }
        if !needs { return s }
        if latin {
            // Below U+0300 a scalar decomposes to a base below U+0300 and marks in
            // U+0300–U+036F (or not at all): folding is a table lookup, and bases are NFC.
            let table = foldTable
            var folded = StemText.scalars(s)
            var ok = true
            for k in folded.indices {
                let f = table[Int(folded[k])]
                if f == .max { ok = false; break }
                folded[k] = f
            }
            if ok { return StemText.string(folded) }
        }
        var out = String.UnicodeScalarView()
        for u in s.decomposedStringWithCanonicalMapping.unicodeScalars where !(u.value >= 0x300 && u.value <= 0x36F) {
            out.append(u)
        }
        return String(out).precomposedStringWithCanonicalMapping
    }

    enum LatinFold: Equatable {
        case unchanged
        case folded(String)
        /// Not for the byte path: a scalar at or above U+0300, or one `foldTable` does not map.
        case other
    }

    /// `fold` of the UTF-8 text `p` when its scalars are below U+0300 and each folds to one
    /// scalar (`foldTable`): then folding is a byte-wise table lookup (as the scalar path of
    /// `fold`), and the result is never longer than the text.
    static func foldLatin(_ p: UnsafeBufferPointer<UInt8>) -> LatinFold {
        let n = p.count
        var i = 0
        while i < n && p[i] < 0x80 { i += 1 }
        if i == n { return .unchanged }
        return foldTable.withUnsafeBufferPointer { table in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { out -> LatinFold in
                var k = 0
                for j in 0..<i { out[j] = p[j] }
                k = i
                while i < n {
                    let b = p[i]
                    if b < 0x80 {
                        out[k] = b; k += 1; i += 1
                        continue
                    }
                    // Lead bytes below 0xCC start scalars below U+0300 (two bytes; valid UTF-8).
                    if b >= 0xCC { return .other }
                    let f = table[(Int(b & 0x1F) << 6) | Int(p[i + 1] & 0x3F)]
                    if f == .max { return .other }
                    if f < 0x80 {
                        out[k] = UInt8(f); k += 1
                    } else {
                        out[k] = UInt8(0xC0 | (f >> 6)); out[k + 1] = UInt8(0x80 | (f & 0x3F)); k += 2
                    }
                    i += 2
                }
                return .folded(String(decoding: UnsafeBufferPointer(start: out.baseAddress!, count: k), as: UTF8.self))
            }
        }
    }

    /// `fold` of each scalar below U+0300 alone: its canonical decomposition without the marks
    /// U+0300–U+036F, when that is one scalar below U+0300; `.max` otherwise (the slow path).
    static let foldTable: [UInt32] = (0..<UInt32(0x300)).map { v in
        guard let u = Unicode.Scalar(v) else { return .max }
        if v < 0x80 { return v }
        let kept = Array(String(u).decomposedStringWithCanonicalMapping.unicodeScalars).filter { !($0.value >= 0x300 && $0.value <= 0x36F) }
        return kept.count == 1 && kept[0].value < 0x300 ? kept[0].value : .max
    }
}
