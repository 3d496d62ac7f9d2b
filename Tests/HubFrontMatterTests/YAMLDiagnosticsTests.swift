import Testing
import HubDiagnostics
import HubTestSupport
@testable import HubFrontMatter

/// One mistake and where it must be reported.
struct MistakeCase: Sendable, CustomTestStringConvertible {
    var yaml: String
    var id: String
    var line: Int
    var column: Int
    var testDescription: String { "\(id): \(yaml.debugDescription)" }
}

@Suite("Diagnostics for YAML outside the subset")
struct YAMLDiagnosticsTests {
    static let mistakes: [MistakeCase] = [
        MistakeCase(yaml: "a: &ref 1\n", id: "yaml-anchor", line: 1, column: 4),
        MistakeCase(yaml: "a: 1\nb: *ref\n", id: "yaml-alias", line: 2, column: 4),
        MistakeCase(yaml: "a: [x, *ref]\n", id: "yaml-alias", line: 1, column: 8),
        MistakeCase(yaml: "a: !!str 1\n", id: "yaml-tag", line: 1, column: 4),
        MistakeCase(yaml: "a: !x 1\n", id: "yaml-tag", line: 1, column: 4),
        MistakeCase(yaml: "? a\n: b\n", id: "yaml-complex-key", line: 1, column: 1),
        MistakeCase(yaml: "a: 1\nb: 2\na: 3\n", id: "yaml-duplicate-key", line: 3, column: 1),
        MistakeCase(yaml: "a: {x: 1, x: 2}\n", id: "yaml-duplicate-key", line: 1, column: 11),
        MistakeCase(yaml: "a:\n\tb: 1\n", id: "yaml-tab-indent", line: 2, column: 1),
        MistakeCase(yaml: "a:\n  \tb: 1\n", id: "yaml-tab-indent", line: 2, column: 3),
        MistakeCase(yaml: "- a\n", id: "yaml-top-level", line: 1, column: 1),
        MistakeCase(yaml: "just text\n", id: "yaml-top-level", line: 1, column: 1),
        MistakeCase(yaml: "a: \"open\n", id: "yaml-unterminated", line: 1, column: 4),
        MistakeCase(yaml: "a: [1, 2\n", id: "yaml-unterminated", line: 1, column: 4),
        MistakeCase(yaml: "a: {x: 1\n", id: "yaml-unterminated", line: 1, column: 4),
        MistakeCase(yaml: "a:\n    b: 1\n  c: 2\n", id: "yaml-indent", line: 3, column: 3),
        MistakeCase(yaml: "a: x: y\n", id: "yaml-syntax", line: 1, column: 5),
        MistakeCase(yaml: "a: \"x\\q\"\n", id: "yaml-escape", line: 1, column: 6),
        MistakeCase(yaml: "a: \"x\\u12\"\n", id: "yaml-escape", line: 1, column: 6),
        MistakeCase(yaml: "a: 1\n: 2\n", id: "yaml-empty-key", line: 2, column: 1),
        MistakeCase(yaml: "a: {x: 1, : 2}\n", id: "yaml-empty-key", line: 1, column: 11),
        MistakeCase(yaml: "a: b\u{7}c\n", id: "yaml-control-character", line: 1, column: 5),
        MistakeCase(yaml: "a: b\u{0}c\n", id: "yaml-control-character", line: 1, column: 5),
        MistakeCase(yaml: "å: ö\u{85}\u{80}\n", id: "yaml-control-character", line: 1, column: 6),
        MistakeCase(yaml: "a: @x\n", id: "yaml-syntax", line: 1, column: 4),
        MistakeCase(yaml: "a: - b\n", id: "yaml-syntax", line: 1, column: 4),
        MistakeCase(yaml: "a: |x\n  t\n", id: "yaml-syntax", line: 1, column: 5),
        MistakeCase(yaml: "a: [1, 2]]\n", id: "yaml-syntax", line: 1, column: 10),
        MistakeCase(yaml: "a: [1 2: 3 4, }\n", id: "yaml-syntax", line: 1, column: 15),
        MistakeCase(yaml: "a: [1,, 2]\n", id: "yaml-syntax", line: 1, column: 7),
        MistakeCase(yaml: "a: 1\nno colon here\n", id: "yaml-syntax", line: 2, column: 1),
        MistakeCase(yaml: "a:\n  - x\n  b: 1\n", id: "yaml-indent", line: 3, column: 3),
        MistakeCase(yaml: "a:\n  b: 1\n  - x\n", id: "yaml-syntax", line: 3, column: 3),
        MistakeCase(yaml: "\"a\nb\": 1\n", id: "yaml-top-level", line: 1, column: 1),
        MistakeCase(yaml: "\"a\" x: 1\n", id: "yaml-syntax", line: 1, column: 5),
        MistakeCase(yaml: "titel: Åsa: x\n", id: "yaml-syntax", line: 1, column: 11),
    ]

    @Test("each mistake is an error with its id at its line and column", arguments: mistakes)
    func mistake(_ m: MistakeCase) {
        let (node, diagnostics) = FrontMatter.parseYAML(m.yaml, path: "m.md")
        #expect(node == nil)
        let hit = diagnostics.first { $0.id == m.id }
        #expect(hit?.severity == .error)
        #expect(hit?.location == SourceLocation(path: "m.md", line: m.line, column: m.column),
                "\(diagnostics.map { "\($0.location.line):\($0.location.column) \($0.id) \($0.message.en)" })")
    }

    @Test("every message has a Swedish and an English text that differ")
    func bilingual() {
        for m in Self.mistakes {
            for d in FrontMatter.parseYAML(m.yaml, path: "m.md").1 {
                #expect(!d.message.sv.isEmpty && !d.message.en.isEmpty)
                #expect(d.message.sv != d.message.en, "\(d.id): \(d.message.en)")
            }
        }
    }

    @Test("every mistake in a document is reported, not only the first")
    func allMistakes() {
        let yaml = "a: &x 1\nb: !!str 2\nc: 1\nc: 2\nd: \"bad \\q\"\ne:\n\tf: 1\n"
        let ids = FrontMatter.parseYAML(yaml, path: "m.md").1.sortedByLocation().map(\.id)
        #expect(ids == ["yaml-anchor", "yaml-tag", "yaml-duplicate-key", "yaml-escape", "yaml-tab-indent"])
    }

    @Test("one tab in the indentation is one error, with no follow-on errors on the valid lines after it")
    func tabIndentRecovery() {
        let yaml = "title: Projekt\nperiod:\n\tstart: 2025-01-01\n  end: 2025-11-30\nregion: Skåne\n"
        let ds = FrontMatter.parseYAML(yaml, path: "m.md").1
        #expect(ds.map { "\($0.location.line):\($0.location.column) \($0.id)" } == ["3:1 yaml-tab-indent"])
        // Through the whole document too, at the file's lines (front matter starts on line 2).
        let doc = FrontMatter.parseDocument("---\n" + yaml + "---\n\nText.\n", path: "m.md")
        #expect(doc.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.id)" } == ["4:1 yaml-tab-indent"])
    }

    @Test("after a tab-indented block, mistakes in later top-level entries are still reported")
    func tabIndentDoesNotHideLaterMistakes() {
        let yaml = "period:\n\tstart: 2025-01-01\n  end: 2025-11-30\nx: 1\nx: 2\n"
        let ds = FrontMatter.parseYAML(yaml, path: "m.md").1.sortedByLocation()
        #expect(ds.first.map { "\($0.location.line):\($0.location.column) \($0.id)" } == "2:1 yaml-tab-indent")
        #expect(ds.contains { $0.id == "yaml-duplicate-key" && $0.location.line == 5 })
        #expect(!ds.contains { $0.location.line == 3 })
    }

    @Test("a duplicate key names the line of the first one and underlines the key")
    func duplicateDetails() {
        let d = FrontMatter.parseYAML("title: A\nlän: x\nlän: y\n", path: "m.md").1.first
        #expect(d?.message.en == "duplicate key 'län' (first on line 2)")
        #expect(d?.message.sv == "nyckeln 'län' finns redan (rad 2)")
        #expect(d?.length == 3)
    }

    @Test("a diagnostic prints compiler-style with the source line and a caret under the character")
    func printed() {
        let text = "---\nområde: Skåne: syd\n---\n"
        let doc = FrontMatter.parseDocument(text, path: "x.md")
        let printer = DiagnosticPrinter(language: .en, sources: ["x.md": SourceFile(path: "x.md", text: text)])
        #expect(printer.format(doc.diagnostics) == """
        x.md:2:14: error: ': ' inside an unquoted value; put the value in quotes
        område: Skåne: syd
                     ^

        """)
    }

    @Test("warnings never come from valid YAML: a clean document has no diagnostics")
    func cleanHasNone() {
        #expect(FrontMatter.parseYAML("title: A\ntags: [a, b]\ndate: 2024-01-01\n", path: "m.md").1.isEmpty)
    }
}

@Suite("Duplicate keys in short and long maps")
struct DuplicateKeyTests {
    /// The definition: a key already written above is a duplicate of its first line.
    static func expected(_ keys: [String]) -> [String] {
        var first: [String: Int] = [:]
        var out: [String] = []
        for (i, k) in keys.enumerated() {
            if let line = first[k] { out.append("\(i + 1):1 \(k) \(line)") } else { first[k] = i + 1 }
        }
        return out
    }

    @Test("block and flow maps of 1 to 60 keys report each repeat at its line, naming the first, on 300 random maps")
    func random() {
        var rng = SplitMix(seed: 5)
        func next(_ n: Int) -> Int { rng.below(n) }
        for _ in 0..<300 {
            let count = 1 + next(60)
            let distinct = 1 + next(70)
            let keys = (0..<count).map { _ in "k\(next(distinct))" }
            let yaml = keys.map { "\($0): 1\n" }.joined()
            let ds = FrontMatter.parseYAML(yaml, path: "m.md").1
            let found = ds.filter { $0.id == "yaml-duplicate-key" }.map { d -> String in
                let key = keys[d.location.line - 1]
                let firstLine = d.message.en.split(separator: " ").last.map { String($0.dropLast()) } ?? ""
                return "\(d.location.line):\(d.location.column) \(key) \(firstLine)"
            }
            #expect(found == Self.expected(keys))
            #expect(ds.count == found.count)
            // The same keys as one flow map on one line: every repeat reported, none else.
            let flow = "m: {" + keys.map { "\($0): 1" }.joined(separator: ", ") + "}\n"
            let flowDs = FrontMatter.parseYAML(flow, path: "m.md").1
            #expect(flowDs.filter { $0.id == "yaml-duplicate-key" }.count == Self.expected(keys).count)
        }
    }
}

@Suite("Refused characters")
struct RefusedCharacterTests {
    /// The definition: on each line, the first C0 control other than tab, DEL, C1 control
    /// other than U+0085, U+FFFE or U+FFFF, with its line and column.
    static func expected(_ lines: [[Unicode.Scalar]]) -> [String] {
        var out: [String] = []
        for (l, line) in lines.enumerated() {
            for (c, s) in line.enumerated() {
                let v = s.value
                if (v < 0x20 && v != 0x09) || v == 0x7F || ((0x80...0x9F).contains(v) && v != 0x85) || v == 0xFFFE || v == 0xFFFF {
                    let hex = String(v, radix: 16, uppercase: true)
                    out.append("\(l + 1):\(c + 1) U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex)")
                    break
                }
            }
        }
        return out
    }

    @Test("the eight-byte scan finds the first refused character of each line, as the definition does, on 500 random texts")
    func random() {
        let pool: [Unicode.Scalar] = ["a", "b", " ", ":", "-", "å", "ö", "é", "\u{9}", "\u{0}", "\u{1}", "\u{1F}", "\u{7F}", "\u{80}",
                                      "\u{85}", "\u{9F}", "\u{A0}", "\u{C2}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{FEFF}", "\u{EF}", "\u{1F600}"]
        var rng = SplitMix(seed: 11)
        func next(_ n: Int) -> Int { rng.below(n) }
        for _ in 0..<500 {
            let lines: [[Unicode.Scalar]] = (0..<(1 + next(6))).map { _ in
                // Mostly plain letters, so that whole words are skipped, with a rare odd one.
                (0..<next(40)).map { _ in next(6) == 0 ? pool[next(pool.count)] : pool[next(4)] }
            }
            let yaml = lines.map { line -> String in var s = ""; s.unicodeScalars.append(contentsOf: line); return s + "\n" }.joined()
            let found = FrontMatter.parseYAML(yaml, path: "m.md").1.filter { $0.id == "yaml-control-character" }.map { d -> String in
                "\(d.location.line):\(d.location.column) \(d.message.en.split(separator: " ")[2])"
            }
            #expect(found == Self.expected(lines), "\(yaml.debugDescription)")
        }
    }
}
