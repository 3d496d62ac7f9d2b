import HubDiagnostics
import HubFrontMatter

/// Reads typed values out of front-matter nodes, collecting a diagnostic for every value
/// that is not what its field expects.
struct FieldReader {
    let path: String
    var diagnostics: [Diagnostic] = []

    init(path: String) { self.path = path }

    func at(_ node: YAMLNode) -> SourceLocation { SourceLocation(path: path, line: node.line, column: node.column) }

    mutating func error(_ id: String, _ node: YAMLNode, sv: String, en: String, suggestion: String? = nil, length: Int = 1) {
        diagnostics.append(.error(id, at: at(node), sv: sv, en: en, suggestion: suggestion, length: length))
    }

    mutating func warning(_ id: String, line: Int, column: Int, sv: String, en: String, suggestion: String? = nil, length: Int = 1) {
        diagnostics.append(.warning(id, at: SourceLocation(path: path, line: line, column: column), sv: sv, en: en,
                                    suggestion: suggestion, length: length))
    }

    /// A scalar as text: numbers and dates as written, so `title: 2024` is a title.
    static func scalarText(_ v: YAMLValue) -> String? {
        switch v {
        case .string(let s): s
        case .int(let i): String(i)
        case .double(let d): String(d)
        case .bool(let b): b ? "true" : "false"
        case .date(let d): d.iso
        case .timestamp(let t): t.date.iso
        case .null, .list, .map: nil
        }
    }

    private mutating func wrongType(_ field: String, _ node: YAMLNode, sv: String, en: String) {
        error("wrong-type", node, sv: "'\(field)' ska vara \(sv)", en: "'\(field)' must be \(en)")
    }

    mutating func string(_ field: String, _ node: YAMLNode) -> String? {
        if let s = Self.scalarText(node.value) { return s }
        wrongType(field, node, sv: "en text", en: "a text")
        return nil
    }

    mutating func int(_ field: String, _ node: YAMLNode) -> Int? {
        guard case .int(let i) = node.value else {
            wrongType(field, node, sv: "ett heltal, till exempel 12", en: "a whole number, e.g. 12")
            return nil
        }
        if i < 0 { error("negative-number", node, sv: "'\(field)' kan inte vara negativt", en: "'\(field)' cannot be negative") }
        return i
    }

    mutating func number(_ field: String, _ node: YAMLNode) -> Double? {
        let d: Double
        switch node.value {
        case .int(let i): d = Double(i)
        case .double(let x) where x.isFinite: d = x
        default:
            wrongType(field, node, sv: "ett tal, till exempel 7.5", en: "a number, e.g. 7.5")
            return nil
        }
        if d < 0 { error("negative-number", node, sv: "'\(field)' kan inte vara negativt", en: "'\(field)' cannot be negative") }
        return d
    }

    mutating func bool(_ field: String, _ node: YAMLNode) -> Bool? {
        if case .bool(let b) = node.value { return b }
        wrongType(field, node, sv: "true eller false", en: "true or false")
        return nil
    }

    /// A list of texts, with the node of each item for later checks.
    mutating func stringList(_ field: String, _ node: YAMLNode) -> [(String, YAMLNode)]? {
        guard case .list(let items) = node.value else {
            if Self.scalarText(node.value) != nil {
                wrongType(field, node, sv: "en lista, till exempel [\(Self.scalarText(node.value)!)]",
                          en: "a list, e.g. [\(Self.scalarText(node.value)!)]")
            } else {
                wrongType(field, node, sv: "en lista med texter", en: "a list of texts")
            }
            return nil
        }
        var out: [(String, YAMLNode)] = []
        for item in items {
            if let s = Self.scalarText(item.value) { out.append((s, item)) } else {
                error("wrong-type", item, sv: "varje värde i '\(field)' ska vara en text", en: "each value of '\(field)' must be a text")
            }
        }
        return out
    }

    mutating func enumeration(_ field: String, _ node: YAMLNode, allowed: [String]) -> String? {
        guard let s = Self.scalarText(node.value) else {
            wrongType(field, node, sv: "ett av: \(allowed.joined(separator: ", "))", en: "one of: \(allowed.joined(separator: ", "))")
            return nil
        }
        if allowed.contains(s) { return s }
        error("invalid-value", node,
              sv: "'\(s)' är inget tillåtet värde för '\(field)' (tillåtna: \(allowed.joined(separator: ", ")))",
              en: "'\(s)' is not an allowed value of '\(field)' (allowed: \(allowed.joined(separator: ", ")))",
              suggestion: Suggestion.closest(to: s, in: allowed), length: s.count)
        return nil
    }

    /// A calendar date that exists; `2024-13-45` is an error whether YAML read it as a date or a string.
    mutating func date(_ field: String, _ node: YAMLNode) -> ContentDate? {
        var parts: (Int, Int, Int)?
        var written = ""
        switch node.value {
        case .date(let d): parts = (d.year, d.month, d.day); written = d.iso
        case .timestamp(let t): parts = (t.date.year, t.date.month, t.date.day); written = t.date.iso
        case .string(let s):
            written = s
            parts = Self.dateParts(s)
        default: break
        }
        guard let (y, m, d) = parts else {
            wrongType(field, node, sv: "ett datum som ÅÅÅÅ-MM-DD, till exempel 2025-03-14", en: "a date as YYYY-MM-DD, e.g. 2025-03-14")
            return nil
        }
        guard ContentDate.isValid(year: y, month: m, day: d) else {
            let why: (String, String) = !(1...12).contains(m) ? ("månad \(m) finns inte", "there is no month \(m)")
                : ("månad \(m) har inte \(d) dagar", "month \(m) does not have \(d) days")
            error("invalid-date", node, sv: "'\(written)' är inget riktigt datum: \(why.0)",
                  en: "'\(written)' is not a real date: \(why.1)", length: written.count)
            return nil
        }
        return ContentDate(year: y, month: m, day: d)
    }

    /// `YYYY-MM-DD` (optionally followed by a time) as numbers, without checking they exist.
    static func dateParts(_ s: String) -> (Int, Int, Int)? {
        let head = s.split(whereSeparator: { $0 == "T" || $0 == " " || $0 == "t" }).first.map(String.init) ?? s
        let p = head.split(separator: "-", omittingEmptySubsequences: false)
        guard p.count == 3, p[0].count == 4, (1...2).contains(p[1].count), (1...2).contains(p[2].count),
              let y = Int(p[0]), let m = Int(p[1]), let d = Int(p[2]),
              p.allSatisfy({ $0.allSatisfy(\.isASCII) }) else { return nil }
        return (y, m, d)
    }
}
