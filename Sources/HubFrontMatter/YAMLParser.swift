import HubDiagnostics

/// Reads the YAML subset of DESIGN.md from UTF-8 bytes into `YAMLNode`s.
///
/// The parser is line-oriented: block structure (maps, lists, block scalars) is decided
/// by the indentation of whole lines, while scalars and flow collections are scanned byte
/// by byte within and across lines. Every problem becomes a `Diagnostic` with the file
/// line and character column; the parser never throws and never stops at the first error,
/// so an author sees every mistake at once.
///
/// Choices where YAML leaves room or where the subset differs from PyYAML:
/// - anchors, aliases, tags, `?` keys, duplicate keys and a top level that is not a map
///   are errors (PyYAML accepts them);
/// - keys are strings: `1: a` has the key `"1"`;
/// - scalars resolve by the YAML 1.2 core schema plus dates and timestamps;
/// - an impossible date such as `2024-13-45` stays a string, so that the content model,
///   which knows which fields hold dates, can report it as an impossible date;
/// - a front matter with only comments or blank lines is an empty map.
struct YAMLParser {
    let bytes: [UInt8]
    let path: String
    let firstLine: Int
    /// Byte offset where each line starts.
    var lineStarts: [Int] = []
    /// Byte offset where each line's text ends (its line break excluded).
    var lineEnds: [Int] = []
    var diagnostics: [Diagnostic] = []
    /// The current line (0-based) and byte position; `line == lineCount` is the end.
    var line = 0
    var pos = 0
    var depth = 0
    /// The indentation of the block collection or block scalar that ended last, so that
    /// a misaligned line can be explained against the lines above it.
    var lastClosed: (indent: Int, isList: Bool)?
    /// Lines (0-based) where only `yaml-tab-indent` errors are reported: from a line
    /// indented with a tab to the next top-level line. A tab makes every indentation
    /// below it ambiguous, so whatever else the parser finds there follows from the tab
    /// (a sibling key read as the continuation of a value, say) and would mislead.
    var tabQuietLines: [Range<Int>] = []
    /// The last column computed (see `location(line:offset:)`).
    let columns = ColumnCache()

    /// Nesting deeper than this is refused, so that `[[[[…` cannot exhaust the stack.
    static let maxDepth = 64

    /// Parses `yaml`; the node is nil when any error was found.
    static func parse(_ yaml: String, path: String, firstLine: Int) -> (YAMLNode?, [Diagnostic]) {
        var parser = YAMLParser(bytes: Array(yaml.utf8), path: path, firstLine: firstLine)
        let node = parser.parseDocument()
        let diagnostics = parser.diagnostics
        return (diagnostics.hasErrors ? nil : node, diagnostics)
    }

    init(bytes: [UInt8], path: String, firstLine: Int) {
        self.bytes = bytes
        self.path = path
        self.firstLine = firstLine
        // Lines end at \n, \r\n or a lone \r, exactly as SourceFile counts them. Into local
        // arrays sized for typical lines (front matter lines are mostly longer than 24
        // bytes): growing the parser's own arrays from empty was a tenth of its time.
        var starts: [Int] = [], ends: [Int] = []
        starts.reserveCapacity(bytes.count / 24 + 4)
        ends.reserveCapacity(bytes.count / 24 + 4)
        bytes.withUnsafeBufferPointer { p in
            var start = 0
            var i = 0
            if Self.lfOnlyBreaks(p) {
                // Only `\n` breaks (almost every file): from one to the next with a word-wide
                // search, not a comparison per byte.
                while let lf = Self.nextLF(p, from: start) {
                    starts.append(start)
                    ends.append(lf)
                    start = lf + 1
                }
                i = p.count
            }
            while i < p.count {
                let b = p[i]
                if b == .lf || b == .cr {
                    starts.append(start)
                    ends.append(i)
                    if b == .cr, i + 1 < p.count, p[i + 1] == .lf { i += 1 }
                    start = i + 1
                }
                i += 1
            }
            if start < p.count {
                starts.append(start)
                ends.append(p.count)
            }
        }
        lineStarts = starts
        lineEnds = ends
        pos = lineStarts.first ?? 0
    }

    /// Whether `p` has no `\r`, so that every line ends at a `\n` (or at the end).
    static func lfOnlyBreaks(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i + 8 <= p.count {
            let w = UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self)
            if hasByte(w, .cr) { return false }
            i += 8
        }
        while i < p.count {
            if p[i] == .cr { return false }
            i += 1
        }
        return true
    }

    /// The offset of the next `\n` at or after `from`, eight bytes per step.
    static func nextLF(_ p: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var i = from
        while i + 8 <= p.count {
            let w = UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self)
            if hasByte(w, .lf) { break }
            i += 8
        }
        while i < p.count {
            if p[i] == .lf { return i }
            i += 1
        }
        return nil
    }

    /// Whether one of the eight bytes of `w` is `b`: the classic zero-byte test on `w ^ b…b`,
    /// exact as a yes/no (it can only mark a wrong byte above a byte that really matches).
    @inline(__always)
    static func hasByte(_ w: UInt64, _ b: UInt8) -> Bool {
        let x = w ^ (0x0101_0101_0101_0101 &* UInt64(b))
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
    }

    var lineCount: Int { lineStarts.count }
    var atEnd: Bool { line >= lineCount }
    /// The end of the current line's text.
    var end: Int { atEnd ? bytes.count : lineEnds[line] }
    var atEOL: Bool { atEnd || pos >= lineEnds[line] }
    /// The byte `k` after the cursor on the current line, or 0 past the line's end.
    func peek(_ k: Int = 0) -> UInt8 {
        let i = pos + k
        return !atEnd && i < lineEnds[line] ? bytes[i] : 0
    }
    /// True when the byte `k` after the cursor is a space, a tab or the end of the line.
    func isSeparator(_ k: Int) -> Bool {
        let i = pos + k
        return atEnd || i >= lineEnds[line] || bytes[i].isWhite
    }
    /// Whether the current line ended with a line break (the last may not).
    func hasBreak(_ l: Int) -> Bool { lineEnds[l] < bytes.count }

    mutating func nextLine() {
        line += 1
        pos = atEnd ? bytes.count : lineStarts[line]
    }

    mutating func moveTo(line l: Int, indent: Int) {
        line = l
        pos = lineStarts[l] + indent
    }

    mutating func skipWhite() {
        let e = end
        while pos < e, bytes[pos].isWhite { pos += 1 }
    }

    /// Enters one level of nesting; false (with an error) past `maxDepth`.
    mutating func enter() -> Bool {
        if depth >= Self.maxDepth {
            error("yaml-depth", at: here,
                  sv: "för djupt nästlat (högst \(Self.maxDepth) nivåer)",
                  en: "nested too deeply (at most \(Self.maxDepth) levels)")
            return false
        }
        depth += 1
        return true
    }

    // MARK: Lines

    /// The next line at or after `l` that holds content (not blank, not only a comment),
    /// with its indentation in bytes. Tabs in the indentation are reported and counted
    /// as one column each, so that parsing can go on.
    mutating func nextContentLine(from l: Int) -> (line: Int, indent: Int)? {
        var l = l
        while l < lineCount {
            let start = lineStarts[l], e = lineEnds[l]
            var i = start
            while i < e, bytes[i] == .space { i += 1 }
            var j = i
            while j < e, bytes[j].isWhite { j += 1 }
            if j == e || bytes[j] == .hash {
                l += 1
                continue
            }
            if j > i {
                quietAfterTab(line: l)
                error("yaml-tab-indent", at: location(line: l, offset: i),
                      sv: "tabbtecken i indraget; YAML dras in med mellanslag",
                      en: "tab character used for indentation; YAML is indented with spaces")
            }
            return (l, j - start)
        }
        return nil
    }

    /// Whether line `l`, indented `indent` bytes, is a list item (`- …` or a lone `-`).
    func isDashItem(line l: Int, indent: Int) -> Bool {
        let i = lineStarts[l] + indent
        guard i < lineEnds[l], bytes[i] == .dash else { return false }
        return i + 1 >= lineEnds[l] || bytes[i + 1].isWhite
    }

    /// Skips the current line and every following line indented deeper than `indent`:
    /// after an error, the lines that belonged to the broken entry are not reported again.
    mutating func skipLineAndChildren(deeperThan indent: Int) {
        nextLine()
        while let (l, ind) = nextContentLine(from: line), ind > indent {
            line = l
            nextLine()
        }
    }

    /// Ends a value's line: only spaces and a comment may follow it.
    mutating func finishLine() {
        guard !atEnd else { return }
        let start = pos
        skipWhite()
        if atEOL || (peek() == .hash && (pos > start || pos == lineStarts[line])) {
            nextLine()
            return
        }
        let shown = characterText(at: pos)
        error("yaml-syntax", at: here,
              sv: "oväntat '\(shown)' efter värdet",
              en: "unexpected '\(shown)' after the value")
        nextLine()
    }

    // MARK: Positions and diagnostics

    /// The file location of byte `offset` on line `l` (0-based), column in characters.
    func location(line l: Int, offset: Int) -> SourceLocation {
        guard lineCount > 0 else { return SourceLocation(path: path, line: firstLine, column: 1) }
        let l = min(l, lineCount - 1)
        var start = lineStarts[l]
        let stop = min(max(offset, start), bytes.count)
        var column = 1
        // Positions are asked for left to right, so counting on from the last one on the
        // same line keeps a long line of many values linear.
        if columns.line == l, columns.offset <= stop, columns.offset >= start {
            start = columns.offset
            column = columns.column
        }
        var ascii = true
        for i in start..<stop where bytes[i] >= 0x80 { ascii = false; break }
        column += ascii ? stop - start : String(decoding: bytes[start..<stop], as: UTF8.self).count
        columns.line = l
        columns.offset = stop
        columns.column = column
        return SourceLocation(path: path, line: firstLine + l, column: column)
    }

    var here: SourceLocation {
        atEnd && lineCount > 0 ? location(line: lineCount - 1, offset: lineEnds[lineCount - 1]) : location(line: line, offset: pos)
    }

    /// The character at byte `i`, for messages.
    func characterText(at i: Int) -> String {
        guard i < bytes.count else { return "" }
        var n = 1
        while i + n < bytes.count, n < 4, bytes[i + n] & 0xC0 == 0x80 { n += 1 }
        return String(decoding: bytes[i..<(i + n)], as: UTF8.self)
    }

    /// Starts a quiet range at tab-indented line `l`, up to the next line whose content
    /// starts in the first column.
    mutating func quietAfterTab(line l: Int) {
        guard !tabQuietLines.contains(where: { $0.contains(l) }) else { return }
        var next = l + 1
        while next < lineCount {
            let start = lineStarts[next]
            if start < lineEnds[next], !bytes[start].isWhite { break }
            next += 1
        }
        tabQuietLines.append(l..<next)
    }

    mutating func error(_ id: String, at location: SourceLocation, sv: String, en: String,
                        notes: [LocalizedText] = [], length: Int = 1) {
        if id != "yaml-tab-indent", tabQuietLines.contains(where: { $0.contains(location.line - firstLine) }) { return }
        // The same place can be reached twice while recovering; report it once. Such
        // repeats are always recent, so only the last few are compared.
        if diagnostics.suffix(8).contains(where: { $0.id == id && $0.location == location }) { return }
        diagnostics.append(Diagnostic(.error, id: id, at: location, LocalizedText(sv: sv, en: en),
                                      notes: notes, length: length))
    }
}

/// The last position turned into a column. A class, so that the read-only position
/// lookups of the parser can update it.
final class ColumnCache {
    var line = -1
    var offset = 0
    var column = 1
}

extension UInt8 {
    static let tab: UInt8 = 0x09, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D, space: UInt8 = 0x20
    static let quote: UInt8 = 0x22, hash: UInt8 = 0x23, percent: UInt8 = 0x25, amp: UInt8 = 0x26
    static let apostrophe: UInt8 = 0x27, star: UInt8 = 0x2A, plus: UInt8 = 0x2B, comma: UInt8 = 0x2C
    static let dash: UInt8 = 0x2D, dot: UInt8 = 0x2E, colon: UInt8 = 0x3A, gt: UInt8 = 0x3E
    static let question: UInt8 = 0x3F, at: UInt8 = 0x40, lbracket: UInt8 = 0x5B, backslash: UInt8 = 0x5C
    static let rbracket: UInt8 = 0x5D, backtick: UInt8 = 0x60, lbrace: UInt8 = 0x7B, pipe: UInt8 = 0x7C
    static let rbrace: UInt8 = 0x7D, bang: UInt8 = 0x21

    var isWhite: Bool { self == .space || self == .tab }
    var isFlowIndicator: Bool { self == .comma || self == .lbracket || self == .rbracket || self == .lbrace || self == .rbrace }
    var isDigit: Bool { self >= 0x30 && self <= 0x39 }
}
