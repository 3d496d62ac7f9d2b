/// Heading anchors: lowercase, letters (å, ä, ö included) and digits kept, `-` and `_`
/// kept, spaces to `-`, other punctuation removed; `x`, `x-1`, `x-2` when repeated.
struct HeadingSlugger {
    var used: [String: Int]
    var taken: Set<String>

    /// `expected`: about how many headings there will be (room reserved up front).
    init(expected: Int = 0) {
        used = Dictionary(minimumCapacity: expected)
        taken = Set(minimumCapacity: expected)
    }

    static func slug(_ text: String) -> String {
        // Most headings are ASCII or Latin-1 (Swedish å, ä, ö; é, ü …), and every page has
        // several: the same rules on bytes, without lowercasing a copy or looking up Unicode
        // properties. Anything else (other scripts, combining marks, NBSP) takes the general path.
        // Written straight into the new string's storage (never longer than the text: each
        // byte gives at most one), from the text's own bytes.
        var source = text
        var general = false
        let fast = source.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: max(bytes.count, 1)) { out in
                var n = 0
                var pendingLead = false
                for b in bytes {
                    if pendingLead {
                        // U+00C0–U+00FF: letters, except × and ÷; U+00C0–U+00DE lowercase by +0x20.
                        pendingLead = false
                        guard b >= 0x80 && b <= 0xBF else { general = true; return 0 }
                        if b == 0x97 || b == 0xB7 { continue }
                        out[n] = 0xC3
                        out[n + 1] = b >= 0x80 && b <= 0x9E ? b + 0x20 : b
                        n += 2
                        continue
                    }
                    switch b {
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"): out[n] = b + 32; n += 1
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"): out[n] = b; n += 1
                    // Space, `-`, and the other ASCII White_Space characters (tab to carriage return).
                    case UInt8(ascii: " "), UInt8(ascii: "-"), 0x09...0x0D: out[n] = UInt8(ascii: "-"); n += 1
                    case 0xC3: pendingLead = true
                    case 0x80...: general = true; return 0
                    default: break
                    }
                }
                if pendingLead { general = true; return 0 }
                return n
            }
        }
        if general { return unicodeSlug(text) }
        return fast.isEmpty ? "section" : fast
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
        // Hashing a slug with å, ä or ö normalizes it first, which is slow: one access to
        // `used` (read and write) and one insert per candidate, not a lookup and an update each.
        return Self.next(base, counter: &used[base, default: 0], taken: &taken)
    }

    /// The first of `base`, `base-(n+1)`, `base-(n+2)` … not taken yet, now taken.
    private static func next(_ base: String, counter n: inout Int, taken: inout Set<String>) -> String {
        var candidate = base
        while !taken.insert(candidate).inserted {
            n += 1
            candidate = "\(base)-\(n)"
        }
        return candidate
    }
}
