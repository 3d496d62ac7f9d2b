/// Escaping for the SVG and HTML fragments this folder writes by itself (charts, figure
/// tables): text and attribute values alike, so that a title holding `"><script>` stays text.
enum XMLText {
    /// `escape(_:)` appended to UTF-8 bytes: the page writer's loop, dropping control characters.
    static func escape(_ s: String, into out: inout [UInt8]) {
        HTML.escapeEntities(s, into: &out, droppingControls: true)
    }

    static func escape(_ s: String) -> String {
        // Most titles hold nothing to escape: then the string itself, without a copy. Looked
        // for in the contiguous bytes (the `utf8` view's iterator costs several times more).
        var text = s
        let plain = text.withUTF8 { p in
            !p.contains { $0 < 0x20 ? $0 != 0x09 && $0 != 0x0A : $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }
        }
        if plain { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters other than tab and newline are not allowed in XML 1.0.
                if c.value < 0x20, c != "\t", c != "\n" { continue }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
