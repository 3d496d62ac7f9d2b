import Testing
import HubDiagnostics
@testable import HubFrontMatter

@Suite("Splitting a document at its --- fences")
struct FrontMatterSplitterTests {
    @Test("front matter between fences is parsed and the body starts after the closing fence")
    func basic() {
        let doc = FrontMatter.parseDocument("---\ntitle: Hej\n---\n# Rubrik\n", path: "a.md")
        #expect(doc.diagnostics.isEmpty)
        #expect(doc.fields?.value == .map([YAMLEntry(key: "title", keyLine: 2, keyColumn: 1, value: YAMLNode(.string("Hej"), line: 2, column: 8))]))
        #expect(doc.body == "# Rubrik\n")
        #expect(doc.bodyStartLine == 4)
    }

    @Test("a document without front matter is all body, from line 1")
    func none() {
        let text = "# Rubrik\n\ntitle: not front matter\n"
        let doc = FrontMatter.parseDocument(text, path: "a.md")
        #expect(doc.fields == nil)
        #expect(doc.body == text)
        #expect(doc.bodyStartLine == 1)
        #expect(doc.diagnostics.isEmpty)
    }

    @Test("--- that is not on the first line does not open front matter")
    func notFirstLine() {
        let text = "\n---\ntitle: A\n---\n"
        let doc = FrontMatter.parseDocument(text, path: "a.md")
        #expect(doc.fields == nil)
        #expect(doc.body == text)
    }

    @Test("front matter opened but never closed is an error on line 1 and the whole text is body")
    func unclosed() {
        let text = "---\ntitle: A\n\n# Rubrik\n"
        let doc = FrontMatter.parseDocument(text, path: "x.md")
        #expect(doc.fields == nil)
        #expect(doc.body == text)
        #expect(doc.bodyStartLine == 1)
        #expect(doc.diagnostics.count == 1)
        let d = doc.diagnostics[0]
        #expect(d.severity == .error)
        #expect(d.id == "frontmatter-unclosed")
        #expect(d.location == SourceLocation(path: "x.md", line: 1, column: 1))
        #expect(d.message.en.contains("never closed"))
        #expect(d.message.sv.contains("stängs aldrig"))
    }

    @Test("a lone --- is unclosed front matter")
    func loneFence() {
        let doc = FrontMatter.parseDocument("---", path: "x.md")
        #expect(doc.diagnostics.map(\.id) == ["frontmatter-unclosed"])
    }

    @Test("fences may have trailing spaces and the closing fence may be ...")
    func fenceVariants() {
        let doc = FrontMatter.parseDocument("---  \na: 1\n... \t\nbody", path: "a.md")
        #expect(doc.diagnostics.isEmpty)
        #expect(doc.fields?.jsonString(pretty: false) == #"{"a":1}"#)
        #expect(doc.body == "body")
        #expect(doc.bodyStartLine == 4)
    }

    @Test("---- and --- x are not fences")
    func notFences() {
        #expect(FrontMatter.parseDocument("----\na: 1\n---\n", path: "a.md").fields == nil)
        let doc = FrontMatter.parseDocument("---\na: 1\n--- x\nb: 2\n---\n", path: "a.md")
        #expect(doc.fields == nil)
        #expect(doc.diagnostics.hasErrors, "'--- x' is part of the YAML, where it is not a key")
    }

    @Test("a closing fence on the last line without a line break leaves an empty body")
    func closingAtEnd() {
        let doc = FrontMatter.parseDocument("---\na: 1\n---", path: "a.md")
        #expect(doc.fields?.jsonString(pretty: false) == #"{"a":1}"#)
        #expect(doc.body == "")
        #expect(doc.bodyStartLine == 4)
    }

    @Test("empty and comment-only front matter is an empty map")
    func emptyFrontMatter() {
        for text in ["---\n---\nBody", "---\n# just a note\n\n---\nBody"] {
            let doc = FrontMatter.parseDocument(text, path: "a.md")
            #expect(doc.diagnostics.isEmpty)
            #expect(doc.fields?.value == .map([]))
            #expect(doc.body == "Body")
        }
    }

    @Test("CRLF line endings: values, positions and body line")
    func crlf() {
        let doc = FrontMatter.parseDocument("---\r\ntitle: A\r\ntags:\r\n  - x\r\nbody: |\r\n  one\r\n  two\r\n---\r\nText\r\n", path: "a.md")
        #expect(doc.diagnostics.isEmpty)
        #expect(doc.fields?.jsonString(pretty: false) == #"{"title":"A","tags":["x"],"body":"one\ntwo\n"}"#)
        #expect(doc.body == "Text\r\n")
        #expect(doc.bodyStartLine == 9)
        guard case .map(let entries)? = doc.fields?.value, case .list(let tags) = entries[1].value.value else {
            Issue.record("expected a map with a list")
            return
        }
        #expect((tags[0].line, tags[0].column) == (4, 5))
    }

    @Test("lone CR line endings count as lines everywhere")
    func loneCR() {
        let text = "---\rtitle: A\rdup: 1\rdup: 2\r---\rText\r"
        let doc = FrontMatter.parseDocument(text, path: "a.md")
        #expect(doc.body == "Text\r")
        #expect(doc.bodyStartLine == 6)
        #expect(doc.diagnostics.map(\.id) == ["yaml-duplicate-key"])
        #expect(doc.diagnostics.first?.location.line == 4)
        // The same line numbers as SourceFile, which diagnostics are printed with.
        #expect(SourceFile(path: "a.md", text: text).lineText(4) == "dup: 2")
    }

    @Test("a BOM is removed by the caller, and one left in place is tolerated")
    func bom() {
        let withBOM = "\u{FEFF}---\ntitle: A\n---\nBody\n"
        let stripped = String(withBOM.dropFirst())
        let a = FrontMatter.parseDocument(stripped, path: "a.md")
        let b = FrontMatter.parseDocument(withBOM, path: "a.md")
        #expect(a.fields?.jsonString(pretty: false) == #"{"title":"A"}"#)
        #expect(b.fields == a.fields)
        #expect(b.body == "Body\n")
        #expect(b.bodyStartLine == 4)
    }

    @Test("body line numbers follow the front matter's length, blank lines included")
    func bodyLine() {
        let doc = FrontMatter.parseDocument("---\na: 1\n\n# note\nb: |\n  x\n\n---\n\n# Rubrik\n", path: "a.md")
        #expect(doc.bodyStartLine == 9)
        #expect(doc.body == "\n# Rubrik\n")
        #expect(SourceFile(path: "a.md", text: "---\na: 1\n\n# note\nb: |\n  x\n\n---\n\n# Rubrik\n").lineText(doc.bodyStartLine + 1) == "# Rubrik")
    }

    @Test("columns count characters, so å is one column")
    func unicodeColumns() {
        let doc = FrontMatter.parseDocument("---\nområde: Skåne\nsåå: åäö: x\n---\n", path: "å.md")
        let d = doc.diagnostics.first
        // `såå: åäö: x`: the second ': ' is at character 9, though at byte 14.
        #expect(d?.location == SourceLocation(path: "å.md", line: 3, column: 9))
        let ok = FrontMatter.parseDocument("---\nområde: Skåne\nlän: [Åre, Öland]\n---\n", path: "å.md")
        guard case .map(let entries)? = ok.fields?.value, case .list(let items) = entries[1].value.value else {
            Issue.record("expected a map with a list")
            return
        }
        #expect((entries[0].value.line, entries[0].value.column) == (2, 9))
        #expect((items[1].line, items[1].column) == (3, 12))
    }

    @Test("errors in front matter point at file lines and leave fields nil")
    func errorsOnFileLines() {
        let doc = FrontMatter.parseDocument("---\ntitle: A\ntitle: B\n---\nBody\n", path: "p.md")
        #expect(doc.fields == nil)
        #expect(doc.body == "Body\n")
        #expect(doc.diagnostics.map(\.location) == [SourceLocation(path: "p.md", line: 3, column: 1)])
    }
}
