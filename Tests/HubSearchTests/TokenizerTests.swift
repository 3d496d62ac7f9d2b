import HubMarkdown
import Testing
@testable import HubSearch

@Suite("Tokenizer")
struct TokenizerTests {
    @Test("words are lowercased and NFC-normalized")
    func normalizes() {
        // "ö" written as o + combining diaeresis becomes the single scalar ö.
        #expect(SearchTokenizer.tokens("LÖSENORD lo\u{0308}senord") == ["lösenord", "lösenord"])
    }

    @Test("codes and numbers are kept", arguments: [
        ("NIS2 och ISO 27001", ["nis2", "och", "iso", "27001"]),
        ("3-2-1-regeln", ["regeln", "3-2-1-regeln", "321regeln"]),
        ("10-20", ["10", "20", "10-20", "1020"]),
    ])
    func codes(text: String, expected: [String]) {
        #expect(SearchTokenizer.tokens(text) == expected)
    }

    @Test("hyphen chains give the parts, the chain and the run-together form")
    func hyphens() {
        #expect(SearchTokenizer.tokens("e-post") == ["post", "e-post", "epost"])
        #expect(SearchTokenizer.tokens("IT-säkerhet") == ["it", "säkerhet", "it-säkerhet", "itsäkerhet"])
        #expect(SearchTokenizer.tokens("ok -- nej") == ["ok", "nej"])
    }

    @Test("an apostrophe between letters stays in the word")
    func apostrophes() {
        #expect(SearchTokenizer.tokens("company’s 'quoted'") == ["company's", "quoted"])
    }

    @Test("folding removes diacritics for matching")
    func folding() {
        #expect(SearchTokenizer.fold("brandvägg") == "brandvagg")
        #expect(SearchTokenizer.fold("åäöéü") == "aaoeu")
        #expect(SearchTokenizer.fold("plain") == "plain")
    }

    @Test("codes are not stemmed, words are stemmed in the document's language")
    func terms() {
        #expect(SearchTokenizer.term("nis2", language: .sv) == "nis2")
        #expect(SearchTokenizer.term("behörigheterna", language: .sv) == "behör")
        #expect(SearchTokenizer.term("firewalls", language: .en) == "firewal")
    }

    @Test("odd input never crashes", arguments: ["", "-", "--", "'", "a-", "-a", "\u{0}", "\u{301}", "x\u{2011}", String(repeating: "å", count: 100)])
    func odd(text: String) {
        let t = SearchTokenizer.tokens(text)
        #expect(t.allSatisfy { $0.unicodeScalars.count >= 2 && $0.unicodeScalars.count <= SearchTokenizer.maxLength })
    }
}

@Suite("Decompounding against the site's vocabulary")
struct DecompounderTests {
    let d = Decompounder(vocabulary: ["kryptering", "hantering", "incident", "lösenord", "säkerhet", "kopiering",
                                      "brand", "väggar", "företag", "information"])

    @Test("compounds of known words split", arguments: [
        ("incidenthantering", ["incident", "hantering"]),
        ("lösenordshantering", ["lösenord", "hantering"]),
        ("säkerhetskopiering", ["säkerhet", "kopiering"]),
        ("brandväggen", ["brand", "väggen"]),
    ])
    func splits(word: String, parts: [String]) {
        #expect(d.parts(of: word) == parts)
    }

    @Test("a known head after an unknown modifier is found")
    func head() {
        #expect(d.parts(of: "diskkryptering") == ["disk", "kryptering"])
        #expect(d.parts(of: "diskkrypteringen") == ["disk", "krypteringen"])
    }

    @Test("plain words and short words stay whole", arguments: ["information", "företag", "kryptering", "hantera", "abc"])
    func whole(word: String) {
        #expect(d.parts(of: word) == [])
    }
}

@Suite("Decompounding: verb nouns as heads")
struct DecompounderVerbNounTests {
    @Test("an -ing noun of a known verb is a head even when never used alone")
    func verbNoun() {
        let d = Decompounder(vocabulary: ["hantera", "hanterar", "incident"])
        #expect(d.parts(of: "incidenthantering") == ["incident", "hantering"])
        #expect(d.parts(of: "riskhantering") == ["risk", "hantering"])
        #expect(d.parts(of: "kryptering") == [])
    }
}

@Suite("Markdown source to plain text")
struct MarkdownPlainTextTests {
    @Test("syntax is removed, words stay", arguments: [
        ("Se [Mall för backup](../tools/mall.md) och ![bild](a.png).", "Se Mall för backup och bild."),
        ("1. **Windows: BitLocker.** Kontrollera `manage-bde`.", "Windows: BitLocker. Kontrollera manage-bde."),
        ("## Rubrik\n> citat\n- punkt\n* [x] klar", "Rubrik\ncitat\npunkt\n klar"),
        ("| a | b |\n|---|---|\n| c | d |", "  a   b  \n\n  c   d  "),
        ("snake_case och _kursiv_ <b>fet</b> <https://x.se>", "snake_case och kursiv fet https://x.se"),
        ("```\nkod [x](y)\n```\nefter", "\nkod [x](y)\n\nefter"),
    ])
    func plain(markdown: String, expected: String) {
        #expect(MarkdownPlainText.plain(markdown) == expected)
    }

    @Test("sections are cut at heading lines")
    func sections() {
        let body = "Intro.\n\n## Syfte\n\nText [länk](x.md).\n\n## Så här\n\nMer."
        let h = [MarkdownHeading(level: 2, text: "Syfte", id: "syfte", line: 3), MarkdownHeading(level: 2, text: "Så här", id: "så-här", line: 7)]
        let s = MarkdownPlainText.sections(body: body, headings: h)
        #expect(s.map(\.heading?.id) == [nil, "syfte", "så-här"])
        #expect(s[1].text.contains("Text länk."))
        #expect(!s[1].text.contains("x.md"))
    }
}
