import Foundation

/// Prints diagnostics the way compilers do:
///
///     Content/lessons/x.md:3:9: error: unknown method 'behovsanalyss'
///     methods: [behovsanalyss]
///             ^~~~~~~~~~~~~
///     did you mean 'behovsanalys'?
public struct DiagnosticPrinter: Sendable {
    public var language: DiagnosticLanguage
    /// Source files by path, for the excerpt line; a diagnostic without one prints without it.
    public var sources: [String: SourceFile]

    public init(language: DiagnosticLanguage, sources: [String: SourceFile] = [:]) {
        self.language = language
        self.sources = sources
    }

    public func format(_ d: Diagnostic) -> String {
        let severity: String
        switch (d.severity, language) {
        case (.error, .sv): severity = "fel"
        case (.warning, .sv): severity = "varning"
        case (.note, .sv): severity = "notering"
        case (.error, .en): severity = "error"
        case (.warning, .en): severity = "warning"
        case (.note, .en): severity = "note"
        }
        var out = "\(d.location.description): \(severity): \(d.message.string(language))\n"
        if let file = sources[d.location.path], let line = file.lineText(d.location.line) {
            let shown = line.replacingOccurrences(of: "\t", with: " ")
            out += shown + "\n"
            let pad = String(repeating: " ", count: max(0, d.location.column - 1))
            out += pad + "^" + String(repeating: "~", count: max(0, d.length - 1)) + "\n"
        }
        if let s = d.suggestion {
            out += language == .sv ? "menade du '\(s)'?\n" : "did you mean '\(s)'?\n"
        }
        for note in d.notes { out += note.string(language) + "\n" }
        return out
    }

    public func format(_ ds: [Diagnostic]) -> String {
        ds.map(format).joined()
    }

    /// One line such as `2 errors, 1 warning` (or in Swedish), for the end of a check.
    public func summary(_ ds: [Diagnostic]) -> String {
        let e = ds.errorCount, w = ds.warningCount
        switch language {
        case .sv: return "\(e) fel, \(w) \(w == 1 ? "varning" : "varningar")"
        case .en: return "\(e) \(e == 1 ? "error" : "errors"), \(w) \(w == 1 ? "warning" : "warnings")"
        }
    }
}
