/// How serious a diagnostic is. Errors stop a build; warnings and notes do not.
public enum Severity: String, Sendable, Codable, Comparable {
    case note, warning, error

    private var rank: Int { self == .error ? 2 : self == .warning ? 1 : 0 }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A message in both of the hub's languages; printing picks one by locale.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var sv: String
    public var en: String

    public init(sv: String, en: String) {
        self.sv = sv
        self.en = en
    }

    /// A text that reads the same in both languages (a file name, a quoted value).
    public init(_ both: String) {
        self.sv = both
        self.en = both
    }

    public func string(_ language: DiagnosticLanguage) -> String { language == .sv ? sv : en }
}

/// A problem found in the input, as a value: parsers collect these rather than
/// throwing, so that `pilothub check` can report every mistake at once.
public struct Diagnostic: Sendable, Hashable, Codable {
    public var severity: Severity
    /// A stable identifier such as `unknown-reference`, for tools and tests.
    public var id: String
    public var location: SourceLocation
    public var message: LocalizedText
    /// Extra lines printed under the source excerpt.
    public var notes: [LocalizedText]
    /// A close known value, printed as "did you mean 'x'?".
    public var suggestion: String?
    /// How many characters the caret underline covers (at least 1).
    public var length: Int

    public init(
        _ severity: Severity, id: String, at location: SourceLocation, _ message: LocalizedText,
        notes: [LocalizedText] = [], suggestion: String? = nil, length: Int = 1
    ) {
        self.severity = severity
        self.id = id
        self.location = location
        self.message = message
        self.notes = notes
        self.suggestion = suggestion
        self.length = max(1, length)
    }

    public static func error(_ id: String, at location: SourceLocation, sv: String, en: String, suggestion: String? = nil, length: Int = 1) -> Diagnostic {
        Diagnostic(.error, id: id, at: location, LocalizedText(sv: sv, en: en), suggestion: suggestion, length: length)
    }

    public static func warning(_ id: String, at location: SourceLocation, sv: String, en: String, suggestion: String? = nil, length: Int = 1) -> Diagnostic {
        Diagnostic(.warning, id: id, at: location, LocalizedText(sv: sv, en: en), suggestion: suggestion, length: length)
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errorCount: Int { filter { $0.severity == .error }.count }
    public var warningCount: Int { filter { $0.severity == .warning }.count }

    /// Sorted by file, line and column, so that output is stable whatever order
    /// parallel checks finished in.
    public func sortedByLocation() -> [Diagnostic] {
        sorted { ($0.location, $0.id, $0.message.en) < ($1.location, $1.id, $1.message.en) }
    }
}
