import Foundation
import Testing
import HubDiagnostics
@testable import HubFrontMatter

/// One case of `frontmatter.json` (format in `../shared/conformance/README.md`).
struct ConformanceCase: Sendable, CustomTestStringConvertible {
    var name: String
    var feature: String
    var yaml: String
    /// The expected value for a valid case; nil for an invalid one.
    var expected: TestJSON?
    /// JSON Pointers of values that were unquoted dates or timestamps.
    var datePaths: Set<String>
    var errorLine: Int?

    var testDescription: String { name }

    static let all: [ConformanceCase] = load()

    private static func load() -> [ConformanceCase] {
        guard let url = Bundle.module.url(forResource: "Resources/frontmatter", withExtension: "json"),
              let data = try? Data(contentsOf: url),
              case .array(let items)? = TestJSON.parse(String(decoding: data, as: UTF8.self)) else { return [] }
        return items.compactMap { item in
            guard case .object(let fields) = item else { return nil }
            func field(_ name: String) -> TestJSON? { fields.first { $0.0 == name }?.1 }
            guard case .string(let name)? = field("name"), case .string(let feature)? = field("feature"),
                  case .string(let yaml)? = field("yaml") else { return nil }
            var datePaths: Set<String> = []
            if case .array(let paths)? = field("date_paths") {
                for case .string(let p) in paths { datePaths.insert(p) }
            }
            var errorLine: Int?
            if case .number(let n)? = field("error_line") { errorLine = Int(n) }
            return ConformanceCase(name: name, feature: feature, yaml: yaml, expected: field("expected"),
                                   datePaths: datePaths, errorLine: errorLine)
        }
    }

    /// What is wrong with the parser's answer to this case, or nil when it is right.
    func failure() -> String? {
        let (node, diagnostics) = FrontMatter.parseYAML(yaml, path: "case.md", firstLine: 1)
        if let errorLine {
            return Self.errorFailure(node, diagnostics, line: errorLine)
        }
        guard let expected else { return "case has neither expected nor error_line" }
        if diagnostics.hasErrors {
            return "unexpected errors: " + diagnostics.map { "\($0.location.line):\($0.location.column) \($0.id) \($0.message.en)" }.joined(separator: "; ")
        }
        guard let node else { return "no value" }
        if expected == .null {
            // Documented choice: a front matter of only comments is an empty map (PyYAML: null).
            if case .map(let entries) = node.value, entries.isEmpty { return nil }
            return "expected an empty map for a front matter without fields, got \(node.jsonString(pretty: false))"
        }
        return Self.compare(node.value, expected, pointer: "", datePaths: datePaths)
    }

    /// The same case inside `---` fences: errors move down one line, values stay.
    func failureInDocument() -> String? {
        let text = "---\n" + yaml + (yaml.hasSuffix("\n") ? "" : "\n") + "---\nBody\n"
        let document = FrontMatter.parseDocument(text, path: "case.md")
        if document.body != "Body\n" { return "body is \(document.body.debugDescription)" }
        if let errorLine { return Self.errorFailure(document.fields, document.diagnostics, line: errorLine + 1) }
        if document.diagnostics.hasErrors { return "unexpected errors in the document" }
        let direct = FrontMatter.parseYAML(yaml, path: "case.md", firstLine: 2).0
        return document.fields == direct ? nil : "document fields differ from parseYAML(firstLine: 2)"
    }

    private static func errorFailure(_ node: YAMLNode?, _ diagnostics: [Diagnostic], line: Int) -> String? {
        let errors = diagnostics.filter { $0.severity == .error }.sortedByLocation()
        guard let first = errors.first else { return "no error reported; value \(node?.jsonString(pretty: false) ?? "nil")" }
        if node != nil { return "a value was returned despite errors" }
        if !errors.contains(where: { $0.location.line == line }) || first.location.line < line {
            return "expected the first error on line \(line), got " + errors.map { "\($0.location.line):\($0.location.column) \($0.id)" }.joined(separator: ", ")
        }
        return nil
    }

    static func compare(_ value: YAMLValue, _ expected: TestJSON, pointer: String, datePaths: Set<String>) -> String? {
        let here = pointer.isEmpty ? "/" : pointer
        switch (value, expected) {
        case (.null, .null):
            return nil
        case let (.bool(a), .bool(b)):
            return a == b ? nil : "\(here): \(a) != \(b)"
        case let (.int(a), .number(text)) where !text.contains(where: { ".eE".contains($0) }):
            return Int(text) == a ? nil : "\(here): int \(a) != \(text)"
        case let (.double(a), .number(text)) where text.contains(where: { ".eE".contains($0) }):
            return Double(text) == a ? nil : "\(here): float \(a) != \(text)"
        case let (.string(a), .string(b)) where !datePaths.contains(pointer):
            return a == b ? nil : "\(here): \(a.debugDescription) != \(b.debugDescription)"
        case let (.date(d), .string(b)) where datePaths.contains(pointer):
            return d.iso == b ? nil : "\(here): date \(d.iso) != \(b)"
        case let (.timestamp(t), .string(b)) where datePaths.contains(pointer):
            return t.iso == b ? nil : "\(here): timestamp \(t.iso) != \(b)"
        case let (.list(items), .array(expected)):
            guard items.count == expected.count else { return "\(here): \(items.count) items, expected \(expected.count)" }
            for (i, (item, e)) in zip(items, expected).enumerated() {
                if let f = compare(item.value, e, pointer: pointer + "/\(i)", datePaths: datePaths) { return f }
            }
            return nil
        case let (.map(entries), .object(expected)):
            guard entries.map(\.key) == expected.map(\.0) else {
                return "\(here): keys \(entries.map(\.key)) != \(expected.map(\.0))"
            }
            for (entry, e) in zip(entries, expected) {
                let escaped = entry.key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
                if let f = compare(entry.value.value, e.1, pointer: pointer + "/" + escaped, datePaths: datePaths) { return f }
            }
            return nil
        default:
            return "\(here): got \(value.jsonString(pretty: false)) (\(value.kindName.en)), expected \(expected)"
        }
    }
}

@Suite("frontmatter.json conformance")
struct FrontMatterConformanceTests {
    @Test("a conformance case gives its expected value or an error on its line", arguments: ConformanceCase.all)
    func conformanceCase(_ c: ConformanceCase) {
        #expect(c.failure() == nil, "\(c.name): \(c.yaml.debugDescription)")
    }

    @Test("a conformance case inside --- fences gives the same result on file lines", arguments: ConformanceCase.all)
    func conformanceCaseInDocument(_ c: ConformanceCase) {
        #expect(c.failureInDocument() == nil, "\(c.name)")
    }

    @Test("all 94 valid and 31 invalid cases are loaded and pass")
    func counts() {
        let valid = ConformanceCase.all.filter { $0.errorLine == nil }
        let invalid = ConformanceCase.all.filter { $0.errorLine != nil }
        let validPassed = valid.filter { $0.failure() == nil }.count
        let invalidPassed = invalid.filter { $0.failure() == nil }.count
        print("frontmatter.json: \(validPassed)/\(valid.count) valid cases give the expected value, "
              + "\(invalidPassed)/\(invalid.count) invalid cases give an error on the stated line")
        #expect(valid.count == 94)
        #expect(invalid.count == 31)
        #expect(validPassed == valid.count)
        #expect(invalidPassed == invalid.count)
    }
}
