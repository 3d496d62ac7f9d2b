/// GFM extended autolinks: `www.`, `http://`, `https://`, `ftp://`, `mailto:`, `xmpp:` and
/// bare e-mail addresses, recognised while scanning text like cmark-gfm does, so that the
/// `_` and `*` inside a URL never become emphasis.
extension InlineParser {
    mutating func extendedAutolink(_ i: Int, textStart: Int) -> Int? {
        let c = t[i]
        if c == Bytes.at { return emailAutolink(i, textStart: textStart) }
        guard isBoundaryBefore(i) else { return nil }
        var domainStart = -1
        var prefix: [UInt8] = []
        if c == 0x77, matches(i, "www.") {
            domainStart = i
            prefix = Array("http://".utf8)
        } else if c == 0x68, matches(i, "http://") {
            domainStart = i + 7
        } else if c == 0x68, matches(i, "https://") {
            domainStart = i + 8
        } else if c == 0x66, matches(i, "ftp://") {
            domainStart = i + 6
        } else if c == 0x6D, matches(i, "mailto:") {
            return schemeEmail(i, i + 7, textStart: textStart, xmpp: false)
        } else if c == 0x78, matches(i, "xmpp:") {
            return schemeEmail(i, i + 5, textStart: textStart, xmpp: true)
        }
        guard domainStart >= 0, let domainEnd = validDomain(domainStart) else { return nil }
        var end = domainEnd
        while end < e && !Bytes.isWhitespace(t[end]) && t[end] != Bytes.lt { end += 1 }
        end = trimAutolinkEnd(i, end)
        guard end > domainStart else { return nil }
        emitAutolink(i, end, prefix: prefix, textStart: textStart)
        return end
    }

    func matches(_ i: Int, _ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= e else { return false }
        let w = word.utf8Start
        for k in 0..<n where t[i + k] != w[k] { return false }
        return true
    }

    /// Segments of alphanumerics, `_` and `-` separated by dots; at least one dot; no `_`
    /// in the last two segments. Returns the index after the domain.
    func validDomain(_ start: Int) -> Int? {
        var j = start
        var dots = 0
        var underscoreInLast = false, underscoreInPrev = false
        while j < e {
            let c = t[j]
            if c == Bytes.dot {
                if j + 1 >= e || !(Bytes.isAlnum(t[j + 1]) || t[j + 1] == Bytes.minus || t[j + 1] == Bytes.underscore || t[j + 1] >= 0x80) { break }
                dots += 1
                underscoreInPrev = underscoreInLast
                underscoreInLast = false
            } else if c == Bytes.underscore {
                underscoreInLast = true
            } else if !(Bytes.isAlnum(c) || c == Bytes.minus || c >= 0x80) {
                break
            }
            j += 1
        }
        guard dots >= 1, !underscoreInLast, !underscoreInPrev, j > start else { return nil }
        return j
    }

    /// Extended autolink path validation: trailing punctuation, unbalanced `)`, entity-like `;`.
    func trimAutolinkEnd(_ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start {
            let c = t[end - 1]
            if c == Bytes.question || c == Bytes.bang || c == Bytes.dot || c == 0x2C || c == Bytes.colon
                || c == Bytes.star || c == Bytes.underscore || c == Bytes.tilde {
                end -= 1
            } else if c == Bytes.rparen {
                var open = 0, close = 0
                for k in start..<end { if t[k] == Bytes.lparen { open += 1 } else if t[k] == Bytes.rparen { close += 1 } }
                if close > open { end -= 1 } else { break }
            } else if c == Bytes.semicolon {
                var k = end - 2
                while k >= start && Bytes.isAlnum(t[k]) { k -= 1 }
                if k >= start && k < end - 2 && t[k] == Bytes.amp { end = k } else { break }
            } else {
                break
            }
        }
        return end
    }

    mutating func emitAutolink(_ a: Int, _ b: Int, prefix: [UInt8], textStart: Int) {
        addText(textStart, a)
        let link = appendInline(.link, 0, 0)
        var url = prefix
        url.append(contentsOf: t[a..<b])
        setLinkURL(link, url: url, title: nil, sourceOffset: tree.sourceOffset(ofText: a))
        let child = tree.add(.text)
        tree.nodes[Int(child)].start = Int32(a)
        tree.nodes[Int(child)].end = Int32(b)
        tree.append(child, to: link)
    }

    /// `mailto:` / `xmpp:` followed by an e-mail address (xmpp may add `/resource`).
    mutating func schemeEmail(_ i: Int, _ at: Int, textStart: Int, xmpp: Bool) -> Int? {
        var j = at
        while j < e && InlineParser.emailLocalGFM(t[j]) { j += 1 }
        guard j > at, j < e, t[j] == Bytes.at, var end = emailDomain(j + 1) else { return nil }
        if xmpp && end < e && t[end] == Bytes.slash {
            var k = end + 1
            while k < e && (Bytes.isAlnum(t[k]) || t[k] == Bytes.at || t[k] == Bytes.dot) { k += 1 }
            if k > end + 1 { end = k }
        }
        emitAutolink(i, end, prefix: [], textStart: textStart)
        return end
    }

    static func emailLocalGFM(_ c: UInt8) -> Bool {
        Bytes.isAlnum(c) || c == Bytes.dot || c == Bytes.minus || c == Bytes.underscore || c == Bytes.plus
    }

    /// After `@`: alphanumeric, `-`, `_` segments with at least one dot; returns the end.
    func emailDomain(_ start: Int) -> Int? {
        var j = start
        var dots = 0
        while j < e {
            let c = t[j]
            if c == Bytes.dot {
                if j + 1 < e && Bytes.isAlnum(t[j + 1]) { dots += 1; j += 1; continue }
                break
            }
            if Bytes.isAlnum(c) || c == Bytes.minus || c == Bytes.underscore { j += 1 } else { break }
        }
        guard dots >= 1, j > start else { return nil }
        let last = t[j - 1]
        if last == Bytes.minus || last == Bytes.underscore { return nil }
        return j
    }

    /// A bare address: the local part is the end of the pending text run.
    mutating func emailAutolink(_ i: Int, textStart: Int) -> Int? {
        var a = i
        while a > textStart && InlineParser.emailLocalGFM(t[a - 1]) { a -= 1 }
        guard a < i, let end = emailDomain(i + 1) else { return nil }
        emitAutolink(a, end, prefix: Array("mailto:".utf8), textStart: textStart)
        return end
    }
}
