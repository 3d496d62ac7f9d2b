/// Delimiter runs and the "process emphasis" procedure of the spec's appendix.
extension InlineParser {
    /// A run of `*`, `_` or `~`: a text node, and a delimiter when it can open or close.
    mutating func delimiterRun(_ i: Int, _ c: UInt8) -> Int {
        var j = i
        while j < e && t[j] == c { j += 1 }
        let n = j - i
        let node = appendInline(.text, i, j)
        if c == Bytes.tilde && n > 2 { return j }
        let before: Unicode.Scalar = i > s ? Bytes.scalar(t, before: i) : "\n"
        let after: Unicode.Scalar = j < e ? Bytes.scalar(t, at: j) : "\n"
        let beforeWS = Bytes.isUnicodeWhitespace(before), afterWS = Bytes.isUnicodeWhitespace(after)
        let beforeP = Bytes.isUnicodePunct(before), afterP = Bytes.isUnicodePunct(after)
        let left = !afterWS && (!afterP || beforeWS || beforeP)
        let right = !beforeWS && (!beforeP || afterWS || afterP)
        var canOpen = left, canClose = right
        if c == Bytes.underscore {
            canOpen = left && (!right || beforeP)
            canClose = right && (!left || afterP)
        }
        if canOpen || canClose {
            let d = Delimiter(node: node, char: c, count: n, origCount: n, canOpen: canOpen, canClose: canClose, prev: delimTop, next: -1)
            delims.append(d)
            let idx = delims.count - 1
            if delimTop >= 0 { delims[delimTop].next = idx }
            delimTop = idx
        }
        return j
    }

    mutating func removeDelimiter(_ d: Int) {
        let pr = delims[d].prev, nx = delims[d].next
        if pr >= 0 { delims[pr].next = nx }
        if nx >= 0 { delims[nx].prev = pr } else { delimTop = pr }
    }

    /// Matches closers with openers above `bottom` (a delimiter index, or -1 for all).
    /// Delimiter indices grow with position, so "above" and the openers-bottom limits are
    /// index comparisons: they stay valid when the delimiter they name has been removed.
    mutating func processEmphasis(bottom: Int) {
        // Find the first delimiter above bottom.
        var current = delimTop
        var first = -1
        while current >= 0 && current > bottom { first = current; current = delims[current].prev }
        current = first
        // openersBottom[char][closer length % 3][closer can open]
        for k in 0..<openersBottom.count { openersBottom[k] = bottom }
        while current >= 0 {
            let d = delims[current]
            if !d.canClose { current = d.next; continue }
            let ci = d.char == Bytes.star ? 0 : d.char == Bytes.underscore ? 1 : 2
            let slot = ci * 6 + (d.origCount % 3) * 2 + (d.canOpen ? 1 : 0)
            var o = d.prev
            var found = -1
            while o >= 0 && o > bottom && o > openersBottom[slot] {
                let od = delims[o]
                if od.char == d.char && od.canOpen {
                    if d.char == Bytes.tilde {
                        if od.count == d.count { found = o; break }
                    } else {
                        let odd = (od.canClose || d.canOpen) && (od.origCount + d.origCount) % 3 == 0
                            && !(od.origCount % 3 == 0 && d.origCount % 3 == 0)
                        if !odd { found = o; break }
                    }
                }
                o = od.prev
            }
            if found < 0 {
                openersBottom[slot] = d.prev
                let next = d.next
                if !d.canOpen { removeDelimiter(current) }
                current = next
                continue
            }
            let od = delims[found]
            let use: Int
            let kind: NodeKind
            if d.char == Bytes.tilde {
                use = d.count
                kind = .strikethrough
            } else {
                use = (d.count >= 2 && od.count >= 2) ? 2 : 1
                kind = use == 2 ? .strong : .emph
            }
            delims[found].count -= use
            delims[current].count -= use
            tree.nodes[Int(od.node)].end -= Int32(use)
            tree.nodes[Int(d.node)].start += Int32(use)
            wrap(after: od.node, before: d.node, kind: kind)
            // Delimiters between opener and closer can no longer match anything.
            delims[found].next = current
            delims[current].prev = found
            if delims[found].count == 0 { removeDelimiter(found) }
            if delims[current].count == 0 {
                let next = delims[current].next
                removeDelimiter(current)
                current = next
            }
        }
        // Everything above bottom is done.
        while delimTop >= 0 && delimTop > bottom { removeDelimiter(delimTop) }
    }

    /// Moves the siblings strictly between `a` and `b` under a new node of `kind`,
    /// which takes their place. Constant time: no parent pointers to fix in inlines.
    mutating func wrap(after a: Int32, before b: Int32, kind: NodeKind) {
        let w = tree.add(kind)
        let first = tree.nodes[Int(a)].next
        let last = tree.nodes[Int(b)].prev
        if first != b && first >= 0 {
            tree.nodes[Int(w)].firstChild = first
            tree.nodes[Int(w)].lastChild = last
            tree.nodes[Int(first)].prev = -1
            tree.nodes[Int(last)].next = -1
        }
        tree.nodes[Int(a)].next = w
        tree.nodes[Int(w)].prev = a
        tree.nodes[Int(w)].next = b
        tree.nodes[Int(b)].prev = w
    }
}
