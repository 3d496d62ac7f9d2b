/// Swedish alphabetical order (the site's `Collation`), with a caller-given tie-break so that
/// equal titles still sort the same way on every run.
enum SwedishOrder {
    /// `a` before `b`; `tie` decides when the keys are equal (pass an id comparison for determinism).
    static func precedes(_ a: String, _ b: String, tie: Bool) -> Bool {
        let ka = Collation.key(a), kb = Collation.key(b)
        return ka == kb ? tie : ka.lexicographicallyPrecedes(kb)
    }

    /// `items` sorted as `precedes(title(a), title(b), tie: tie(a, b))` sorts them, with each
    /// collation key computed once instead of once per comparison (thousands of titles).
    static func sorted<T>(_ items: [T], title: (T) -> String, tie: (T, T) -> Bool) -> [T] {
        let keys = items.map { Collation.key(title($0)) }
        let order = items.indices.sorted { i, j in
            keys[i] == keys[j] ? tie(items[i], items[j]) : keys[i].lexicographicallyPrecedes(keys[j])
        }
        return order.map { items[$0] }
    }
}
