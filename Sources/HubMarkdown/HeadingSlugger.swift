/// Heading anchors: lowercase, letters (å, ä, ö included) and digits kept, `-` and `_`
/// kept, spaces to `-`, other punctuation removed; `x`, `x-1`, `x-2` when repeated.
struct HeadingSlugger {
    var used: [String: Int] = [:]
    var taken: Set<String> = []

    static func slug(_ text: String) -> String {
        var out = ""
        for ch in text.lowercased().unicodeScalars {
            let props = ch.properties
            if ch == " " || ch == "-" {
                out.unicodeScalars.append("-")
            } else if ch == "_" || props.isAlphabetic || props.numericType != nil || props.generalCategory == .nonspacingMark {
                out.unicodeScalars.append(ch)
            } else if props.isWhitespace {
                out.unicodeScalars.append("-")
            }
        }
        return out.isEmpty ? "section" : out
    }

    mutating func unique(for text: String) -> String {
        let base = HeadingSlugger.slug(text)
        var candidate = base
        var n = used[base] ?? 0
        while taken.contains(candidate) {
            n += 1
            candidate = "\(base)-\(n)"
        }
        used[base] = n
        taken.insert(candidate)
        return candidate
    }
}
