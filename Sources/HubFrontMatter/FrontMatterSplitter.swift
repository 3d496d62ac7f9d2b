import HubDiagnostics

/// Finds the `---` fences of a document and hands the text between them to the YAML
/// parser, keeping file line numbers for everything it reports.
///
/// The first line must be `---` (spaces or tabs may follow). The front matter ends at the
/// next line that is `---` or `...`. A UTF-8 BOM is normally removed by the caller; one
/// left at the start is tolerated here so that such a file still has its front matter.
enum FrontMatterSplitter {
    static func parseDocument(_ text: String, path: String) -> FrontMatterDocument {
        var utf8 = text
        return utf8.withUTF8 { split($0, text: text, path: path) }
    }

    private static func split(_ bytes: UnsafeBufferPointer<UInt8>, text: String, path: String) -> FrontMatterDocument {
        switch fences(bytes) {
        case .none:
            return FrontMatterDocument(fields: nil, body: text, bodyStartLine: 1, diagnostics: [])
        case .unclosed:
            return FrontMatterDocument(fields: nil, body: text, bodyStartLine: 1, diagnostics: [unclosed(path)])
        case .closed(let yamlRange, let bodyStart, let bodyStartLine):
            // Copies of parts of a valid `String`, cut after line breaks (on scalar boundaries):
            // no second UTF-8 validation of the whole body.
            let utf8 = text.utf8
            let yamlFrom = utf8.index(utf8.startIndex, offsetBy: yamlRange.lowerBound)
            let yamlTo = utf8.index(yamlFrom, offsetBy: yamlRange.count)
            let yaml = String(text[yamlFrom..<yamlTo])
            let body = String(text[utf8.index(yamlTo, offsetBy: bodyStart - yamlRange.upperBound)...])
            let (fields, diagnostics) = YAMLParser.parse(yaml, path: path, firstLine: 2)
            return FrontMatterDocument(fields: fields, body: body, bodyStartLine: bodyStartLine, diagnostics: diagnostics)
        }
    }

    /// `parseDocument` for UTF-8 bytes: the YAML and the body are each made once from them
    /// (validated as they are made), with no `String` of the whole text first. Nil when the
    /// bytes are not valid UTF-8.
    static func parseDocument(utf8 bytes: UnsafeBufferPointer<UInt8>, path: String) -> FrontMatterDocument? {
        switch fences(bytes) {
        case .none:
            guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
            return FrontMatterDocument(fields: nil, body: text, bodyStartLine: 1, diagnostics: [])
        case .unclosed:
            guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
            return FrontMatterDocument(fields: nil, body: text, bodyStartLine: 1, diagnostics: [unclosed(path)])
        case .closed(let yamlRange, let bodyStart, let bodyStartLine):
            // The fence lines between the parts are ASCII: the whole is valid when both parts are.
            guard let yaml = String(validating: UnsafeBufferPointer(rebasing: bytes[yamlRange]), as: UTF8.self),
                  let body = String(validating: UnsafeBufferPointer(rebasing: bytes[bodyStart...]), as: UTF8.self) else { return nil }
            let (fields, diagnostics) = YAMLParser.parse(yaml, path: path, firstLine: 2)
            return FrontMatterDocument(fields: fields, body: body, bodyStartLine: bodyStartLine, diagnostics: diagnostics)
        }
    }

    /// Where the front matter of a text is, if it has any.
    enum Fences {
        case none, unclosed
        /// The YAML's bytes, where the body starts, and the body's first file line.
        case closed(yaml: Range<Int>, bodyStart: Int, bodyStartLine: Int)
    }

    static func fences(_ bytes: UnsafeBufferPointer<UInt8>) -> Fences {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        var (lineEnd, next) = lineBounds(bytes, from: start)
        guard isFence(bytes, start, lineEnd, closing: false) else { return .none }
        let yamlStart = next
        var line = 2
        while next < bytes.count {
            let lineStart = next
            (lineEnd, next) = lineBounds(bytes, from: lineStart)
            if isFence(bytes, lineStart, lineEnd, closing: true) {
                return .closed(yaml: yamlStart..<lineStart, bodyStart: next, bodyStartLine: line + 1)
            }
            line += 1
        }
        return .unclosed
    }

    private static func unclosed(_ path: String) -> Diagnostic {
        Diagnostic.error(
            "frontmatter-unclosed", at: SourceLocation(path: path, line: 1, column: 1),
            sv: "front matter som öppnas här stängs aldrig; lägg till en rad med bara --- efter fälten",
            en: "front matter opened here is never closed; add a line with only --- after the fields",
            length: 3)
    }

    /// The end of the line starting at `from` (before its break) and the start of the next.
    /// Eight bytes per step past those with no `\n` or `\r`, then `lineBoundsByBytes`.
    static func lineBounds(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> (end: Int, next: Int) {
        var i = from
        if let base = bytes.baseAddress {
            while i + 8 <= bytes.count {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if YAMLParser.hasByte(w, .lf) || YAMLParser.hasByte(w, .cr) { break }
                i += 8
            }
        }
        return lineBoundsByBytes(bytes, from: i)
    }

    /// `lineBounds` one byte at a time.
    static func lineBoundsByBytes(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> (end: Int, next: Int) {
        var i = from
        while i < bytes.count {
            let b = bytes[i]
            if b == .lf { return (i, i + 1) }
            if b == .cr { return (i, i + 1 < bytes.count && bytes[i + 1] == .lf ? i + 2 : i + 1) }
            i += 1
        }
        return (i, i)
    }

    /// `---` (or, closing, `...`) followed only by spaces or tabs.
    private static func isFence(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, closing: Bool) -> Bool {
        guard end - start >= 3 else { return false }
        let c = bytes[start]
        guard c == .dash || (closing && c == .dot), bytes[start + 1] == c, bytes[start + 2] == c else { return false }
        for i in (start + 3)..<end where !bytes[i].isWhite { return false }
        return true
    }
}
