/// Heading anchors: lowercase, letters (å, ä, ö included) and digits kept, `-` and `_`
/// kept, spaces to `-`, other punctuation removed; `x`, `x-1`, `x-2` when repeated.
struct HeadingSlugger {
    /// The general bookkeeping: how often each base was asked for, and every id given.
    /// `String` keys compare by canonical equivalence, and hashing a slug with å, ä or ö
    /// normalizes it first, which is slow.
    var used: [String: Int] = [:]
    var taken: Set<String> = []
    /// Until a slug holds a scalar from U+0300 up, or there are more than `simpleLimit`:
    /// the same bookkeeping in two short lists compared as bytes. Below U+0300 there are no
    /// combining marks and no two precomposed letters decompose alike, so equal bytes and
    /// canonical equivalence agree; the lists stay short, so the linear search stays cheap.
    var simpleUsed: [(base: [UInt8], count: Int)] = []
    var simpleTaken: [[UInt8]] = []
    var isSimple = true
    static let simpleLimit = 32
    let expected: Int

    /// `expected`: about how many headings there will be (room reserved up front).
    init(expected: Int = 0) {
        self.expected = expected
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
        if isSimple {
            if simpleTaken.count < Self.simpleLimit, let id = simpleUnique(base) { return id }
            leaveSimple()
        }
        // One access to `used` (read and write) and one insert per candidate, not a lookup
        // and an update each.
        return Self.next(base, counter: &used[base, default: 0], taken: &taken)
    }

    /// `unique` on the byte lists; nil (nothing changed) when `base` is not simple.
    private mutating func simpleUnique(_ base: String) -> String? {
        var text = base
        let bytes: [UInt8]? = text.withUTF8 { b in
            for c in b where c >= 0xCC { return nil }
            return Array(b)
        }
        guard let bytes else { return nil }
        var entry = simpleUsed.firstIndex { $0.base == bytes }
        if entry == nil {
            simpleUsed.append((bytes, 0))
            entry = simpleUsed.count - 1
        }
        var n = simpleUsed[entry!].count
        var candidate = base
        var candidateBytes = bytes
        while simpleTaken.contains(candidateBytes) {
            n += 1
            candidate = "\(base)-\(n)"
            candidateBytes = Array(candidate.utf8)
        }
        simpleTaken.append(candidateBytes)
        simpleUsed[entry!].count = n
        return candidate
    }

    /// Moves the byte lists into `used` and `taken`, for every later heading.
    private mutating func leaveSimple() {
        isSimple = false
        used.reserveCapacity(max(expected, simpleUsed.count * 2))
        taken.reserveCapacity(max(expected, simpleTaken.count * 2))
        for (base, count) in simpleUsed { used[String(decoding: base, as: UTF8.self)] = count }
        for id in simpleTaken { taken.insert(String(decoding: id, as: UTF8.self)) }
        simpleUsed = []
        simpleTaken = []
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
