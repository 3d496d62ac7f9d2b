import HubDiagnostics

/// Keys of block maps: reading them, recognising a `key:` line, refusing duplicates.
extension YAMLParser {
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
            let length = characterCount(startPos, pos)
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
        let length = characterCount(pos, keyEnd)
        pos = i + 1
        return (text, start, max(1, length))
    }

    /// The characters in `bytes[a..<b]`, part of one line: one per byte when they are ASCII
    /// (only CR LF would be one character of two bytes, and a line holds no break), so that
    /// `String.count`, which finds grapheme boundaries, runs only for other text.
    func characterCount(_ a: Int, _ b: Int) -> Int {
        var i = a
        while i < b, bytes[i] < 0x80 { i += 1 }
        return i == b ? b - a : String(decoding: bytes[a..<b], as: UTF8.self).count
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

    /// Maps with fewer keys than this find duplicates by comparing keys, without a table.
    static let smallMap = 16

    /// Appends an entry unless its key is already in the map, which is an error.
    /// `seen` indexes the keys by first line once a map has more than `smallMap` keys.
    mutating func add(_ entry: YAMLEntry, to entries: inout [YAMLEntry], seen: inout [String: Int], length: Int) {
        var duplicateOf: Int?
        if seen.isEmpty && entries.count < Self.smallMap {
            // A front matter has about a dozen keys: comparing with each beats hashing every key into a table.
            for i in entries.indices where entries[i].key == entry.key {
                duplicateOf = entries[i].keyLine
                break
            }
        } else {
            // A long map: a table keeps it linear. The entries hold each key once, at its first line.
            if seen.isEmpty { for e in entries { seen[e.key] = e.keyLine } }
            // One hash of the key in the usual case (a new key); a duplicate puts the first line back.
            duplicateOf = seen.updateValue(entry.keyLine, forKey: entry.key)
            if let firstLine = duplicateOf { seen[entry.key] = firstLine }
        }
        if let firstLine = duplicateOf {
            error("yaml-duplicate-key", at: SourceLocation(path: path, line: entry.keyLine, column: entry.keyColumn),
                  sv: "nyckeln '\(entry.key)' finns redan (rad \(firstLine))",
                  en: "duplicate key '\(entry.key)' (first on line \(firstLine))",
                  length: length)
            return
        }
        entries.append(entry)
    }
}
