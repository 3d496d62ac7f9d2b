/// Splits Swedish compounds into parts the site itself uses as words, so that `kryptering`
/// finds `diskkryptering` and `hantering` finds `incidenthantering`.
///
/// Why the site's own vocabulary and not a dictionary: the hub's compounds are made of its own
/// subject words (`säkerhet`, `kopiering`, `hantering`), and a part that never occurs alone on
/// the site is not a word anyone searches for. A split is accepted only when every part is a
/// known word (a token or a stem seen on the site, at least `minPart` letters, not a stop word);
/// the last part may be inflected (its stem must be known); a linking `s` between parts is
/// allowed (`säkerhet·s·kopiering`). Among the possible splits the one with the fewest parts
/// wins, then the one whose shortest part is longest. When no such split exists, the longest
/// known head (at least `minHead` letters) after a modifier of at least `minModifier` letters is
/// taken (`disk·kryptering` where `disk` never occurs alone). The parts are indexed as extra
/// terms of the document with a lower weight than whole words (`IndexBuilder`). A head may
/// also be the `-ing`/`-ning` noun of a verb the site uses (`hantera` → `hantering`).
public struct Decompounder: Sendable {
    /// The minimal length of a part, in letters.
    public static let minPart = 4
    /// Words shorter than this are never split.
    public static let minWord = 8
    /// A head found after an unknown modifier must be this long, the modifier at least `minModifier`.
    public static let minHead = 6
    public static let minModifier = 3
    /// At most this many parts.
    public static let maxParts = 4

    /// Known words and stems as NFC scalar values: a slice of a word is looked up without
    /// making a String, and NFC keys give `String`'s canonical equality.
    let known: ScalarSet

    /// A decompounder that knows `vocabulary` (lowercased words) and their Swedish stems.
    public init<S: Sequence>(vocabulary: S) where S.Element == String {
        var known = ScalarSet(capacity: 1024)
        for w in vocabulary { for k in Self.knownKeys(of: w) { known.insert(k) } }
        self.known = known
    }

    /// A decompounder whose known words are exactly `known` (the union of `knownKeys(of:)`
    /// over a vocabulary, which the index builder computes on every core).
    init(known: ScalarSet) {
        self.known = known
    }

    /// What a vocabulary word adds to the known words (as keys): itself and its Swedish stem,
    /// unless it is short, a code, a chain or a stop word.
    static func knownKeys(of w: String) -> [ArraySlice<UInt32>] {
        let c = w.unicodeScalars.count
        if c < Self.minPart || SearchTokenizer.hasDigit(w) || w.utf8.contains(0x2D) || w.utf8.contains(0x27) { return [] }
        if StopWords.swedish.contains(w) { return [] }
        let s = Stemmer.stem(w, language: .sv)
        return s.unicodeScalars.count >= Self.minPart ? [key(w), key(s)] : [key(w)]
    }

    /// The lookup key of a string: the scalar values of its NFC form.
    static func key(_ w: String) -> ArraySlice<UInt32> {
        StemText.scalars(SearchTokenizer.nfc(w))[...]
    }

    /// Is `w` a known word?
    public func isKnown(_ w: String) -> Bool { known.contains(Self.key(w)) }

    /// Can `h` end a compound? A known word, a known stem, or the `-ing`/`-ning` noun of a
    /// known verb stem: `hantering` when the site has `hantera`/`hanterar` (stem `hanter`),
    /// even if `hantering` itself only occurs inside `incidenthantering`.
    func isKnownHead(_ h: String) -> Bool {
        if isKnown(h) || isKnown(Stemmer.stem(h, language: .sv)) { return true }
        for suffix in ["ning", "ing"] where h.hasSuffix(suffix) {
            let base = String(h.unicodeScalars.dropLast(suffix.count))
            if base.unicodeScalars.count >= Self.minPart && isKnown(base) { return true }
        }
        return false
    }

    static let ning: [UInt32] = [0x6E, 0x69, 0x6E, 0x67], ing: [UInt32] = [0x69, 0x6E, 0x67]

    /// `isKnownHead` for `w[r]`, where `w` has only scalars below U+0300 (so every slice is
    /// NFC, and a suffix of scalars is a suffix of characters).
    func isKnownHead(_ w: [UInt32], _ r: Range<Int>) -> Bool {
        if known.contains(w[r]) { return true }
        // The stem is a prefix of the head (the stemmer only removes letters at the end), so it
        // is looked up as a slice, with no copy; a stem as long as the head is the head.
        let k = w.withUnsafeBufferPointer { SwedishStemmer.stemLength(UnsafeBufferPointer(rebasing: $0[r])) }
        if k < r.count && known.contains(w[r.lowerBound..<(r.lowerBound + k)]) { return true }
        // `-ning`, then `-ing` (written out: this runs for every candidate head).
        func knownBase(_ suffix: [UInt32]) -> Bool {
            guard StemText.ends(w, r.upperBound, suffix) && r.count >= suffix.count else { return false }
            let base = r.lowerBound..<(r.upperBound - suffix.count)
            return base.count >= Self.minPart && known.contains(w[base])
        }
        return knownBase(Self.ning) || knownBase(Self.ing)
    }

    /// The parts of `word` (surface forms, in order), or `[]` when it is not a compound of
    /// known words.
    public func parts(of word: String) -> [String] {
        // Most words are Latin (below U+0300): split their scalar values directly.
        var latin = true, count = 0
        for u in word.unicodeScalars {
            if u.value >= 0x300 { latin = false; break }
            count += 1
        }
        if latin {
            if count < Self.minWord { return [] }
            let w = StemText.scalars(word)
            return latinParts(w).map { StemText.string(w[$0]) }
        }
        let s = Word(word)
        if s.count < Self.minWord { return [] }
        for u in s.scalars where !SearchTokenizer.isLetter(u) { return [] }
        var memo: [Int: [Range<Int>]?] = [:]
        if let ranges = split(s, from: 0, depth: 0, memo: &memo, top: true), ranges.count >= 2 {
            return ranges.map { string(s, $0) }
        }
        // Otherwise the longest known head after a modifier the site never uses alone
        // (`disk·kryptering`): the head is what people search for.
        var j = Self.minModifier
        while j + Self.minHead <= s.count {
            let head = string(s, j..<s.count)
            if isKnownHead(head) { return [string(s, 0..<j), head] }
            j += 1
        }
        return []
    }

    /// A word with its scalars and their positions, so that a part is a cheap slice of the
    /// original string rather than rebuilt scalar by scalar.
    private struct Word {
        let text: String
        let scalars: [Unicode.Scalar]
        let positions: [String.Index]
        init(_ text: String) {
            self.text = text
            scalars = Array(text.unicodeScalars)
            positions = Array(text.unicodeScalars.indices) + [text.unicodeScalars.endIndex]
        }
        var count: Int { scalars.count }
        subscript(i: Int) -> Unicode.Scalar { scalars[i] }
    }

    private func string(_ s: Word, _ r: Range<Int>) -> String {
        String(s.text.unicodeScalars[s.positions[r.lowerBound]..<s.positions[r.upperBound]])
    }

    private func better(_ a: [Range<Int>], than b: [Range<Int>]?) -> Bool {
        guard let b else { return true }
        if a.count != b.count { return a.count < b.count }
        let ma = a.map(\.count).min() ?? 0, mb = b.map(\.count).min() ?? 0
        if ma != mb { return ma > mb }
        return a.last!.count > b.last!.count
    }

    /// `better([head] + tail, than: b)`, without making the candidate.
    private func better(head: Range<Int>, tail: [Range<Int>], than b: [Range<Int>]?) -> Bool {
        guard let b else { return true }
        let count = tail.count + 1
        if count != b.count { return count < b.count }
        var ma = head.count
        for r in tail where r.count < ma { ma = r.count }
        let mb = b.map(\.count).min() ?? 0
        if ma != mb { return ma > mb }
        return tail.last!.count > b.last!.count
    }

    /// The best split of `s[from...]` into known parts (the last may be inflected).
    private func split(_ s: Word, from: Int, depth: Int, memo: inout [Int: [Range<Int>]?], top: Bool) -> [Range<Int>]? {
        if !top, let m = memo[from] { return m }
        let n = s.count
        var best: [Range<Int>]?
        if !top && n - from >= Self.minPart {
            let rest = string(s, from..<n)
            if isKnownHead(rest) { best = [from..<n] }
        }
        if depth + 1 < Self.maxParts {
            var j = from + Self.minPart
            while j + Self.minPart <= n {
                let head = string(s, from..<j)
                if isKnown(head) {
                    var starts = [j]
                    if s[j] == "s" && j + 1 + Self.minPart <= n { starts.append(j + 1) }
                    for start in starts {
                        if let tail = split(s, from: start, depth: depth + 1, memo: &memo, top: false) {
                            let candidate = [from..<j] + tail
                            if better(candidate, than: best) { best = candidate }
                        }
                    }
                }
                j += 1
            }
        }
        if !top { memo[from] = best }
        return best
    }

    /// `parts(of:)` as ranges of `w`, a word of at least `minWord` scalars below U+0300.
    func latinParts(_ w: [UInt32]) -> [Range<Int>] {
        latinParts(w, compact: w.count <= CompactSplit.maxLength)
    }

    /// `latinParts`, the search made with `CompactSplit` values (no array per candidate or
    /// memo entry) when `compact`, with arrays of ranges otherwise: the same splits.
    func latinParts(_ w: [UInt32], compact: Bool) -> [Range<Int>] {
        let letters = ByteTokenizer.table.flags.withUnsafeBufferPointer { flags in
            w.allSatisfy { flags[Int($0)] & ByteTokenizer.letter != 0 }
        }
        if !letters { return [] }
        if compact {
            let best = withUnsafeTemporaryAllocation(of: CompactSplit.self, capacity: w.count + 1) { memo in
                memo.initialize(repeating: CompactSplit(count: CompactSplit.unknown))
                return compactSplit(w, from: 0, depth: 0, memo: memo.baseAddress!, top: true)
            }
            if best.count >= 2 { return (0..<Int(best.count)).map { best.range($0) } }
        } else {
            var memo = [[Range<Int>]??](repeating: nil, count: w.count + 1)
            if let ranges = latinSplit(w, from: 0, depth: 0, memo: &memo, top: true), ranges.count >= 2 { return ranges }
        }
        var j = Self.minModifier
        while j + Self.minHead <= w.count {
            if isKnownHead(w, j..<w.count) { return [0..<j, j..<w.count] }
            j += 1
        }
        return []
    }

    /// A split of a word of at most `maxLength` scalars into at most 16 parts (every part of
    /// `latinSplit` has `minPart` letters or more): a plain value, so the search and its
    /// memo allocate nothing and free nothing.
    struct CompactSplit {
        static let maxLength = 64
        /// `count` of a memo entry not computed yet.
        static let unknown: UInt8 = .max
        /// The number of parts; 0 for no split.
        var count: UInt8
        var lo = SIMD16<UInt8>(), hi = SIMD16<UInt8>()

        func range(_ k: Int) -> Range<Int> { Int(lo[k])..<Int(hi[k]) }
        func length(_ k: Int) -> Int { Int(hi[k]) - Int(lo[k]) }

        /// `[head] + tail`.
        init(head: Range<Int>, tail: CompactSplit) {
            count = tail.count + 1
            lo[0] = UInt8(truncatingIfNeeded: head.lowerBound)
            hi[0] = UInt8(truncatingIfNeeded: head.upperBound)
            for k in 0..<Int(tail.count) {
                lo[k + 1] = tail.lo[k]
                hi[k + 1] = tail.hi[k]
            }
        }

        init(count: UInt8) { self.count = count }

        /// One part.
        init(_ r: Range<Int>) {
            count = 1
            lo[0] = UInt8(truncatingIfNeeded: r.lowerBound)
            hi[0] = UInt8(truncatingIfNeeded: r.upperBound)
        }
    }

    /// `better(head:tail:than:)` for compact splits (`than.count == 0`: no split yet).
    private func better(head: Range<Int>, tail: CompactSplit, than b: CompactSplit) -> Bool {
        if b.count == 0 { return true }
        let count = Int(tail.count) + 1
        if count != Int(b.count) { return count < Int(b.count) }
        var ma = head.count
        for k in 0..<Int(tail.count) where tail.length(k) < ma { ma = tail.length(k) }
        var mb = b.length(0)
        for k in 1..<Int(b.count) where b.length(k) < mb { mb = b.length(k) }
        if ma != mb { return ma > mb }
        return tail.length(Int(tail.count) - 1) > b.length(Int(b.count) - 1)
    }

    /// `latinSplit` with compact splits; `memo` has an entry per start, `count == unknown`
    /// until computed (as `nil` there).
    private func compactSplit(_ w: [UInt32], from: Int, depth: Int, memo: UnsafeMutablePointer<CompactSplit>, top: Bool) -> CompactSplit {
        if !top && memo[from].count != CompactSplit.unknown { return memo[from] }
        let n = w.count
        var best = CompactSplit(count: 0)
        if !top && n - from >= Self.minPart && isKnownHead(w, from..<n) { best = CompactSplit(from..<n) }
        if depth + 1 < Self.maxParts && from + 2 * Self.minPart <= n {
            var j = from + Self.minPart
            // The hash of w[from..<j], extended by one scalar per step.
            var h = ScalarSet.seed
            for k in from..<j { h = ScalarSet.step(h, w[k]) }
            while j + Self.minPart <= n {
                if known.contains(w[from..<j], partialHash: h) {
                    // The tail starts right after the head, or after a linking `s`.
                    let linked = w[j] == 0x73 && j + 1 + Self.minPart <= n
                    for start in j...(linked ? j + 1 : j) {
                        let tail = compactSplit(w, from: start, depth: depth + 1, memo: memo, top: false)
                        if tail.count > 0, better(head: from..<j, tail: tail, than: best) {
                            best = CompactSplit(head: from..<j, tail: tail)
                        }
                    }
                }
                h = ScalarSet.step(h, w[j])
                j += 1
            }
        }
        if !top { memo[from] = best }
        return best
    }

    /// `split` over scalar values: the same search, the same preference.
    private func latinSplit(_ w: [UInt32], from: Int, depth: Int, memo: inout [[Range<Int>]??], top: Bool) -> [Range<Int>]? {
        if !top, let m = memo[from] { return m }
        let n = w.count
        var best: [Range<Int>]?
        if !top && n - from >= Self.minPart && isKnownHead(w, from..<n) { best = [from..<n] }
        if depth + 1 < Self.maxParts && from + 2 * Self.minPart <= n {
            var j = from + Self.minPart
            // The hash of w[from..<j], extended by one scalar per step.
            var h = ScalarSet.seed
            for k in from..<j { h = ScalarSet.step(h, w[k]) }
            while j + Self.minPart <= n {
                if known.contains(w[from..<j], partialHash: h) {
                    // The tail starts right after the head, or after a linking `s`.
                    let linked = w[j] == 0x73 && j + 1 + Self.minPart <= n
                    for start in j...(linked ? j + 1 : j) {
                        if let tail = latinSplit(w, from: start, depth: depth + 1, memo: &memo, top: false),
                           better(head: from..<j, tail: tail, than: best) {
                            best = [from..<j] + tail
                        }
                    }
                }
                h = ScalarSet.step(h, w[j])
                j += 1
            }
        }
        if !top { memo[from] = .some(best) }
        return best
    }
}
