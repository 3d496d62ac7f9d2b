import HubDiagnostics

/// A calendar date as written in YAML (`2024-03-05`), without time zone.
public struct YAMLDate: Sendable, Hashable, Comparable, Codable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (a: YAMLDate, b: YAMLDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// `YYYY-MM-DD`.
    public var iso: String {
        func pad(_ n: Int, _ w: Int) -> String { let s = String(n); return String(repeating: "0", count: max(0, w - s.count)) + s }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}

/// A timestamp (`2024-03-05T14:30:00Z`, `2024-03-05 14:30:00.5 +01:00`).
public struct YAMLTimestamp: Sendable, Hashable, Codable {
    public var date: YAMLDate
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// Fraction of a second in microseconds (Python's isoformat pads to 6 digits).
    public var microsecond: Int
    /// Offset from UTC in minutes; nil for a naive timestamp without zone.
    public var offsetMinutes: Int?

    public init(date: YAMLDate, hour: Int, minute: Int, second: Int, microsecond: Int = 0, offsetMinutes: Int?) {
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
        self.microsecond = microsecond
        self.offsetMinutes = offsetMinutes
    }
}

/// A front-matter value: the YAML subset of DESIGN.md as typed values.
///
/// Not `indirect` as a whole: lists and maps are arrays, which hold their nodes on the heap
/// already, so only the one large payload is boxed. Every other value is stored inline,
/// without an allocation per value of every front matter.
public enum YAMLValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case date(YAMLDate)
    indirect case timestamp(YAMLTimestamp)
    case list([YAMLNode])
    /// Keys in document order.
    case map([YAMLEntry])
}

/// A value with where it starts in the file (1-based line and character column).
public struct YAMLNode: Sendable, Hashable {
    public var value: YAMLValue
    public var line: Int
    public var column: Int

    public init(_ value: YAMLValue, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }
}

/// One `key: value` pair of a map, with the key's own position for "unknown field" errors.
public struct YAMLEntry: Sendable, Hashable {
    public var key: String
    public var keyLine: Int
    public var keyColumn: Int
    public var value: YAMLNode

    public init(key: String, keyLine: Int, keyColumn: Int, value: YAMLNode) {
        self.key = key
        self.keyLine = keyLine
        self.keyColumn = keyColumn
        self.value = value
    }
}
