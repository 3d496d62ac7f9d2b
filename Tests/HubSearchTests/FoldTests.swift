import Foundation
import HubTestSupport
import Testing
@testable import HubSearch

/// Accent folding takes a byte path for Latin text; it must give the folding of the
/// definition (canonical decomposition, marks U+0300–U+036F dropped, NFC) on any text.
@Suite("Accent folding on bytes agrees with its definition")
struct FoldTests {
    static func definition(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.decomposedStringWithCanonicalMapping.unicodeScalars where !(u.value >= 0x300 && u.value <= 0x36F) {
            out.append(u)
        }
        return String(out).precomposedStringWithCanonicalMapping
    }

    @Test("every scalar below U+0300, alone and inside a word, folds as the definition says")
    func everyLatinScalar() {
        var mismatches = 0, byteFolded = 0
        for v in 0x20..<0x300 {
            guard let u = Unicode.Scalar(v) else { continue }
            for s in [String(u), "ab" + String(u) + "cd", String(u) + "x" + String(u)] {
                if SearchTokenizer.fold(s) != Self.definition(s) { mismatches += 1 }
                var t = s
                if case .folded = t.withUTF8({ SearchTokenizer.foldLatin($0) }) { byteFolded += 1 }
            }
        }
        #expect(mismatches == 0)
        // Most Latin-1 and Latin Extended letters take the byte path.
        #expect(byteFolded > 1_000)
    }

    @Test("random Swedish, English and mixed words fold as the definition says")
    func randomWords() {
        let pieces = ["a", "k", "Z", "1", "-", "'", "å", "ä", "ö", "Å", "Ä", "Ö", "é", "è", "ü", "ß", "æ", "ø", "ñ", "ç",
                      "ǅ", "ı", "ŀ", "ǻ", "ȁ", "ʃ", "e\u{301}", "a\u{30A}", "o\u{308}", "\u{327}", "Σ", "ά", "字", "🔒", "’"]
        var rng = SplitMix(seed: 99)
        var mismatches = 0, latin = 0
        for _ in 0..<4_000 {
            var s = ""
            for _ in 0..<(1 + rng.below(12)) { s += pieces[rng.below(pieces.count)] }
            if SearchTokenizer.fold(s) != Self.definition(s) { mismatches += 1 }
            var t = s
            if case .folded = t.withUTF8({ SearchTokenizer.foldLatin($0) }) { latin += 1 }
        }
        #expect(mismatches == 0)
        #expect(latin > 500)
    }

    @Test("ASCII text is left as it is, and text with a scalar at or above U+0300 leaves the byte path")
    func pathChoice() {
        var ascii = "brandvagg-2024 it's"
        #expect(ascii.withUTF8 { SearchTokenizer.foldLatin($0) } == .unchanged)
        var mark = "brandva\u{308}gg"
        #expect(mark.withUTF8 { SearchTokenizer.foldLatin($0) } == .other)
        var swedish = "brandvägg"
        #expect(swedish.withUTF8 { SearchTokenizer.foldLatin($0) } == .folded("brandvagg"))
    }
}
