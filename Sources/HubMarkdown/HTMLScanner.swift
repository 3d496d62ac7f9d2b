/// Raw HTML syntax (CommonMark "Raw HTML" and "HTML blocks"), scanned on bytes.
/// Each function returns the index just after the construct, or nil.
enum HTMLScanner {
    @inline(__always) static func isTagNameChar(_ b: UInt8) -> Bool { Bytes.isAlnum(b) || b == Bytes.minus }

    static func skipWhitespace(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        var i = i
        while i < end && (Bytes.isSpaceOrTab(p[i]) || p[i] == Bytes.lf) { i += 1 }
        return i
    }

    /// An open tag starting at `<`.
    static func openTag(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var i = start + 1
        guard i < end && Bytes.isAlpha(p[i]) else { return nil }
        while i < end && isTagNameChar(p[i]) { i += 1 }
        while true {
            let ws = skipWhitespace(p, i, end)
            guard ws < end else { return nil }
            let c = p[ws]
            if c == Bytes.gt { return ws + 1 }
            if c == Bytes.slash { return ws + 1 < end && p[ws + 1] == Bytes.gt ? ws + 2 : nil }
            // An attribute needs whitespace before it.
            guard ws > i, Bytes.isAlpha(c) || c == Bytes.underscore || c == Bytes.colon else { return nil }
            i = ws + 1
            while i < end && (Bytes.isAlnum(p[i]) || p[i] == Bytes.underscore || p[i] == Bytes.dot || p[i] == Bytes.colon || p[i] == Bytes.minus) { i += 1 }
            let v = skipWhitespace(p, i, end)
            if v < end && p[v] == Bytes.eq {
                let vs = skipWhitespace(p, v + 1, end)
                guard vs < end else { return nil }
                let q = p[vs]
                if q == Bytes.quote || q == Bytes.apos {
                    var k = vs + 1
                    while k < end && p[k] != q { k += 1 }
                    guard k < end else { return nil }
                    i = k + 1
                } else {
                    var k = vs
                    while k < end {
                        let b = p[k]
                        if Bytes.isWhitespace(b) || b == Bytes.quote || b == Bytes.apos || b == Bytes.eq || b == Bytes.lt || b == Bytes.gt || b == Bytes.backtick { break }
                        k += 1
                    }
                    guard k > vs else { return nil }
                    i = k
                }
            }
        }
    }

    /// A closing tag starting at `<`.
    static func closingTag(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var i = start + 2
        guard start + 1 < end, p[start + 1] == Bytes.slash, i < end, Bytes.isAlpha(p[i]) else { return nil }
        while i < end && isTagNameChar(p[i]) { i += 1 }
        i = skipWhitespace(p, i, end)
        return i < end && p[i] == Bytes.gt ? i + 1 : nil
    }

    /// Finds `needle` at or after `from`; returns the index after it.
    static func find(_ p: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], from: Int, _ end: Int) -> Int? {
        let n = needle.count
        let first = needle[0]
        var i = from
        while i + n <= end {
            if p[i] == first {
                var k = 1
                while k < n && p[i + k] == needle[k] { k += 1 }
                if k == n { return i + n }
            }
            i += 1
        }
        return nil
    }

    /// Compares bytes at `i` with a lowercase ASCII word, ignoring case.
    static func matchesLower(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, _ word: [UInt8]) -> Bool {
        guard i + word.count <= end else { return false }
        for k in 0..<word.count where Bytes.lower(p[i + k]) != word[k] { return false }
        return true
    }
}

/// The seven kinds of HTML block, by their start and end conditions.
enum HTMLBlockRules {
    static let type1: [[UInt8]] = ["pre", "script", "style", "textarea"].map { Array($0.utf8) }
    static let type1End: [[UInt8]] = ["</pre>", "</script>", "</style>", "</textarea>"].map { Array($0.utf8) }
    static let blockNames: Set<[UInt8]> = Set([
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col",
        "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
        "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol",
        "optgroup", "option", "p", "param", "search", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "title", "tr", "track", "ul",
    ].map { Array($0.utf8) })

    static func startType(_ p: UnsafeBufferPointer<UInt8>, at i: Int, end: Int, canBeType7: Bool) -> UInt8? {
        guard i + 1 < end else { return nil }
        let c1 = p[i + 1]
        if c1 == Bytes.bang {
            if i + 3 < end && p[i + 2] == Bytes.minus && p[i + 3] == Bytes.minus { return 2 }
            if i + 8 < end && HTMLScanner.matchesLower(p, i + 2, end, Array("[cdata[".utf8)) && p[i + 2] == Bytes.lbracket {
                // CDATA is case-sensitive.
                let word: [UInt8] = Array("[CDATA[".utf8)
                var ok = true
                for k in 0..<7 where p[i + 2 + k] != word[k] { ok = false }
                if ok { return 5 }
            }
            if i + 2 < end && Bytes.isAlpha(p[i + 2]) { return 4 }
            return nil
        }
        if c1 == Bytes.question { return 3 }
        let nameStart = c1 == Bytes.slash ? i + 2 : i + 1
        var j = nameStart
        while j < end && Bytes.isAlnum(p[j]) { j += 1 }
        let name = p[nameStart..<j].map { Bytes.lower($0) }
        let after: UInt8 = j < end ? p[j] : Bytes.lf
        if c1 != Bytes.slash && type1.contains(name) && (Bytes.isSpaceOrTab(after) || after == Bytes.gt || after == Bytes.lf) {
            return 1
        }
        if blockNames.contains(name) && (Bytes.isSpaceOrTab(after) || after == Bytes.gt || after == Bytes.lf
            || (after == Bytes.slash && j + 1 < end && p[j + 1] == Bytes.gt)) {
            return 6
        }
        if canBeType7 {
            let tagEnd = c1 == Bytes.slash ? HTMLScanner.closingTag(p, i, end) : HTMLScanner.openTag(p, i, end)
            if let e = tagEnd {
                if c1 != Bytes.slash && type1.contains(name) { return nil }
                var k = e
                while k < end && Bytes.isSpaceOrTab(p[k]) { k += 1 }
                if k == end { return 7 }
            }
        }
        return nil
    }

    static func endsBlock(type: UInt8, _ p: UnsafeBufferPointer<UInt8>, from: Int, to end: Int) -> Bool {
        switch type {
        case 1:
            var i = from
            while i < end {
                if p[i] == Bytes.lt && i + 1 < end && p[i + 1] == Bytes.slash {
                    for w in type1End where HTMLScanner.matchesLower(p, i, end, w) { return true }
                }
                i += 1
            }
            return false
        case 2: return HTMLScanner.find(p, Array("-->".utf8), from: from, end) != nil
        case 3: return HTMLScanner.find(p, Array("?>".utf8), from: from, end) != nil
        case 4: return HTMLScanner.find(p, [Bytes.gt], from: from, end) != nil
        case 5: return HTMLScanner.find(p, Array("]]>".utf8), from: from, end) != nil
        default: return false
        }
    }
}
