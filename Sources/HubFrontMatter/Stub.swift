// SKELETON: replaced by the front-matter implementation (issue 3). Kept only so the
// package builds while the parser is written in parallel.
import HubDiagnostics

enum FrontMatterSplitter {
    static func parseDocument(_ text: String, path: String) -> FrontMatterDocument {
        FrontMatterDocument(fields: nil, body: text, bodyStartLine: 1, diagnostics: [])
    }
}

enum YAMLParser {
    static func parse(_ yaml: String, path: String, firstLine: Int) -> (YAMLNode?, [Diagnostic]) {
        (nil, [])
    }
}
