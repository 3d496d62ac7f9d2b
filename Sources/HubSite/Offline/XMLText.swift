/// Escaping for the SVG and HTML fragments this folder writes by itself (charts, figure
/// tables): text and attribute values alike, so that a title holding `"><script>` stays text.
enum XMLText {
    static func escape(_ s: String) -> String {
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
