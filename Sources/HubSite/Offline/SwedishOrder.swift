/// Swedish alphabetical order (the site's `Collation`), with a caller-given tie-break so that
/// equal titles still sort the same way on every run.
enum SwedishOrder {
    /// `a` before `b`; `tie` decides when the keys are equal (pass an id comparison for determinism).
    static func precedes(_ a: String, _ b: String, tie: Bool) -> Bool {
        let ka = Collation.key(a), kb = Collation.key(b)
        return ka == kb ? tie : ka.lexicographicallyPrecedes(kb)
    }
}
