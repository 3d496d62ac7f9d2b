/// Sorting as a Swedish reader expects: case-insensitive, with å, ä, ö after z.
/// Deterministic and locale-independent (no `localizedCompare`).
public enum Collation {
    public static func key(_ s: String) -> [UInt32] {
        if let k = latinKey(s) { return k }
        var k: [UInt32] = []
        k.reserveCapacity(s.utf8.count)
        for scalar in s.lowercased().unicodeScalars { k.append(weight(scalar.value)) }
        return k
    }

    static func weight(_ lower: UInt32) -> UInt32 {
        switch lower {
        case 0xE5: 0x7A01  // å
        case 0xE4, 0xE6: 0x7A02  // ä, æ
        case 0xF6, 0xF8: 0x7A03  // ö, ø
        case 0xE9, 0xE8: UInt32(UInt8(ascii: "e")) << 8  // é, è
        case 0xFC: UInt32(UInt8(ascii: "y")) << 8  // ü
        default: lower << 8
        }
    }

    /// `key` for text whose scalars are all below U+0100 (nearly every title), read from
    /// the UTF-8 bytes: there `lowercased()` maps each scalar alone (A–Z and À–Þ except ×
    /// move up by 0x20), so no lowercased copy of the string is needed. Nil for other text.
    static func latinKey(_ s: String) -> [UInt32]? {
        var k: [UInt32] = []
        k.reserveCapacity(s.utf8.count)
        var lead: UInt32 = 0
        for b in s.utf8 {
            var c: UInt32
            if lead != 0 {
                c = (lead & 0x1F) << 6 | UInt32(b & 0x3F)
                lead = 0
            } else if b < 0x80 {
                c = UInt32(b)
            } else if b == 0xC2 || b == 0xC3 {
                lead = UInt32(b)
                continue
            } else {
                return nil
            }
            if (0x41...0x5A).contains(c) || ((0xC0...0xDE).contains(c) && c != 0xD7) { c += 0x20 }
            k.append(weight(c))
        }
        return k
    }

    /// `a` before `b` in Swedish order; ties broken by the raw string for determinism.
    public static func less(_ a: String, _ b: String) -> Bool {
        let ka = key(a), kb = key(b)
        if ka != kb { return ka.lexicographicallyPrecedes(kb) }
        return a < b
    }
}
