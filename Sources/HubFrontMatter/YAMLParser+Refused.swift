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
