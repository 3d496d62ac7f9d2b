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
        // Front matter maps have about a dozen keys: room for them up front.
        var entries: [YAMLEntry] = []
        entries.reserveCapacity(16)
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
        // A tab in the indentation is the real mistake there; one error per line is enough.
        if hasTabIndentError(onLine: here.line) { return }
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

    /// Whether the file line already has a tab-in-indentation error.
    func hasTabIndentError(onLine fileLine: Int) -> Bool {
        diagnostics.suffix(8).contains { $0.id == "yaml-tab-indent" && $0.location.line == fileLine }
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
                    if !hasTabIndentError(onLine: here.line) {
                        error("yaml-indent", at: here,
                              sv: "raden är indragen mer än listpunkterna ovanför",
                              en: "this line is indented more than the list items above it")
                    }
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
}
