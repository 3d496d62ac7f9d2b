import HubDiagnostics
import HubMarkdown

/// What safe mode changed in a body, as warnings at file:line:column, so that the author
/// learns why the page differs from the source. Made where bodies are first parsed (the
/// loader), so `pilothub check` reports them as well as `build`.
enum SafetyWarnings {
    static func diagnostics(_ notes: [SafetyNote], path: String, bodyStartLine: Int) -> [Diagnostic] {
        notes.map { note in
            let location = SourceLocation(path: path, line: note.line + bodyStartLine - 1, column: note.column)
            switch note.kind {
            case .rawHTMLBlock, .inlineHTML:
                return .warning("raw-html", at: location,
                                sv: "rå HTML visas som text: \(note.detail)", en: "raw HTML is shown as text: \(note.detail)")
            case .unsafeURL:
                return .warning("unsafe-url", at: location,
                                sv: "osäker länk togs bort: \(note.detail)", en: "unsafe link dropped: \(note.detail)")
            }
        }
    }
}
