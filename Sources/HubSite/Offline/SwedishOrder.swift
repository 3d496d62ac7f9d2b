/// Swedish alphabetical order without a locale database (so every machine sorts alike):
/// case-insensitive, `å ä ö` after `z` in that order, other accented letters with their
/// base letter (`é` as `e`, `ü` as `y` the way Swedish dictionaries file them).
enum SwedishOrder {
    static func key(_ s: String) -> [UInt32] {
        s.lowercased().unicodeScalars.map { c -> UInt32 in
            switch c {
            case "å": return 0x7B  // after z (0x7A)
            case "ä", "æ": return 0x7C
            case "ö", "ø": return 0x7D
            case "é", "è", "ê", "ë": return 0x65
            case "á", "à", "â": return 0x61
            case "ü": return 0x79
            default: return c.value
            }
        }
    }

    /// `a` before `b`; `tie` decides when the keys are equal (pass an id comparison for determinism).
    static func precedes(_ a: String, _ b: String, tie: Bool) -> Bool {
        let ka = key(a), kb = key(b)
        return ka == kb ? tie : ka.lexicographicallyPrecedes(kb)
    }
}
