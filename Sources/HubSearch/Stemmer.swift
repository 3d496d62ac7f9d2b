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
    @inline(__always) static func scalars(_ s: String) -> [UInt32] {
        s.unicodeScalars.map { $0.value }
    }

    static func string(_ w: [UInt32]) -> String {
        var s = String.UnicodeScalarView()
        for v in w { if let u = Unicode.Scalar(v) { s.append(u) } }
        return String(s)
    }

    /// Does `w[0..<end]` end with `suffix`?
    @inline(__always) static func ends(_ w: [UInt32], _ end: Int, _ suffix: [UInt32]) -> Bool {
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
