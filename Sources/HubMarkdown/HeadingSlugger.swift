/// Heading anchors: lowercase, letters (å, ä, ö included) and digits kept, `-` and `_`
/// kept, spaces to `-`, other punctuation removed; `x`, `x-1`, `x-2` when repeated.
struct HeadingSlugger {
    var used: [String: Int] = [:]
    var taken: Set<String> = []

    static func slug(_ text: String) -> String {
        // Most headings are ASCII (and every page has several): the same rules on bytes,
        // without lowercasing a copy or looking up Unicode properties.
        var ascii = true
        for b in text.utf8 where b >= 0x80 { ascii = false; break }
        guard ascii else { return unicodeSlug(text) }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): out.append(b + 32)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"): out.append(b)
            // Space, `-`, and the other ASCII White_Space characters (tab to carriage return).
            case UInt8(ascii: " "), UInt8(ascii: "-"), 0x09...0x0D: out.append(UInt8(ascii: "-"))
            default: break
            }
        }
        return out.isEmpty ? "section" : String(decoding: out, as: UTF8.self)
    }

    /// The rules on Unicode scalars, for headings with any non-ASCII letter.
    static func unicodeSlug(_ text: String) -> String {
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
