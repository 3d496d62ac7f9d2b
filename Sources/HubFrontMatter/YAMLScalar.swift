/// How an unquoted scalar's text becomes a typed value: the YAML 1.2 core schema
/// (null, booleans, integers, floats) plus dates and timestamps as PyYAML reads them.
/// Quoted scalars are always strings and never come here.
public enum YAMLScalar {
    /// The typed value of the plain scalar `text` (UTF-8).
    public static func resolve(_ text: [UInt8]) -> YAMLValue {
        guard let first = text.first else { return .null }
        switch first {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            if isOneOf(text, ["~", "null", "Null", "NULL"]) { return .null }
        case UInt8(ascii: "t"), UInt8(ascii: "T"):
            if isOneOf(text, ["true", "True", "TRUE"]) { return .bool(true) }
        case UInt8(ascii: "f"), UInt8(ascii: "F"):
            if isOneOf(text, ["false", "False", "FALSE"]) { return .bool(false) }
        case .dot:
            if isOneOf(text, [".inf", ".Inf", ".INF"]) { return .double(.infinity) }
            if isOneOf(text, [".nan", ".NaN", ".NAN"]) { return .double(.nan) }
        case .plus, .dash:
            if isOneOf(Array(text.dropFirst()), [".inf", ".Inf", ".INF"]) {
                return .double(first == .dash ? -.infinity : .infinity)
            }
        default:
            break
        }
        if first.isDigit || first == .plus || first == .dash || first == .dot {
            if let number = number(text) { return number }
            if text.count >= 10, first.isDigit {
                if let date = YAMLDate(iso: text) { return .date(date) }
                if let timestamp = YAMLTimestamp(yaml: text) { return .timestamp(timestamp) }
            }
        }
        return .string(String(decoding: text, as: UTF8.self))
    }

    private static func isOneOf(_ text: [UInt8], _ words: [StaticString]) -> Bool {
        words.contains { word in
            word.utf8CodeUnitCount == text.count
                && word.withUTF8Buffer { $0.elementsEqual(text) }
        }
    }

    /// Decimal integers (with sign), `0o` octal and `0x` hex, and floats; nil otherwise.
    /// A decimal integer too large for `Int` becomes a `Double` (YAML has no bound).
    static func number(_ text: [UInt8]) -> YAMLValue? {
        let string = String(decoding: text, as: UTF8.self)
        if text.count > 2, text[0] == UInt8(ascii: "0") {
            let digits = string.dropFirst(2)
            if text[1] == UInt8(ascii: "x"), digits.utf8.allSatisfy({ $0.isHexDigit }) {
                return Int(digits, radix: 16).map(YAMLValue.int) ?? Double("0x" + digits).map(YAMLValue.double)
            }
            if text[1] == UInt8(ascii: "o"), digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x37 }) {
                return Int(digits, radix: 8).map(YAMLValue.int)
            }
        }
        var i = 0
        if text[0] == .plus || text[0] == .dash { i = 1 }
        let integerStart = i
        while i < text.count, text[i].isDigit { i += 1 }
        let integerDigits = i - integerStart
        if i == text.count {
            guard integerDigits > 0 else { return nil }
            if let n = Int(string) { return .int(n) }
            return Double(string).map(YAMLValue.double)
        }
        var fractionDigits = 0
        if text[i] == .dot {
            i += 1
            let fractionStart = i
            while i < text.count, text[i].isDigit { i += 1 }
            fractionDigits = i - fractionStart
        }
        guard integerDigits + fractionDigits > 0 else { return nil }
        if i < text.count, text[i] == UInt8(ascii: "e") || text[i] == UInt8(ascii: "E") {
            i += 1
            if i < text.count, text[i] == .plus || text[i] == .dash { i += 1 }
            let exponentStart = i
            while i < text.count, text[i].isDigit { i += 1 }
            guard i > exponentStart else { return nil }
        }
        guard i == text.count else { return nil }
        return Double(string).map(YAMLValue.double)
    }
}

extension UInt8 {
    var isHexDigit: Bool {
        isDigit || (self >= 0x41 && self <= 0x46) || (self >= 0x61 && self <= 0x66)
    }
}
