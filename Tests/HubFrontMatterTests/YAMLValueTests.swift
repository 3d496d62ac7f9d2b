import Testing
import HubDiagnostics
@testable import HubFrontMatter

/// Parses `yaml` and returns the value of `key`, failing the test on any diagnostic.
private func value(_ yaml: String, _ key: String = "a") -> YAMLValue? {
    let (node, diagnostics) = FrontMatter.parseYAML(yaml, path: "t.md")
    #expect(diagnostics.isEmpty, "\(diagnostics.map { "\($0.location.line):\($0.location.column) \($0.id)" })")
    guard case .map(let entries)? = node?.value else { return nil }
    return entries.first { $0.key == key }?.value.value
}

@Suite("Typed scalar values")
struct YAMLValueTests {
    @Test("integers: decimal with sign, 0x hex and 0o octal (YAML 1.2 core)", arguments: [
        ("0", 0), ("-7", -7), ("+3", 3), ("007", 7), ("0x1F", 31), ("0xff", 255), ("0o17", 15),
        ("9223372036854775807", Int.max),
    ])
    func integers(_ text: String, _ expected: Int) {
        #expect(value("a: \(text)\n") == .int(expected))
    }

    @Test("floats, including exponents, .inf and .nan", arguments: [
        ("3.14", 3.14), ("-0.5", -0.5), (".5", 0.5), ("1.", 1.0), ("6.02e+23", 6.02e23), ("1.5E-3", 0.0015),
        ("1e3", 1000.0), (".inf", Double.infinity), ("-.Inf", -Double.infinity), ("+.INF", Double.infinity),
        ("99999999999999999999", 1e20),
    ])
    func floats(_ text: String, _ expected: Double) {
        #expect(value("a: \(text)\n") == .double(expected))
    }

    @Test("NaN is a float")
    func nan() {
        guard case .double(let d)? = value("a: .NaN\n") else {
            Issue.record("not a float")
            return
        }
        #expect(d.isNaN)
    }

    @Test("text that only looks numeric stays a string", arguments: ["1.2.3", "12px", "0x", "0xG1", "0o8", "+", "-x", ".", "2024-03-05T14:30:00z", "1e", "1_000", "12:30", "yes", "on", "0b101", "- 1x"])
    func numericLookalikes(_ text: String) {
        let quoted = text.hasPrefix("- ") ? "'\(text)'" : text
        #expect(value("a: \(quoted)\n") == .string(text))
    }

    @Test("null and booleans in their spellings", arguments: [
        ("~", YAMLValue.null), ("null", .null), ("NULL", .null), ("", .null),
        ("true", .bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)),
        ("false", .bool(false)), ("False", .bool(false)), ("FALSE", .bool(false)),
        ("tRUE", .string("tRUE")), ("nULL", .string("nULL")),
    ])
    func nullAndBool(_ text: String, _ expected: YAMLValue) {
        #expect(value("a: \(text)\n") == expected)
    }

    @Test("dates and timestamps", arguments: [
        ("2024-03-05", "2024-03-05"),
        ("2024-02-29", "2024-02-29"),
        ("2024-03-05T14:30:00Z", "2024-03-05T14:30:00+00:00"),
        ("2024-03-05t14:30:00Z", "2024-03-05T14:30:00+00:00"),
        ("2024-03-05 14:30:00", "2024-03-05T14:30:00"),
        ("2024-3-5 1:02:03", "2024-03-05T01:02:03"),
        ("2024-03-05T14:30:00.5+01:00", "2024-03-05T14:30:00.500000+01:00"),
        ("2024-03-05T14:30:00.123456789-08", "2024-03-05T14:30:00.123456-08:00"),
        ("2024-03-05 14:30:00 -05:30", "2024-03-05T14:30:00-05:30"),
        ("2024-03-05T14:30:00.000Z", "2024-03-05T14:30:00+00:00"),
    ])
    func datesAndTimestamps(_ text: String, _ iso: String) {
        switch value("a: \(text)\n") {
        case .date(let d)?: #expect(d.iso == iso)
        case .timestamp(let t)?: #expect(t.iso == iso)
        case let other: Issue.record("\(text) gave \(String(describing: other))")
        }
    }

    @Test("impossible dates and times stay strings for the content model to report", arguments: [
        "2024-13-45", "2023-02-29", "2024-04-31", "0000-01-01", "2024-03-05T25:00:00Z", "2024-03-05T10:60:00", "2024-3-5",
    ])
    func impossibleDates(_ text: String) {
        #expect(value("a: \(text)\n") == .string(text))
        #expect(YAMLDate(iso: text) == nil)
    }

    @Test("YAMLDate(iso:) reads real dates only")
    func dateParsing() {
        #expect(YAMLDate(iso: "2024-02-29") == YAMLDate(year: 2024, month: 2, day: 29))
        #expect(YAMLDate(iso: "1900-02-29") == nil)
        #expect(YAMLDate(iso: "2000-02-29") != nil)
        #expect(YAMLDate(iso: "2024-1-01") == nil)
        #expect(YAMLTimestamp(yaml: "2024-03-05T14:30:00+01:00")?.offsetMinutes == 60)
    }

    @Test("quoted scalars are always strings")
    func quotedStrings() {
        #expect(value("a: \"42\"\n") == .string("42"))
        #expect(value("a: '2024-03-05'\n") == .string("2024-03-05"))
        #expect(value("a: 'true'\n") == .string("true"))
        #expect(value("a: \"\"\n") == .string(""))
    }

    @Test("double-quoted escapes, including \\x, \\u, \\U and an escaped line break")
    func escapes() {
        #expect(value(#"a: "\x41\u00e5\U0001F600 \N\_\/\e\0\"\\""# + "\n") == .string("Aå😀 \u{85}\u{A0}/\u{1B}\u{0}\"\\"))
        #expect(value("a: \"line\\\n   joined\"\n") == .string("linejoined"))
        #expect(value("a: \"tab\\there\"\n") == .string("tab\there"))
    }

    @Test("quoted scalars fold line breaks: a space, or a newline per blank line")
    func quotedFolding() {
        #expect(value("a: \"multi\n  line\n\n  quoted\"\n") == .string("multi line\nquoted"))
        #expect(value("a: 'it''s\n   folded'\n") == .string("it's folded"))
        #expect(value("a: \"trailing   \n  spaces\"\n") == .string("trailing spaces"))
    }

    @Test("plain scalars continue on deeper lines and fold")
    func plainFolding() {
        #expect(value("a: plain\n  continued\n  on lines\n\n  with blank\nb: 2\n") == .string("plain continued on lines\nwith blank"))
        let (_, diagnostics) = FrontMatter.parseYAML("a: one # comment\n  two\n", path: "t.md")
        #expect(diagnostics.map(\.id) == ["yaml-indent"], "a comment ends the value, so the next line is misplaced")
    }

    @Test("block scalars: literal, folded, chomping and indentation indicators", arguments: [
        ("a: |\n  x\n  y\n", "x\ny\n"),
        ("a: |-\n  x\n\n", "x"),
        ("a: |+\n  x\n\n", "x\n\n"),
        ("a: >\n  one\n  two\n\n  three\n   more\n  four\n", "one two\nthree\n more\nfour\n"),
        ("a: >-\n\n  leading blank\n", "\nleading blank"),
        ("a: |2\n    x\n     y\n", "  x\n   y\n"),
        ("a: >2-\n   x\n   y\n", " x\n y"),
        ("a: |-2\n    x\n", "  x"),
        ("a: |\n  x", "x"),
        ("a: |\nb: 1\n", ""),
        ("a: |+\n\nb: 1\n", "\n"),
        ("a: |\n  tab\there\n  # kept\n", "tab\there\n# kept\n"),
    ])
    func blockScalars(_ yaml: String, _ expected: String) {
        #expect(value(yaml) == .string(expected))
    }

    @Test("flow collections: nesting, quotes, comments and lines")
    func flow() {
        let (node, diagnostics) = FrontMatter.parseYAML("""
        a: [a, [b, c], {d: e, f: [g]}]
        b: [
          one,   # first
          two words,
          "three, quoted"
        ]
        c: {x: 1, y: [1, 2], "z": 'q'}
        d: [k: v, w]
        e: [http://x.se/a:b, -1, ?x]
        f: {a, b: }
        """, path: "t.md")
        #expect(diagnostics.isEmpty)
        #expect(node?.jsonString(pretty: false) == #"{"a":["a",["b","c"],{"d":"e","f":["g"]}],"b":["one","two words","three, quoted"],"c":{"x":1,"y":[1,2],"z":"q"},"d":[{"k":"v"},"w"],"e":["http://x.se/a:b",-1,"?x"],"f":{"a":null,"b":null}}"#)
    }

    @Test("block lists of maps and lists, with compact and empty items")
    func blockCollections() {
        let (node, diagnostics) = FrontMatter.parseYAML("""
        a:
          - b: 1
            c:
              - x
              - y
          -
            d: 2
          - - deep
            - er
          -
        seq:
        - a
        - b
        other: 1
        """, path: "t.md")
        #expect(diagnostics.isEmpty)
        #expect(node?.jsonString(pretty: false) == #"{"a":[{"b":1,"c":["x","y"]},{"d":2},["deep","er"],null],"seq":["a","b"],"other":1}"#)
    }

    @Test("keys: quoted, with spaces, non-ASCII, and numbers as text")
    func keys() {
        let (node, _) = FrontMatter.parseYAML("\"quoted: key\": 1\nkey with spaces: 2\nlän: 3\n1: 4\n", path: "t.md")
        guard case .map(let entries)? = node?.value else {
            Issue.record("not a map")
            return
        }
        #expect(entries.map(\.key) == ["quoted: key", "key with spaces", "län", "1"])
    }

    @Test("node positions are file lines and character columns")
    func positions() {
        let (node, _) = FrontMatter.parseYAML("titel: Åsa\nlista:\n  - ö\n  - [a, b]\n", path: "t.md", firstLine: 5)
        guard case .map(let entries)? = node?.value, case .list(let items) = entries[1].value.value,
              case .list(let inner) = items[1].value else {
            Issue.record("unexpected shape")
            return
        }
        #expect((node?.line, node?.column) == (5, 1))
        #expect((entries[0].keyLine, entries[0].keyColumn) == (5, 1))
        #expect((entries[0].value.line, entries[0].value.column) == (5, 8))
        #expect((entries[1].value.line, entries[1].value.column) == (7, 3))
        #expect((items[0].line, items[0].column) == (7, 5))
        #expect((inner[1].line, inner[1].column) == (8, 9))
    }
}
