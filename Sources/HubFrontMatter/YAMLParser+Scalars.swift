import HubDiagnostics

/// Plain and quoted scalars.
extension YAMLParser {
    /// An unquoted scalar in block context. It may continue on following lines indented
    /// deeper than `blockIndent`; YAML folds those line breaks into spaces (and each
    /// blank line in between into a newline).
    mutating func parsePlainBlock(blockIndent: Int) -> YAMLNode {
        let start = here
        var out: [UInt8] = []
        var stop = scanPlainLine(into: &out)
        nextLine()
        while stop == .endOfLine {
            var l = line
            var blanks = 0
            while l < lineCount {
                var i = lineStarts[l]
                while i < lineEnds[l], bytes[i].isWhite { i += 1 }
                guard i == lineEnds[l] else { break }
                blanks += 1
                l += 1
            }
            guard l < lineCount else { break }
            var spaces = 0
            while lineStarts[l] + spaces < lineEnds[l], bytes[lineStarts[l] + spaces] == .space { spaces += 1 }
            guard spaces > blockIndent else { break }
            var j = lineStarts[l] + spaces
            while j < lineEnds[l], bytes[j].isWhite { j += 1 }
            if bytes[j] == .hash { break }
            if blanks == 0 {
                out.append(.space)
            } else {
                out.append(contentsOf: repeatElement(UInt8.lf, count: blanks))
            }
            line = l
            pos = j
            stop = scanPlainLine(into: &out)
            nextLine()
        }
        let value: YAMLValue = stop == .error ? .string(String(decoding: out, as: UTF8.self)) : YAMLScalar.resolve(out)
        return YAMLNode(value, line: start.line, column: start.column)
    }

    enum PlainStop { case endOfLine, comment, error }

    /// Scans one line of a block plain scalar into `out`, without its trailing spaces.
    /// `: ` inside is an error: it would make the value a map.
    mutating func scanPlainLine(into out: inout [UInt8]) -> PlainStop {
        let e = end
        let lineStart = lineStarts[line]
        var stop = PlainStop.endOfLine
        // The bytes before the first `:` or `#` are copied in one go (the rest byte by byte).
        var run = pos
        while run < e && bytes[run] != .colon && bytes[run] != .hash { run += 1 }
        if run > pos {
            // Through a buffer pointer: an `ArraySlice` of `bytes` costs a retain and the generic append.
            bytes.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[pos..<run])) }
            pos = run
        }
        while pos < e {
            let b = bytes[pos]
            if b == .colon, pos + 1 >= e || bytes[pos + 1].isWhite {
                error("yaml-syntax", at: here,
                      sv: "': ' i ett värde utan citattecken; sätt värdet inom citattecken",
                      en: "': ' inside an unquoted value; put the value in quotes")
                stop = .error
                break
            }
            if b == .hash, pos > lineStart, bytes[pos - 1].isWhite {
                stop = .comment
                break
            }
            out.append(b)
            pos += 1
        }
        while let last = out.last, last.isWhite { out.removeLast() }
        return stop
    }

    /// A single- or double-quoted scalar, which may span lines; nil (with an error) when
    /// it is never closed. The cursor is on the opening quote and ends after the closing one.
    mutating func parseQuoted() -> String? {
        let open = here
        let quote = peek()
        let double = quote == .quote
        pos += 1
        var out: [UInt8] = []
        // Raw spaces before a line break are dropped; escaped ones are kept.
        var keep = 0
        while true {
            if atEnd {
                error("yaml-unterminated", at: open,
                      sv: "citattecknet stängs aldrig; lägg till det avslutande \(double ? "\"" : "'")",
                      en: "the quoted value is never closed; add the closing \(double ? "\"" : "'")")
                return nil
            }
            let e = lineEnds[line]
            if pos >= e {
                out.removeSubrange(keep...)
                nextLine()
                let blanks = skipBlankLinesInQuoted()
                if atEnd { continue }
                if blanks == 0 {
                    out.append(.space)
                } else {
                    out.append(contentsOf: repeatElement(UInt8.lf, count: blanks))
                }
                keep = out.count
                continue
            }
            let b = bytes[pos]
            if b == quote {
                if !double, pos + 1 < e, bytes[pos + 1] == .apostrophe {
                    out.append(.apostrophe)
                    pos += 2
                    keep = out.count
                    continue
                }
                pos += 1
                return String(decoding: out, as: UTF8.self)
            }
            if double, b == .backslash {
                if pos + 1 >= e {
                    // An escaped line break joins the lines without a space.
                    nextLine()
                    let blanks = skipBlankLinesInQuoted()
                    out.append(contentsOf: repeatElement(UInt8.lf, count: blanks))
                    keep = out.count
                    continue
                }
                readEscape(into: &out)
                keep = out.count
                continue
            }
            // A run up to the next quote, backslash or line end, copied at once; `keep`
            // ends after its last byte that is not white space.
            var j = pos + 1
            while j < e && bytes[j] != quote && !(double && bytes[j] == .backslash) { j += 1 }
            let before = out.count
            bytes.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[pos..<j])) }
            var k = j
            while k > pos && bytes[k - 1].isWhite { k -= 1 }
            if k > pos { keep = before + (k - pos) }
            pos = j
        }
    }

    /// After a line break inside quotes: skips blank lines (counting them) and the next
    /// line's leading white space.
    mutating func skipBlankLinesInQuoted() -> Int {
        var blanks = 0
        while !atEnd {
            skipWhite()
            if pos < lineEnds[line] { break }
            blanks += 1
            nextLine()
        }
        return blanks
    }

    /// Reads the escape sequence at the cursor (a backslash) into `out`.
    mutating func readEscape(into out: inout [UInt8]) {
        let start = here
        let e = end
        let c = bytes[pos + 1]
        var scalar: Unicode.Scalar?
        var width = 2
        switch c {
        case UInt8(ascii: "0"): scalar = "\u{0}"
        case UInt8(ascii: "a"): scalar = "\u{7}"
        case UInt8(ascii: "b"): scalar = "\u{8}"
        case UInt8(ascii: "t"), .tab: scalar = "\t"
        case UInt8(ascii: "n"): scalar = "\n"
        case UInt8(ascii: "v"): scalar = "\u{B}"
        case UInt8(ascii: "f"): scalar = "\u{C}"
        case UInt8(ascii: "r"): scalar = "\r"
        case UInt8(ascii: "e"): scalar = "\u{1B}"
        case .space: scalar = " "
        case .quote: scalar = "\""
        case UInt8(ascii: "/"): scalar = "/"
        case .backslash: scalar = "\\"
        case UInt8(ascii: "N"): scalar = "\u{85}"
        case UInt8(ascii: "_"): scalar = "\u{A0}"
        case UInt8(ascii: "L"): scalar = "\u{2028}"
        case UInt8(ascii: "P"): scalar = "\u{2029}"
        case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
            let digits = c == UInt8(ascii: "x") ? 2 : c == UInt8(ascii: "u") ? 4 : 8
            if pos + 2 + digits <= e, let v = UInt32(String(decoding: bytes[(pos + 2)..<(pos + 2 + digits)], as: UTF8.self), radix: 16),
               bytes[(pos + 2)..<(pos + 2 + digits)].allSatisfy({ $0 != .plus && $0 != .dash }) {
                scalar = Unicode.Scalar(v)
                width = 2 + digits
            }
        default: break
        }
        guard let scalar else {
            let shown = String(decoding: bytes[pos..<min(e, pos + 2)], as: UTF8.self)
            error("yaml-escape", at: start,
                  sv: "\(shown) är ingen giltig escape-sekvens i YAML; skriv \\\\ för ett omvänt snedstreck, eller använd enkla citattecken",
                  en: "\(shown) is not a valid YAML escape; write \\\\ for a backslash, or use single quotes",
                  length: 2)
            pos = min(e, pos + 2)
            return
        }
        Unicode.UTF8.encode(scalar) { out.append($0) }
        pos += width
    }
}
