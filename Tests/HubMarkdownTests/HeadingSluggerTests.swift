import HubTestSupport
import Testing
@testable import HubMarkdown

@Suite("Heading anchors")
struct HeadingSluggerTests {
    @Test("the ASCII fast path gives the same anchor as the Unicode rules, for every ASCII character and random headings")
    func asciiFastPathAgrees() {
        for b in UInt8(0)..<0x80 {
            let text = "A" + String(UnicodeScalar(b)) + "b"
            #expect(HeadingSlugger.slug(text) == HeadingSlugger.unicodeSlug(text), "byte \(b)")
        }
        var rng = SplitMix(seed: 42)
        for _ in 0..<2000 {
            let n = Int(rng.next() % 24)
            let text = String(decoding: (0..<n).map { _ in UInt8(rng.next() % 0x80) }, as: UTF8.self)
            #expect(HeadingSlugger.slug(text) == HeadingSlugger.unicodeSlug(text), "\(Array(text.utf8))")
        }
    }

    @Test("the Latin-1 fast path (å, ä, ö, é …) gives the same anchor as the Unicode rules")
    func latin1FastPathAgrees() {
        for v in UInt32(0xC0)...0xFF {
            let text = "Ab" + String(UnicodeScalar(v)!) + "C"
            #expect(HeadingSlugger.slug(text) == HeadingSlugger.unicodeSlug(text), "U+\(String(v, radix: 16))")
        }
        let pieces = ["Å", "ä", "Ö", "é", "ß", "×", "÷", "Ü", "ÿ", "Þ", " ", "-", "a", "Z", "9", "!", "\u{A0}", "a\u{30A}", "µ", "²", "\t"]
        var rng = SplitMix(seed: 7)
        for _ in 0..<3000 {
            let text = (0..<Int(rng.next() % 10)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
            #expect(HeadingSlugger.slug(text) == HeadingSlugger.unicodeSlug(text), "\(text.unicodeScalars.map { $0.value })")
        }
    }

    @Test("anchors keep Swedish letters, drop punctuation, and number repeats")
    func anchors() {
        #expect(HeadingSlugger.slug("Steg 1: Kartlägg behoven!") == "steg-1-kartlägg-behoven")
        #expect(HeadingSlugger.slug("NIS2 & GDPR") == "nis2--gdpr")
        #expect(HeadingSlugger.slug("!!!") == "section")
        var s = HeadingSlugger()
        #expect([s.unique(for: "Mål"), s.unique(for: "Mål"), s.unique(for: "mål-1")] == ["mål", "mål-1", "mål-1-1"])
    }

    /// The ids by the definition: a counter per base and a set of ids given, both keyed by
    /// `String` (canonical equivalence).
    static func definitionIDs(_ headings: [String]) -> [String] {
        var used: [String: Int] = [:]
        var taken: Set<String> = []
        return headings.map { text in
            let base = HeadingSlugger.slug(text)
            var n = used[base] ?? 0
            var candidate = base
            while taken.contains(candidate) {
                n += 1
                candidate = "\(base)-\(n)"
            }
            taken.insert(candidate)
            used[base] = n
            return candidate
        }
    }

    @Test("ids from the byte lists equal the definition's, also past the lists' limit and with decomposed letters")
    func uniqueIDs() {
        // Precomposed and decomposed spellings of one word, repeats, names that look like
        // numbered repeats, a Greek and a combining-mark heading, and more than 32 headings.
        let words = ["Mål", "Ma\u{30A}l", "mål-1", "Mål", "Steg 1", "steg-1", "Ångström", "A\u{30A}ngström", "Σύνοψη",
                     "x", "x-1", "x", "X", "é", "e\u{301}", "!!!", "section", "section-1", "Résumé", "re\u{301}sume\u{301}"]
        var rng = SystemRandomNumberGenerator()
        var sequences: [[String]] = [words, words.reversed(), Array(repeating: "Rubrik", count: 40),
                                     (0..<70).map { "Del \($0 % 9)" }, (0..<40).map { $0 % 2 == 0 ? "x" : "x-\($0 / 4)" }]
        for _ in 0..<300 {
            let length = Int.random(in: 1...45, using: &rng)
            sequences.append((0..<length).map { _ in words.randomElement(using: &rng)! })
        }
        for headings in sequences {
            var slugger = HeadingSlugger(expected: 16)
            let ids = headings.map { slugger.unique(for: $0) }
            #expect(ids == Self.definitionIDs(headings), "\(headings)")
        }
    }
}
