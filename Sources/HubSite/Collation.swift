/// Sorting as a Swedish reader expects: case-insensitive, with å, ä, ö after z.
/// Deterministic and locale-independent (no `localizedCompare`).
public enum Collation {
    public static func key(_ s: String) -> [UInt32] {
        var k: [UInt32] = []
        k.reserveCapacity(s.utf8.count)
        for scalar in s.lowercased().unicodeScalars {
            switch scalar {
            case "å": k.append(0x7A01)
            case "ä", "æ": k.append(0x7A02)
            case "ö", "ø": k.append(0x7A03)
            case "é", "è": k.append(UInt32(UInt8(ascii: "e")) << 8)
            case "ü": k.append(UInt32(UInt8(ascii: "y")) << 8)
            default: k.append(scalar.value << 8)
            }
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
