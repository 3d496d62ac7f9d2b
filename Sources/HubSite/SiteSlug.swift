/// Folder names for tags and regions, and the check that a document slug cannot write
/// outside its folder.
public enum SiteSlug {
    /// `Jämtland Härjedalen` → `jamtland-harjedalen`: lowercase ASCII letters, digits and
    /// hyphens, so the folder name is the same on every file system and in every URL.
    public static func make(_ text: String) -> String {
        var out: [UInt8] = []
        var dash = false
        for scalar in text.lowercased().unicodeScalars {
            var mapped: String?
            switch scalar {
            case "å", "ä", "á", "à", "â", "ã": mapped = "a"
            case "ö", "ó", "ò", "ô", "õ", "ø": mapped = "o"
            case "é", "è", "ê", "ë": mapped = "e"
            case "ü", "ú", "ù", "û": mapped = "u"
            case "í", "ì", "î", "ï": mapped = "i"
            case "ç": mapped = "c"
            case "ñ": mapped = "n"
            case "æ": mapped = "ae"
            case "ß": mapped = "ss"
            default:
                if scalar.isASCII, let c = Character(scalar).asciiValue,
                   (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) {
                    mapped = String(Character(scalar))
                }
            }
            if let m = mapped {
                if dash, !out.isEmpty { out.append(0x2D) }
                dash = false
                out.append(contentsOf: Array(m.utf8))
            } else {
                dash = true
            }
        }
        let s = String(decoding: out, as: UTF8.self)
        return s.isEmpty ? "x" : s
    }

    /// Whether a document slug is a single, harmless path component: not empty, not `.`
    /// or `..`, no separators (`/`, `\`), no leading dot, no control characters or `%`.
    public static func isSafeComponent(_ slug: String) -> Bool {
        // Over the contiguous bytes: the `utf8` view's iterator costs several times more.
        var slug = slug
        return slug.withUTF8 { p in
            guard p.count > 0, p.count <= 200, p[0] != 0x2E else { return false }
            for b in p where b < 0x20 || b == 0x7F || b == 0x2F || b == 0x5C || b == 0x25 || b == 0x3A {
                return false
            }
            return true
        }
    }

    /// Unique folder names for a set of labels, deterministic: labels are sorted, and a
    /// label whose slug is taken gets `-2`, `-3` ….
    public static func assign(_ labels: [String]) -> [String: String] {
        var result: [String: String] = [:]
        var used: Set<String> = []
        for label in Set(labels).sorted() {
            let base = make(label)
            var candidate = base
            var n = 2
            while used.contains(candidate) {
                candidate = "\(base)-\(n)"
                n += 1
            }
            used.insert(candidate)
            result[label] = candidate
        }
        return result
    }
}
