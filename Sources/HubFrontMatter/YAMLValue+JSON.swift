/// JSON for front-matter values: what `pilothub frontmatter` prints and what tools read.
///
/// Keys keep their document order. Dates are `YYYY-MM-DD` strings and timestamps are
/// strings in Python's `isoformat()` form. JSON has no infinity or NaN, so those floats
/// are written as the strings `".inf"`, `"-.inf"` and `".nan"`, as YAML spells them.
extension YAMLValue {
    /// The value as JSON; `pretty` indents nested collections by two spaces.
    public func jsonString(pretty: Bool = true) -> String {
        var out = ""
        write(to: &out, pretty: pretty, indent: 0)
        return out
    }

    private func write(to out: inout String, pretty: Bool, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let n): out += String(n)
        case .double(let d):
            if d.isNaN {
                out += "\".nan\""
            } else if d.isInfinite {
                out += d < 0 ? "\"-.inf\"" : "\".inf\""
            } else {
                out += String(d)
            }
        case .string(let s): Self.writeString(s, to: &out)
        case .date(let d): Self.writeString(d.iso, to: &out)
        case .timestamp(let t): Self.writeString(t.iso, to: &out)
        case .list(let items):
            writeCollection(items.map { (nil, $0.value) }, open: "[", close: "]", to: &out, pretty: pretty, indent: indent)
        case .map(let entries):
            writeCollection(entries.map { ($0.key, $0.value.value) }, open: "{", close: "}", to: &out, pretty: pretty, indent: indent)
        }
    }

    private func writeCollection(_ members: [(String?, YAMLValue)], open: String, close: String,
                                 to out: inout String, pretty: Bool, indent: Int) {
        guard !members.isEmpty else {
            out += open + close
            return
        }
        out += open
        let inner = String(repeating: " ", count: (indent + 1) * 2)
        for (i, (key, value)) in members.enumerated() {
            if i > 0 { out += "," }
            if pretty { out += "\n" + inner }
            if let key {
                Self.writeString(key, to: &out)
                out += pretty ? ": " : ":"
            }
            value.write(to: &out, pretty: pretty, indent: indent + 1)
        }
        if pretty { out += "\n" + String(repeating: " ", count: indent * 2) }
        out += close
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped,
    /// everything else (å, emoji) written as itself.
    static func writeString(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}": out += "\\b"
            case "\u{C}": out += "\\f"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

extension YAMLNode {
    /// The node's value as JSON (see `YAMLValue.jsonString(pretty:)`).
    public func jsonString(pretty: Bool = true) -> String {
        value.jsonString(pretty: pretty)
    }
}
