import Testing
@testable import HubDiagnostics

@Suite("Diagnostics")
struct DiagnosticTests {
    @Test("columns count characters, so å is one column")
    func columnsCountCharacters() {
        let file = SourceFile(path: "a.md", text: "title: Åsa\nregion: Skåne Län\n")
        let offset = Array("title: Åsa\nregion: Skåne ".utf8).count
        let loc = file.location(ofOffset: offset)
        #expect(loc.line == 2)
        #expect(loc.column == 15)
    }

    @Test("CRLF and lone CR both end lines")
    func lineEndings() {
        let file = SourceFile(path: "a.md", text: "a\r\nb\rc\nd")
        #expect(file.lineCount == 4)
        #expect(file.lineText(2) == "b")
        #expect(file.lineText(4) == "d")
        #expect(file.lineText(5) == nil)
    }

    @Test("a diagnostic prints like a compiler's, with source line, caret and suggestion")
    func printing() {
        let file = SourceFile(path: "Content/lessons/x.md", text: "---\nmethods: [behovsanalyss]\n---\n")
        let d = Diagnostic.error("unknown-reference", at: SourceLocation(path: file.path, line: 2, column: 11),
                                 sv: "okänd metod 'behovsanalyss'", en: "unknown method 'behovsanalyss'",
                                 suggestion: "behovsanalys", length: 13)
        let en = DiagnosticPrinter(language: .en, sources: [file.path: file]).format(d)
        #expect(en == """
        Content/lessons/x.md:2:11: error: unknown method 'behovsanalyss'
        methods: [behovsanalyss]
                  ^~~~~~~~~~~~~
        did you mean 'behovsanalys'?

        """)
        let sv = DiagnosticPrinter(language: .sv).format(d)
        #expect(sv.hasPrefix("Content/lessons/x.md:2:11: fel: okänd metod 'behovsanalyss'\n"))
    }

    @Test("suggestions pick the closest known value, and none when nothing is close")
    func suggestions() {
        #expect(Suggestion.closest(to: "behovsanalyss", in: ["behovsanalys", "utbildning"]) == "behovsanalys")
        #expect(Suggestion.closest(to: "Skane", in: ["Skåne", "Halland"]) == "Skåne")
        #expect(Suggestion.closest(to: "xyz", in: ["behovsanalys"]) == nil)
    }

    @Test("an adjacent transposition counts as one edit, so short misspelt keys get a suggestion")
    func transpositions() {
        #expect(Suggestion.distance(Array("titel".unicodeScalars), Array("title".unicodeScalars)) == 1)
        #expect(Suggestion.distance(Array("ab".unicodeScalars), Array("ba".unicodeScalars)) == 1)
        #expect(Suggestion.distance(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars)) == 3)
        #expect(Suggestion.distance(Array("ca".unicodeScalars), Array("abc".unicodeScalars)) == 3)
        #expect(Suggestion.closest(to: "titel", in: ["title", "tagline", "language"]) == "title")
        #expect(Suggestion.closest(to: "sumary", in: ["summary", "title"]) == "summary")
        #expect(Suggestion.closest(to: "tilte", in: ["title", "tags"]) == "title")
    }

    @Test("the language follows LC_ALL, then LC_MESSAGES, then LANG")
    func language() {
        #expect(DiagnosticLanguage.fromEnvironment(["LANG": "sv_SE.UTF-8"]) == .sv)
        #expect(DiagnosticLanguage.fromEnvironment(["LC_ALL": "C", "LANG": "sv_SE.UTF-8"]) == .en)
        #expect(DiagnosticLanguage.fromEnvironment([:]) == .en)
    }
}
