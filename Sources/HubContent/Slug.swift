/// File names from titles: `Behovsanalys på plats` → `behovsanalys-pa-plats`.
public enum Slug {
    /// Lowercase ASCII letters and digits joined by single dashes; Swedish letters lose
    /// their marks (å, ä → a; ö → o; é → e) so that the name is safe in any URL.
    public static func make(_ title: String) -> String {
        var out = ""
        var dash = false
        for ch in title.lowercased() {
            let mapped: String
            switch ch {
            case "å", "ä", "á", "à", "â": mapped = "a"
            case "ö", "ó", "ò", "ô", "ø": mapped = "o"
            case "é", "è", "ê", "ë": mapped = "e"
            case "ü", "ú", "ù": mapped = "u"
            case "í", "ì", "ï": mapped = "i"
            case "æ": mapped = "ae"
            case "ß": mapped = "ss"
            default: mapped = ch.isASCII && (ch.isLetter || ch.isNumber) ? String(ch) : "-"
            }
            if mapped == "-" {
                if !dash, !out.isEmpty { out += "-" }
                dash = true
            } else {
                out += mapped
                dash = false
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        if out.count > 80 {
            out = String(out.prefix(80))
            while out.hasSuffix("-") { out.removeLast() }
        }
        return out
    }
}
