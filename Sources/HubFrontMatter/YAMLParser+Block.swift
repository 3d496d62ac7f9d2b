import HubDiagnostics

/// Block structure: the document, maps and lists decided by indentation.
extension YAMLParser {
    mutating func parseDocument() -> YAMLNode {
        checkCharacters()
        guard let (l, indent) = nextContentLine(from: 0) else {
            // Only comments or blank lines: an empty map, so that "no fields" reads the
            // same as an empty front matter (PyYAML would give null).
            return YAMLNode(.map([]), line: firstLine, column: 1)
        }
        moveTo(line: l, indent: indent)
        let root = parseBlockNode(indent: indent, parent: -1)
        if case .map = root.value {} else {
            error("yaml-top-level", at: SourceLocation(path: path, line: root.line, column: root.column),
                  sv: "front matter måste vara nycklar med värden (`nyckel: värde`), inte \(root.value.kindName.sv)",
                  en: "front matter must be keys with values (`key: value`), not \(root.value.kindName.en)")
        }
        // Lines left over are indented less than the first key but belong to no parent.
        while let (l, indent) = nextContentLine(from: line) {
            moveTo(line: l, indent: indent)
            error("yaml-indent", at: here,
                  sv: "raden är indragen annorlunda än nycklarna ovanför; nycklar på översta nivån står i samma kolumn",
                  en: "this line is indented differently from the keys above it; top-level keys start in the same column")
            _ = parseBlockNode(indent: indent, parent: -1)
        }
        return root
    }

    /// A node that starts at the cursor, the first content of a line indented `indent`;
    /// `parent` is the indentation of the enclosing collection.
    mutating func parseBlockNode(indent: Int, parent: Int) -> YAMLNode {
        let start = here
        guard enter() else {
            skipLineAndChildren(deeperThan: parent)
            return YAMLNode(.null, line: start.line, column: start.column)
        }
        defer { depth -= 1 }
        if peek() == .dash, isSeparator(1) { return parseBlockSequence(indent: indent) }
        if (peek() == .question && isSeparator(1)) || isImplicitKeyAhead() {
            return parseBlockMap(indent: indent)
        }
        return parseInlineValue(blockIndent: parent)
    }

    /// A block map whose keys start in column `indent`; the cursor is on its first key.
    mutating func parseBlockMap(indent: Int) -> YAMLNode {
        let start = here
        var entries: [YAMLEntry] = []
        var firstSeen: [String: Int] = [:]
        var first = true
        while true {
            if !first {
                guard let (l, ind) = nextContentLine(from: line), ind >= indent else { break }
                moveTo(line: l, indent: ind)
                if ind > indent {
                    reportMisaligned(indent: ind, keysAt: indent)
                    skipLineAndChildren(deeperThan: indent)
                    continue
                }
            }
            first = false
            lastClosed = nil
            if peek() == .dash, isSeparator(1) {
                error("yaml-syntax", at: here,
                      sv: "en listpunkt där en nyckel väntades",
                      en: "a list item where a key was expected")
                skipLineAndChildren(deeperThan: indent)
                continue
            }
            if peek() == .question, isSeparator(1) {
                error("yaml-complex-key", at: here,
                      sv: "`?`-nycklar stöds inte; skriv `nyckel: värde`",
                      en: "`?` keys are not supported; write `key: value`")
                skipLineAndChildren(deeperThan: indent)
                continue
            }
            guard let key = parseKey() else {
                skipLineAndChildren(deeperThan: indent)
                continue
            }
            let value = parseMapValue(mapIndent: indent)
            add(YAMLEntry(key: key.text, keyLine: key.location.line, keyColumn: key.location.column, value: value),
                to: &entries, seen: &firstSeen, length: key.length)
        }
        lastClosed = (indent, false)
        return YAMLNode(.map(entries), line: start.line, column: start.column)
    }

    /// Reports a line indented deeper than the keys of its map, saying how it relates
    /// to the lines above: an author usually meant to line it up with one of them.
    mutating func reportMisaligned(indent: Int, keysAt keys: Int) {
        if let inner = lastClosed, inner.indent == indent, inner.isList {
            error("yaml-indent", at: here,
                  sv: "en nyckel bland listpunkter; en lista kan inte också ha nycklar på samma indrag",
                  en: "a key among list items; a list cannot also have keys at the same indentation")
        } else if let inner = lastClosed, inner.indent > indent {
            error("yaml-indent", at: here,
                  sv: "raden är indragen \(indent) mellanslag, men nycklarna ovanför har \(keys) och raderna under dem \(inner.indent); rada upp den med någon av dem",
                  en: "this line is indented \(indent) spaces, but the keys above have \(keys) and the lines under them \(inner.indent); line it up with one of them")
        } else {
            error("yaml-indent", at: here,
                  sv: "raden är indragen mer än nycklarna ovanför (\(keys) mellanslag)",
                  en: "this line is indented more than the keys above it (\(keys) spaces)")
        }
    }

    /// Appends an entry unless its key is already in the map, which is an error.
    mutating func add(_ entry: YAMLEntry, to entries: inout [YAMLEntry], seen: inout [String: Int], length: Int) {
        if let firstLine = seen[entry.key] {
            error("yaml-duplicate-key", at: SourceLocation(path: path, line: entry.keyLine, column: entry.keyColumn),
                  sv: "nyckeln '\(entry.key)' finns redan (rad \(firstLine))",
                  en: "duplicate key '\(entry.key)' (first on line \(firstLine))",
                  length: length)
            return
        }
        seen[entry.key] = entry.keyLine
        entries.append(entry)
    }

    /// A block list whose dashes are in column `indent`; the cursor is on its first dash.
    mutating func parseBlockSequence(indent: Int) -> YAMLNode {
        let start = here
        var items: [YAMLNode] = []
        var first = true
        while true {
            if !first {
                guard let (l, ind) = nextContentLine(from: line), ind >= indent else { break }
                if ind > indent {
                    moveTo(line: l, indent: ind)
                    error("yaml-indent", at: here,
                          sv: "raden är indragen mer än listpunkterna ovanför",
                          en: "this line is indented more than the list items above it")
                    skipLineAndChildren(deeperThan: indent)
                    continue
                }
                guard isDashItem(line: l, indent: ind) else { break }
                moveTo(line: l, indent: ind)
            }
            first = false
            lastClosed = nil
            let dash = here
            pos += 1
            skipWhite()
            if atEOL || peek() == .hash {
                nextLine()
                if let (l, ind) = nextContentLine(from: line), ind > indent {
                    moveTo(line: l, indent: ind)
                    items.append(parseBlockNode(indent: ind, parent: indent))
                } else {
                    items.append(YAMLNode(.null, line: dash.line, column: dash.column + 1))
                }
                continue
            }
            // Compact forms on the dash's line: `- - a` and `- key: value`.
            let column = pos - lineStarts[line]
            if (peek() == .dash && isSeparator(1)) || (peek() == .question && isSeparator(1)) || isImplicitKeyAhead() {
                items.append(parseBlockNode(indent: column, parent: indent))
            } else {
                items.append(parseInlineValue(blockIndent: indent))
            }
        }
        lastClosed = (indent, true)
        return YAMLNode(.list(items), line: start.line, column: start.column)
    }

    /// The value after `key:`; the cursor is just after the colon.
    mutating func parseMapValue(mapIndent: Int) -> YAMLNode {
        let afterColon = here
        skipWhite()
        skipProperties(flow: false)
        if atEOL || peek() == .hash {
            nextLine()
            if let (l, ind) = nextContentLine(from: line),
               ind > mapIndent || (ind == mapIndent && isDashItem(line: l, indent: ind)) {
                moveTo(line: l, indent: ind)
                return parseBlockNode(indent: ind, parent: mapIndent)
            }
            return YAMLNode(.null, line: afterColon.line, column: afterColon.column)
        }
        return parseInlineValue(blockIndent: mapIndent)
    }

    /// A value that starts on the cursor's line: a scalar, a flow collection or a block
    /// scalar. `blockIndent` is the indentation of the collection that holds it.
    mutating func parseInlineValue(blockIndent: Int) -> YAMLNode {
        skipProperties(flow: false)
        let start = here
        let null = YAMLNode(.null, line: start.line, column: start.column)
        if atEOL {
            nextLine()
            return null
        }
        let c = peek()
        switch c {
        case .star:
            reportAlias()
            finishLine()
            return null
        case .pipe, .gt:
            return parseBlockScalar(blockIndent: blockIndent)
        case .lbracket, .lbrace:
            let node = parseFlowCollection()
            finishLine()
            return node
        case .quote, .apostrophe:
            guard let text = parseQuoted() else { return null }
            finishLine()
            return YAMLNode(.string(text), line: start.line, column: start.column)
        case .dash where isSeparator(1):
            error("yaml-syntax", at: start,
                  sv: "en lista kan inte börja på samma rad som sin nyckel; skriv punkterna på raderna under",
                  en: "a list cannot start on the same line as its key; put the items on the lines below")
            skipLineAndChildren(deeperThan: blockIndent)
            return null
        case .question where isSeparator(1):
            error("yaml-complex-key", at: start,
                  sv: "`?`-nycklar stöds inte; skriv `nyckel: värde`",
                  en: "`?` keys are not supported; write `key: value`")
            skipLineAndChildren(deeperThan: blockIndent)
            return null
        case .colon where isSeparator(1), .at, .backtick, .percent, .comma, .rbracket, .rbrace:
            let shown = characterText(at: pos)
            error("yaml-syntax", at: start,
                  sv: "'\(shown)' kan inte inleda ett värde utan citattecken; sätt värdet inom citattecken",
                  en: "'\(shown)' cannot start an unquoted value; put the value in quotes")
            skipLineAndChildren(deeperThan: blockIndent)
            return null
        default:
            return parsePlainBlock(blockIndent: blockIndent)
        }
    }

    /// Reads a key and the `:` after it; nil (with an error) when the line is not `key: value`.
    mutating func parseKey() -> (text: String, location: SourceLocation, length: Int)? {
        skipProperties(flow: false)
        let start = here
        let c = peek()
        if c == .star {
            reportAlias()
            return nil
        }
        if c == .quote || c == .apostrophe {
            let keyLine = line
            let startPos = pos
            guard let text = parseQuoted() else { return nil }
            if line != keyLine {
                error("yaml-syntax", at: start,
                      sv: "en nyckel inom citattecken måste stå på en rad",
                      en: "a quoted key must fit on one line")
                return nil
            }
            let length = String(decoding: bytes[startPos..<pos], as: UTF8.self).count
            skipWhite()
            guard peek() == .colon, isSeparator(1) else {
                error("yaml-syntax", at: here,
                      sv: "':' väntades efter nyckeln",
                      en: "expected ':' after the key")
                return nil
            }
            pos += 1
            return (text, start, length)
        }
        if c == .colon, isSeparator(1) {
            error("yaml-empty-key", at: start,
                  sv: "nyckeln saknas före ':'",
                  en: "the key is missing before ':'")
            return nil
        }
        if c == .lbracket || c == .lbrace || c == .at || c == .backtick || c == .percent || c == .pipe
            || c == .gt || c == .comma || c == .rbracket || c == .rbrace || c == .bang || c == .amp {
            error("yaml-syntax", at: start,
                  sv: "raden är inte på formen `nyckel: värde`",
                  en: "this line is not of the form `key: value`")
            return nil
        }
        let e = end
        var i = pos
        while i < e {
            let b = bytes[i]
            if b == .colon, i + 1 >= e || bytes[i + 1].isWhite { break }
            if b == .hash, i > pos, bytes[i - 1].isWhite { i = e; break }
            i += 1
        }
        guard i < e else {
            error("yaml-syntax", at: start,
                  sv: "raden är inte på formen `nyckel: värde` (det saknas ': ')",
                  en: "this line is not of the form `key: value` (there is no ': ')")
            return nil
        }
        var keyEnd = i
        while keyEnd > pos, bytes[keyEnd - 1].isWhite { keyEnd -= 1 }
        let text = String(decoding: bytes[pos..<keyEnd], as: UTF8.self)
        pos = i + 1
        return (text, start, max(1, text.count))
    }

    /// Whether the cursor's line reads as `key: …` (a plain or quoted key and a colon).
    func isImplicitKeyAhead() -> Bool {
        guard !atEnd else { return false }
        let e = end
        var i = pos
        // Skip anchors and tags: they are reported when the key is parsed.
        while i < e, bytes[i] == .amp || bytes[i] == .bang {
            while i < e, !bytes[i].isWhite { i += 1 }
            while i < e, bytes[i].isWhite { i += 1 }
        }
        guard i < e else { return false }
        let c = bytes[i]
        if c == .quote || c == .apostrophe {
            i += 1
            var closed = false
            while i < e {
                if c == .quote, bytes[i] == .backslash { i += 2; continue }
                if bytes[i] == c {
                    if c == .apostrophe, i + 1 < e, bytes[i + 1] == .apostrophe { i += 2; continue }
                    closed = true
                    i += 1
                    break
                }
                i += 1
            }
            guard closed else { return false }
            while i < e, bytes[i].isWhite { i += 1 }
            return i < e && bytes[i] == .colon && (i + 1 >= e || bytes[i + 1].isWhite)
        }
        if c == .lbracket || c == .lbrace || c == .pipe || c == .gt || c == .star { return false }
        let start = i
        while i < e {
            let b = bytes[i]
            if b == .colon, i + 1 >= e || bytes[i + 1].isWhite { return true }
            if b == .hash, i > start, bytes[i - 1].isWhite { return false }
            i += 1
        }
        return false
    }

    /// Reports and skips anchors (`&a`) and tags (`!x`, `!!str`), which the subset refuses.
    mutating func skipProperties(flow: Bool) {
        while !atEOL, peek() == .amp || peek() == .bang {
            let start = here
            let isAnchor = peek() == .amp
            let from = pos
            let e = end
            while pos < e, !bytes[pos].isWhite, !(flow && bytes[pos].isFlowIndicator) { pos += 1 }
            let token = String(decoding: bytes[from..<pos], as: UTF8.self)
            if isAnchor {
                error("yaml-anchor", at: start,
                      sv: "ankare (\(token)) stöds inte i front matter; skriv ut värdet",
                      en: "anchors (\(token)) are not supported in front matter; write the value out",
                      length: token.count)
            } else {
                error("yaml-tag", at: start,
                      sv: "taggar (\(token)) stöds inte i front matter; sätt värdet inom citattecken om det ska vara text",
                      en: "tags (\(token)) are not supported in front matter; quote the value if it is meant as text",
                      length: token.count)
            }
            skipWhite()
        }
    }

    /// Reports and skips an alias (`*a`).
    mutating func reportAlias() {
        let start = here
        let from = pos
        let e = end
        while pos < e, !bytes[pos].isWhite, !bytes[pos].isFlowIndicator { pos += 1 }
        let token = String(decoding: bytes[from..<pos], as: UTF8.self)
        error("yaml-alias", at: start,
              sv: "alias (\(token)) stöds inte i front matter; skriv ut värdet",
              en: "aliases (\(token)) are not supported in front matter; write the value out",
              length: token.count)
    }

    /// Reports characters YAML does not allow (control characters other than tab and
    /// line breaks, DEL, C1 controls, U+FFFE and U+FFFF), once per line.
    mutating func checkCharacters() {
        for l in 0..<lineCount {
            var i = lineStarts[l]
            let e = lineEnds[l]
            while i < e {
                let b = bytes[i]
                var bad: UInt32?
                if (b < 0x20 && b != .tab) || b == 0x7F {
                    bad = UInt32(b)
                } else if b == 0xC2, i + 1 < e, bytes[i + 1] >= 0x80, bytes[i + 1] <= 0x9F, bytes[i + 1] != 0x85 {
                    bad = UInt32(bytes[i + 1])
                } else if b == 0xEF, i + 2 < e, bytes[i + 1] == 0xBF, bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF {
                    bad = bytes[i + 2] == 0xBE ? 0xFFFE : 0xFFFF
                }
                if let bad {
                    let hex = String(bad, radix: 16, uppercase: true)
                    let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                    error("yaml-control-character", at: location(line: l, offset: i),
                          sv: "otillåtet osynligt tecken \(code); ta bort det",
                          en: "non-printable character \(code) is not allowed; remove it")
                    break
                }
                i += 1
            }
        }
    }
}
