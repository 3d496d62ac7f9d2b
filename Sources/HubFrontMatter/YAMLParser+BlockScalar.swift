import HubDiagnostics

/// Literal (`|`) and folded (`>`) block scalars with chomping and indentation indicators.
extension YAMLParser {
    private enum Chomping { case clip, strip, keep }

    /// The cursor is on `|` or `>`; `blockIndent` is the indentation of the collection
    /// holding the scalar. Its text is on the following lines, indented deeper.
    mutating func parseBlockScalar(blockIndent: Int) -> YAMLNode {
        let start = here
        let folded = peek() == .gt
        pos += 1
        var chomping = Chomping.clip
        var chompingSet = false
        var explicit: Int?
        for _ in 0..<2 {
            let b = peek()
            if !chompingSet, b == .dash || b == .plus {
                chomping = b == .dash ? .strip : .keep
                chompingSet = true
                pos += 1
            } else if explicit == nil, b >= UInt8(ascii: "1"), b <= UInt8(ascii: "9") {
                explicit = Int(b - UInt8(ascii: "0"))
                pos += 1
            }
        }
        if !isSeparator(0) {
            let shown = characterText(at: pos)
            error("yaml-syntax", at: here,
                  sv: "oväntat '\(shown)' efter \(folded ? ">" : "|"); här får bara stå '-', '+' eller en siffra 1–9 för indraget",
                  en: "unexpected '\(shown)' after \(folded ? ">" : "|"); only '-', '+' or an indentation digit 1-9 may follow it")
            skipLineAndChildren(deeperThan: blockIndent)
            return YAMLNode(.null, line: start.line, column: start.column)
        }
        skipWhite()
        if !atEOL, peek() != .hash {
            error("yaml-syntax", at: here,
                  sv: "texten i ett blockvärde börjar på nästa rad, inte efter \(folded ? ">" : "|")",
                  en: "the text of a block scalar starts on the next line, not after \(folded ? ">" : "|")")
            skipLineAndChildren(deeperThan: blockIndent)
            return YAMLNode(.null, line: start.line, column: start.column)
        }
        nextLine()

        let indent = explicit.map { max(blockIndent, 0) + $0 } ?? detectIndent(blockIndent: blockIndent)
        // Each line: nil for an empty line, else its text after the indentation.
        var lines: [ArraySlice<UInt8>?] = []
        var lastHasBreak = true
        while !atEnd {
            let s = lineStarts[line], e = lineEnds[line]
            var spaces = 0
            while s + spaces < e, bytes[s + spaces] == .space { spaces += 1 }
            if s + spaces == e {
                lines.append(spaces > indent ? bytes[(s + indent)..<e] : nil)
            } else if spaces < indent {
                break
            } else {
                lines.append(bytes[(s + indent)..<e])
            }
            lastHasBreak = hasBreak(line)
            nextLine()
        }
        lastClosed = (indent, false)
        let text = Self.assemble(lines, folded: folded, chomping: chomping, lastHasBreak: lastHasBreak)
        return YAMLNode(.string(String(decoding: text, as: UTF8.self)), line: start.line, column: start.column)
    }

    /// The content indentation when no indicator gives it: that of the first non-empty
    /// line (or the deepest leading empty line), at least one more than `blockIndent`.
    private func detectIndent(blockIndent: Int) -> Int {
        var deepest = 0
        var l = line
        while l < lineCount {
            let s = lineStarts[l], e = lineEnds[l]
            var spaces = 0
            while s + spaces < e, bytes[s + spaces] == .space { spaces += 1 }
            deepest = max(deepest, spaces)
            if s + spaces < e { break }
            l += 1
        }
        return max(blockIndent + 1, deepest, 1)
    }

    /// Joins the lines: literal keeps every line break; folded turns a single break
    /// between two normal lines into a space, keeps breaks around more-indented lines,
    /// and each empty line gives a newline. Chomping decides the final breaks.
    private static func assemble(_ lines: [ArraySlice<UInt8>?], folded: Bool, chomping: Chomping, lastHasBreak: Bool) -> [UInt8] {
        guard let firstContent = lines.firstIndex(where: { $0 != nil }),
              let lastContent = lines.lastIndex(where: { $0 != nil }) else {
            return chomping == .keep ? Array(repeating: .lf, count: lines.count) : []
        }
        var out = [UInt8](repeating: .lf, count: firstContent)
        var previous: ArraySlice<UInt8>?
        var empties = 0
        for item in lines[firstContent...lastContent] {
            guard let text = item else {
                empties += 1
                continue
            }
            if let previous {
                let normal = { (s: ArraySlice<UInt8>) in s.first.map { !$0.isWhite } ?? true }
                if folded, normal(previous), normal(text) {
                    if empties == 0 { out.append(.space) }
                } else {
                    out.append(.lf)
                }
                out.append(contentsOf: repeatElement(UInt8.lf, count: empties))
            }
            out.append(contentsOf: text)
            previous = text
            empties = 0
        }
        let trailing = lines.count - 1 - lastContent
        let ended = trailing > 0 || lastHasBreak
        switch chomping {
        case .strip: break
        case .clip: if ended { out.append(.lf) }
        case .keep: if ended { out.append(contentsOf: repeatElement(UInt8.lf, count: 1 + trailing)) }
        }
        return out
    }
}
