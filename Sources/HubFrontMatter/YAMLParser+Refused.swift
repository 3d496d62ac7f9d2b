import HubDiagnostics

/// What the subset refuses wherever it appears: anchors, aliases, tags and characters
/// YAML does not allow.
extension YAMLParser {
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
        // The first bad character of each line, found on the buffer; reported afterwards,
        // in line order, as the parser cannot report while its bytes are borrowed.
        var found: [(line: Int, offset: Int, code: UInt32)] = []
        bytes.withUnsafeBufferPointer { p in
            for l in 0..<lineCount {
                var i = lineStarts[l]
                let e = lineEnds[l]
                while i < e {
                    // Eight bytes at a time past those that cannot start a bad character.
                    if i + 8 <= e, !Self.mayStartBadCharacter(UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self)) {
                        i += 8
                        continue
                    }
                    let b = p[i]
                    var bad: UInt32?
                    if (b < 0x20 && b != .tab) || b == 0x7F {
                        bad = UInt32(b)
                    } else if b == 0xC2, i + 1 < e, p[i + 1] >= 0x80, p[i + 1] <= 0x9F, p[i + 1] != 0x85 {
                        bad = UInt32(p[i + 1])
                    } else if b == 0xEF, i + 2 < e, p[i + 1] == 0xBF, p[i + 2] == 0xBE || p[i + 2] == 0xBF {
                        bad = p[i + 2] == 0xBE ? 0xFFFE : 0xFFFF
                    }
                    if let bad {
                        found.append((l, i, bad))
                        break
                    }
                    i += 1
                }
            }
        }
        for (l, i, bad) in found {
            let hex = String(bad, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            error("yaml-control-character", at: location(line: l, offset: i),
                  sv: "otillåtet osynligt tecken \(code); ta bort det",
                  en: "non-printable character \(code) is not allowed; remove it")
        }
    }

    /// Whether any of eight bytes may start a refused character: a control byte (a tab
    /// too, checked one by one), DEL, or the lead byte of C1 controls (C2) or of
    /// U+FFFE/U+FFFF (EF). Exact for "none", which is all the fast path needs.
    static func mayStartBadCharacter(_ v: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        let below20 = (v &- ones &* 0x20) & ~v & highs
        return below20 | hasZero(v ^ (ones &* 0x7F)) | hasZero(v ^ (ones &* 0xC2)) | hasZero(v ^ (ones &* 0xEF)) != 0
    }
}
