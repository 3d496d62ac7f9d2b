import HubDiagnostics

/// Flow collections: `[a, b]` and `{a: 1}`, which may span lines and nest.
extension YAMLParser {
    /// Skips spaces, line breaks and comments inside a flow collection; false at the end.
    mutating func skipFlowSpace() -> Bool {
        while !atEnd {
            let e = lineEnds[line]
            let before = pos
            skipWhite()
            if pos < e {
                guard bytes[pos] == .hash, pos > before || pos == lineStarts[line] || bytes[pos - 1].isWhite else { return true }
            }
            nextLine()
        }
        return false
    }

    /// The cursor is on `[` or `{`; it ends after the matching bracket.
    mutating func parseFlowCollection() -> YAMLNode {
        let open = here
        let isMap = peek() == .lbrace
        let close: UInt8 = isMap ? .rbrace : .rbracket
        let other: UInt8 = isMap ? .rbracket : .rbrace
        guard enter() else {
            // Too deep: give up on the rest of the document rather than recurse further.
            line = lineCount
            pos = bytes.count
            return YAMLNode(.null, line: open.line, column: open.column)
        }
        defer { depth -= 1 }
        pos += 1
        var items: [YAMLNode] = []
        var entries: [YAMLEntry] = []
        var seen: [String: Int] = [:]
        func node() -> YAMLNode {
            YAMLNode(isMap ? .map(entries) : .list(items), line: open.line, column: open.column)
        }
        while true {
            guard skipFlowSpace() else {
                // An unclosed quote inside already ran to the end and was reported.
                if diagnostics.contains(where: { $0.id == "yaml-unterminated" }) { return node() }
                error("yaml-unterminated", at: open,
                      sv: "\(isMap ? "{" : "[") stängs aldrig; lägg till '\(isMap ? "}" : "]")'",
                      en: "\(isMap ? "{" : "[") is never closed; add '\(isMap ? "}" : "]")'")
                return node()
            }
            let b = peek()
            if b == close {
                pos += 1
                return node()
            }
            if b == other {
                error("yaml-syntax", at: here,
                      sv: "'\(isMap ? "]" : "}")' där '\(isMap ? "}" : "]")' väntades",
                      en: "'\(isMap ? "]" : "}")' where '\(isMap ? "}" : "]")' was expected")
                pos += 1
                return node()
            }
            if b == .comma {
                error("yaml-syntax", at: here,
                      sv: "ett värde saknas före ','",
                      en: "a value is missing before ','")
                pos += 1
                continue
            }
            let entryStart = here
            let (key, keyText, keyLength) = parseFlowNode()
            guard skipFlowSpace() else { continue }
            var value: YAMLNode?
            if peek() == .colon {
                pos += 1
                guard skipFlowSpace() else { continue }
                if peek() == .comma || peek() == close {
                    value = YAMLNode(.null, line: entryStart.line, column: entryStart.column)
                } else {
                    value = parseFlowNode().node
                }
            }
            if isMap || value != nil {
                guard let keyText else {
                    error("yaml-syntax", at: entryStart,
                          sv: "en nyckel måste vara en text, inte \(key.value.kindName.sv)",
                          en: "a key must be a text, not \(key.value.kindName.en)")
                    continue
                }
                let entry = YAMLEntry(key: keyText, keyLine: key.line, keyColumn: key.column,
                                      value: value ?? YAMLNode(.null, line: key.line, column: key.column))
                if isMap {
                    add(entry, to: &entries, seen: &seen, length: keyLength)
                } else {
                    items.append(YAMLNode(.map([entry]), line: key.line, column: key.column))
                }
            } else {
                items.append(key)
            }
            guard skipFlowSpace() else { continue }
            if peek() == .comma {
                pos += 1
            } else if peek() != close, peek() != other {
                let shown = characterText(at: pos)
                error("yaml-syntax", at: here,
                      sv: "oväntat '\(shown)'; ',' eller '\(isMap ? "}" : "]")' väntades",
                      en: "unexpected '\(shown)'; expected ',' or '\(isMap ? "}" : "]")'")
                pos += 1
            }
        }
    }

    /// One entry of a flow collection; `keyText` is the scalar's text when it can be a key.
    mutating func parseFlowNode() -> (node: YAMLNode, keyText: String?, keyLength: Int) {
        skipProperties(flow: true)
        _ = skipFlowSpace()
        let start = here
        let null = YAMLNode(.null, line: start.line, column: start.column)
        guard !atEnd else { return (null, nil, 1) }
        let c = peek()
        switch c {
        case .lbracket, .lbrace:
            return (parseFlowCollection(), nil, 1)
        case .quote, .apostrophe:
            let from = pos, fromLine = line
            guard let text = parseQuoted() else { return (null, nil, 1) }
            let length = line == fromLine ? String(decoding: bytes[from..<pos], as: UTF8.self).count : 1
            return (YAMLNode(.string(text), line: start.line, column: start.column), text, length)
        case .star:
            reportAlias()
            return (null, nil, 1)
        case .comma, .rbracket, .rbrace:
            return (null, "", 1)
        case .colon where isSeparator(1) || peek(1).isFlowIndicator:
            error("yaml-empty-key", at: start,
                  sv: "nyckeln saknas före ':'",
                  en: "the key is missing before ':'")
            return (null, "", 1)
        case .at, .backtick, .percent, .pipe, .gt, .hash:
            let shown = characterText(at: pos)
            error("yaml-syntax", at: start,
                  sv: "'\(shown)' kan inte inleda ett värde utan citattecken; sätt värdet inom citattecken",
                  en: "'\(shown)' cannot start an unquoted value; put the value in quotes")
            let e = end
            while pos < e, !bytes[pos].isFlowIndicator, !bytes[pos].isWhite { pos += 1 }
            return (null, nil, 1)
        case .dash where isSeparator(1) || peek(1).isFlowIndicator, .question where isSeparator(1) || peek(1).isFlowIndicator:
            error(c == .question ? "yaml-complex-key" : "yaml-syntax", at: start,
                  sv: "oväntat '\(c == .dash ? "-" : "?")' inom hakparenteser eller klammerparenteser",
                  en: "unexpected '\(c == .dash ? "-" : "?")' inside brackets or braces")
            pos += 1
            return (null, nil, 1)
        default:
            let text = scanPlainFlow()
            let node = YAMLNode(YAMLScalar.resolve(text), line: start.line, column: start.column)
            let string = String(decoding: text, as: UTF8.self)
            return (node, string, max(1, string.count))
        }
    }

    /// An unquoted scalar inside a flow collection: it ends at `,`, a bracket, `: ` or
    /// a comment, and may continue on the next line (folded into a space).
    mutating func scanPlainFlow() -> [UInt8] {
        var out: [UInt8] = []
        while true {
            let e = end
            let lineStart = lineStarts[line]
            while pos < e {
                let b = bytes[pos]
                if b.isFlowIndicator { break }
                if b == .colon, pos + 1 >= e || bytes[pos + 1].isWhite || bytes[pos + 1].isFlowIndicator { break }
                if b == .hash, pos > lineStart, bytes[pos - 1].isWhite { break }
                out.append(b)
                pos += 1
            }
            while let last = out.last, last.isWhite { out.removeLast() }
            guard pos >= e else { return out }
            // At the end of a line: continue only if the next content is more text.
            var l = line + 1
            var blanks = 0
            var j = 0
            while l < lineCount {
                j = lineStarts[l]
                while j < lineEnds[l], bytes[j].isWhite { j += 1 }
                if j < lineEnds[l] { break }
                blanks += 1
                l += 1
            }
            guard l < lineCount else { return out }
            let c = bytes[j]
            if c.isFlowIndicator || c == .hash { return out }
            if c == .colon, j + 1 >= lineEnds[l] || bytes[j + 1].isWhite || bytes[j + 1].isFlowIndicator { return out }
            if blanks == 0 {
                out.append(.space)
            } else {
                out.append(contentsOf: repeatElement(UInt8.lf, count: blanks))
            }
            line = l
            pos = j
        }
    }
}
