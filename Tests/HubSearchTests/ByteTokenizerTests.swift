import Foundation
import HubTestSupport
import Testing
@testable import HubSearch

/// The index builder's byte-level tokenizer must give exactly the tokens of the String
/// tokenizer (the JS runtime follows the same rules), or queries stop finding pages.
@Suite("Byte tokenizer agrees with the String tokenizer")
struct ByteTokenizerTests {
    static let tricky: [String] = [
        "LÖSENORD lo\u{0308}senord Lösenord",  // NFC, uppercase Swedish letters
        "ÅÄÖ åäö Ærø Straße ÉCOLE",
        "NIS2 och ISO 27001, 3-2-1-regeln, 10-20",
        "e-post IT-säkerhet ok -- nej a- -a x\u{2011}y x\u{2010}y",
        "company’s 'quoted' rock'n'roll don't ’s '",
        "emoji 🔒 lösen🔑ord 👩‍💻 ❤️ ①②③ ➊➋",
        "dash—between – and … “quoted” ‘single’",
        "Ελληνικά ΟΔΥΣΣΕΥΣ Кириллица",
        "İstanbul ıi DİJİTAL",
        "e-\u{0301}x a\u{0301}b cafe\u{0301} \u{0301}start",
        "한국어 한-ᆨ 中文字符 日本語テキスト",
        "ǅemal ǈ ǋ Ⓐ K Å Ω",
        String(repeating: "a", count: 40) + " " + String(repeating: "b", count: 41) + " x y z",
        String(repeating: "ab-", count: 20) + "cd",
        "tab\tnew\nline\r\ncr  spaces\u{00A0}nbsp",
        "",
        "-",
        "\u{0}\u{1}\u{7F}",
        "x\u{2011}",
        "Ǻ ǻ Ȁ ȁ ɐ ʃ ˈstress",
    ]

    @Test("the same tokens on tricky text", arguments: tricky)
    func same(text: String) {
        #expect(ByteTokenizer.tokens(text) == SearchTokenizer.tokens(text))
    }

    @Test("the same tokens on 3,000 random texts of tricky pieces")
    func random() {
        let pieces = ["a", "B", "å", "Ä", "ö", "é", "e\u{0301}", "o\u{0308}", "1", "9", "-", "\u{2010}", "\u{2011}", "'", "’",
                      " ", "\n", "—", "–", "…", "🔒", "①", "ß", "İ", "Σ", "ς", "字", "ᆨ", "한", ".", ",", "\u{0301}",
                      "ǅ", "K", "\u{00AD}", "\u{200D}", "\u{FE0F}"]
        var rng = SplitMix(seed: 2026)
        var mismatches = 0
        for _ in 0..<3000 {
            var s = ""
            for _ in 0..<Int(rng.next() % 24) { s += pieces[Int(rng.next() % UInt64(pieces.count))] }
            if ByteTokenizer.tokens(s) != SearchTokenizer.tokens(s) { mismatches += 1 }
        }
        #expect(mismatches == 0)
    }

    @Test("the same tokens on 600 long random texts of words, runs and separators")
    func randomLong() {
        // Long ASCII runs (the byte path copies them in a tight loop), Swedish letters inside
        // and at the edges of words, hyphen chains and apostrophes next to every kind of scalar,
        // and words around the 40-scalar limit in one- and two-byte letters. No piece needs the
        // String path (the texts of the test above mix those in).
        let pieces = ["lösenord", "IT-säkerhet", "Abc", "xyz", "NIS2", "27001", "e-post", "don't", "company’s", "Ö", "å",
                      " ", "  ", "\n", "\t", ". ", ", ", "-", "--", "'", "’", "\u{2010}", "\u{2011}", "—", "…", "“", "é", "ß",
                      String(repeating: "a", count: 39), String(repeating: "ä", count: 39), "ǅ", "🔒", "\u{1F100}", "\u{FE0F}",
                      "(", ")", "[x]", "a_b", "\u{00AD}", "\u{00A0}"]
        var rng = SplitMix(seed: 4711)
        var mismatches = 0, tokens = 0
        for _ in 0..<600 {
            var s = ""
            for _ in 0..<Int(rng.next() % 80) { s += pieces[Int(rng.next() % UInt64(pieces.count))] }
            var copy = s
            #expect(copy.withUTF8 { ByteTokenizer.isFast($0) })
            let expected = SearchTokenizer.tokens(s)
            tokens += expected.count
            if ByteTokenizer.tokens(s) != expected { mismatches += 1 }
        }
        #expect(mismatches == 0)
        #expect(tokens > 5_000)
    }

    @Test("the byte path takes exactly the texts of fast scalars")
    func fastPathChoice() {
        func fast(_ s: String) -> Bool {
            var s = s
            return s.withUTF8 { ByteTokenizer.isFast($0) }
        }
        #expect(fast("Lösenord — IT-säkerhet … 🔒 ǅ ß"))
        #expect(fast(String(repeating: "abcdefgh", count: 9) + "é"))
        #expect(!fast(String(repeating: "abcdefgh", count: 9) + "e\u{0301}"))
        #expect(!fast("İstanbul"))
        #expect(!fast("Ελληνικά"))
        #expect(!fast("中文"))
    }

    @Test("scalars the fast path keeps as they are have no case, no decomposition and class 0")
    func inertScalars() {
        var checked = 0
        for v in UInt32(0x300)...UInt32(0x1FFFF) where ByteTokenizer.isInert(v) {
            guard let u = Unicode.Scalar(v) else { continue }
            let s = String(u)
            #expect(u.properties.lowercaseMapping == s, "U+\(String(v, radix: 16)) lowercases")
            #expect(Array(s.precomposedStringWithCanonicalMapping.unicodeScalars) == [u], "U+\(String(v, radix: 16)) changes under NFC")
            #expect(Array(s.decomposedStringWithCanonicalMapping.unicodeScalars) == [u], "U+\(String(v, radix: 16)) decomposes")
            #expect(u.properties.canonicalCombiningClass == .notReordered)
            checked += 1
        }
        #expect(checked > 2000)
    }

    @Test("scalars below U+0300 have the lowercase the String tokenizer uses")
    func lowercaseTable() {
        for v in UInt32(0)..<0x300 {
            guard let u = Unicode.Scalar(v) else { continue }
            let lower = ByteTokenizer.table.lower[Int(v)]
            let mapped = Array(u.properties.lowercaseMapping.unicodeScalars)
            if lower == ByteTokenizer.slow {
                #expect(mapped.count != 1 || mapped[0].value >= 0x300)
            } else {
                #expect(mapped.map(\.value) == [lower])
            }
        }
    }
}

@Suite("Byte interner")
struct ByteInternerTests {
    func intern(_ t: inout ByteInterner, _ s: String) -> Int32 {
        var s = s
        return s.withUTF8 { t.intern($0) }
    }

    @Test("equal tokens share an id, ids follow first insertion")
    func ids() {
        var t = ByteInterner(capacity: 2)
        let words = (0..<500).map { "ord\($0)" }
        for (i, w) in words.enumerated() { #expect(intern(&t, w) == Int32(i)) }
        for (i, w) in words.enumerated().reversed() { #expect(intern(&t, w) == Int32(i)) }
        #expect(t.count == 500)
        #expect(t.string(123) == "ord123")
    }

    @Test("canonically equivalent tokens share an id and keep the first spelling, as String keys do")
    func canonical() {
        var t = ByteInterner()
        let decomposed = "cafe\u{0301}", composed = "caf\u{00E9}"
        let a = intern(&t, decomposed), b = intern(&t, composed)
        #expect(a == b)
        #expect(t.string(Int(a)).unicodeScalars.elementsEqual(decomposed.unicodeScalars))
        #expect(intern(&t, "cafe") != a)
        var merged = ByteInterner()
        #expect(merged.intern(Int(a), of: t) == 0)
        #expect(merged.string(0).unicodeScalars.elementsEqual(decomposed.unicodeScalars))
        #expect(intern(&merged, composed) == 0)
    }
}

@Suite("Index text encoding")
struct IndexTextTests {
    @Test("JSON strings escape quotes, backslashes, controls, < and the JS line separators")
    func jsonEscapes() {
        var j = JSONWriter()
        j.string("a\"b\\c\n\r\t\u{1}\u{1F}<x>\u{2028}\u{2029}\u{2027}—åé🔒")
        #expect(String(decoding: j.bytes, as: UTF8.self) == "\"a\\\"b\\\\c\\n\\r\\t\\u0001\\u001f\\u003cx>\\u2028\\u2029\u{2027}—åé🔒\"")
    }

    @Test("an excerpt made in one pass is the squeezed and clipped text", arguments: [1, 5, 12, 40, 320])
    func excerpt(limit: Int) {
        // Simple text, with what makes a text not simple (CR, combining marks, Greek, emoji
        // joiners) before, at and after the point where the excerpt stops.
        let pieces = ["ord", "Lösenord", " ", "   ", "\n", "\t", "\r\n", "\r", "—", "…", "“", "é", "e\u{0301}", "\u{0301}", "Σ", "🔒",
                      "\u{200D}", "\u{00A0}", "a", "b c", String(repeating: "x", count: 30)]
        var rng = SplitMix(seed: UInt64(limit))
        var mismatches = 0, clipped = 0
        for _ in 0..<800 {
            var t = ""
            for _ in 0..<Int(rng.next() % 160) { t += pieces[Int(rng.next() % UInt64(pieces.count))] }
            let expected = IndexBuilder.clip(IndexBuilder.squeeze(t), limit)
            let (text, scalars) = IndexBuilder.excerpt(t, limit: limit)
            if text != expected || scalars != expected.unicodeScalars.count || !text.unicodeScalars.elementsEqual(expected.unicodeScalars) { mismatches += 1 }
            if expected.hasSuffix("…") { clipped += 1 }
        }
        #expect(mismatches == 0)
        #expect(clipped > 200)
    }

    @Test("squeezing stops early only where clipping gives the same excerpt", arguments: [5, 12, 40, 320])
    func squeezeLimit(limit: Int) {
        let texts = [
            "  många   ord\n\ni  en\ttext — med streck … och mer text efter det  ",
            "cr\r\nline a\u{0301} combining and more words here to pass the limit",
            String(repeating: "ord ", count: 200),
            "kort",
            "",
        ]
        for t in texts {
            #expect(IndexBuilder.clip(IndexBuilder.squeeze(t, limit: limit), limit) == IndexBuilder.clip(IndexBuilder.squeeze(t), limit))
            #expect(IndexBuilder.squeeze(t) == t.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
                .joined(separator: " ").precomposedStringWithCanonicalMapping)
        }
    }
}
