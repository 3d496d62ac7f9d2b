/// "Did you mean" support: the closest known value by edit distance, if close enough
/// that suggesting it helps rather than confuses.
public enum Suggestion {
    /// The candidate nearest to `value`, when its distance is at most a third of the
    /// value's length (at least 1, at most 3). Comparison ignores case.
    public static func closest(to value: String, in candidates: some Sequence<String>) -> String? {
        let v = Array(value.lowercased().unicodeScalars)
        let limit = min(3, max(1, v.count / 3))
        var best: (String, Int)?
        for c in candidates {
            let d = distance(v, Array(c.lowercased().unicodeScalars), limit: limit)
            if d <= limit, best == nil || d < best!.1 || (d == best!.1 && c < best!.0) { best = (c, d) }
        }
        return best?.0
    }

    /// Optimal string alignment distance (Levenshtein plus adjacent transpositions, so
    /// `titel` → `title` is one edit: the commonest typing slip), with an early exit past
    /// `limit` (returns limit + 1 then).
    public static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int = .max) -> Int {
        if abs(a.count - b.count) > limit { return limit == .max ? abs(a.count - b.count) : limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrev = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            var rowMin = cur[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var d = Swift.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d = Swift.min(d, beforePrev[j - 2] + 1)
                }
                cur[j] = d
                rowMin = Swift.min(rowMin, d)
            }
            // A row's minimum never drops below the previous row's (a transposition
            // costs at least what the diagonal before it did), so stopping here is exact.
            if limit != .max, rowMin > limit { return limit + 1 }
            (beforePrev, prev, cur) = (prev, cur, beforePrev)
        }
        return prev[b.count]
    }
}
