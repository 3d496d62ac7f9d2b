/// GFM extended autolinks: `www.`, `http://`, `https://`, `ftp://`, `mailto:`, `xmpp:` and
/// bare e-mail addresses, recognised while scanning text like cmark-gfm does, so that the
/// `_` and `*` inside a URL never become emphasis.
extension InlineParser {
    mutating func extendedAutolink(_ i: Int, textStart: Int) -> Int? {
        let c = t[i]
        // Every prefix has a fixed second byte: most letters of plain text stop here.
        guard i + 1 < e else { return nil }
        let c1 = t[i + 1]
        switch c {
        case 0x77: guard c1 == 0x77 else { return nil }
        case 0x68, 0x66: guard c1 == 0x74 else { return nil }
        case 0x6D: guard c1 == 0x61 else { return nil }
        case 0x78: guard c1 == 0x6D else { return nil }
        default: return nil
        }
        if c == 0x77 {
            guard isBoundaryBefore(i) else { return nil }
        } else if i > s && Bytes.isAlpha(t[i - 1]) {
            // A scheme is the whole run of letters before `:` (cmark-gfm rewinds over them).
            return nil
        }
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

    /// Bare e-mail addresses, found after emphasis like cmark-gfm does: in each run of
    /// adjacent text nodes (outside links), merged into one node first.
    mutating func emailAutolinks() {
        var stack: [Int32] = [block]
        while let parent = stack.popLast() {
            var c = tree.nodes[Int(parent)].firstChild
            while c >= 0 {
                let node = tree.nodes[Int(c)]
                if node.kind == .text {
                    var runEnd = c
                    var hasAt = false
                    var k = c
                    while k >= 0 && tree.nodes[Int(k)].kind == .text {
                        let n = tree.nodes[Int(k)]
                        // Decoded text (entities) never holds the `@` of an address.
                        if !n.inExtra && !hasAt { for q in Int(n.start)..<Int(n.end) where t[q] == Bytes.at { hasAt = true; break } }
                        runEnd = k
                        k = n.next
                    }
                    if hasAt { linkEmails(parent: parent, first: c, last: runEnd) }
                    c = tree.nodes[Int(runEnd)].next
                    continue
                }
                if node.kind != .link && node.kind != .image && node.firstChild >= 0 { stack.append(c) }
                c = node.next
            }
        }
    }

    /// Merges the text run `first...last` into one `extra` range and splits it around e-mails.
    private mutating func linkEmails(parent: Int32, first: Int32, last: Int32) {
        var bytes: [UInt8] = []
        var k = first
        while true {
            let n = tree.nodes[Int(k)]
            if n.inExtra { bytes.append(contentsOf: tree.extra[Int(n.start)..<Int(n.end)]) } else { bytes.append(contentsOf: t[Int(n.start)..<Int(n.end)]) }
            if k == last { break }
            k = n.next
        }
        // Find matches in the merged bytes.
        var matches: [(Int, Int)] = []
        var i = 0
        var lastEnd = 0
        while i < bytes.count {
            if bytes[i] == Bytes.at {
                var a = i
                while a > lastEnd && InlineParser.emailLocalGFM(bytes[a - 1]) { a -= 1 }
                if a < i, let end = Self.emailDomain(bytes, i + 1) {
                    matches.append((a, end))
                    lastEnd = end
                    i = end
                    continue
                }
            }
            i += 1
        }
        guard !matches.isEmpty else { return }
        let base = tree.extra.count
        tree.extra.append(contentsOf: bytes)
        let srcBase = tree.nodes[Int(first)].inExtra ? -1 : Int(tree.nodes[Int(first)].start)
        let after = tree.nodes[Int(last)].next
        // Rebuild the run: first node becomes the leading text, the rest are emptied.
        var k2 = tree.nodes[Int(first)].next
        while k2 >= 0 && k2 != after {
            tree.nodes[Int(k2)].end = tree.nodes[Int(k2)].start
            k2 = tree.nodes[Int(k2)].next
        }
        var pieces: [Int32] = []
        var pos = 0
        for (a, b) in matches {
            if a > pos { pieces.append(makeText(base + pos, base + a)) }
            let link = tree.add(.link)
            var url = Array("mailto:".utf8)
            url.append(contentsOf: bytes[a..<b])
            setLinkURL(link, url: url, title: nil, sourceOffset: srcBase >= 0 ? tree.sourceOffset(ofText: srcBase + a) : -1)
            let child = makeText(base + a, base + b)
            tree.nodes[Int(link)].firstChild = child
            tree.nodes[Int(link)].lastChild = child
            pieces.append(link)
            pos = b
        }
        if pos < bytes.count { pieces.append(makeText(base + pos, base + bytes.count)) }
        tree.nodes[Int(first)].end = tree.nodes[Int(first)].start
        // Splice the pieces in after `first`.
        var prev = first
        let oldNext = tree.nodes[Int(first)].next
        for p in pieces {
            tree.nodes[Int(prev)].next = p
            tree.nodes[Int(p)].prev = prev
            prev = p
        }
        tree.nodes[Int(prev)].next = oldNext
        if oldNext >= 0 { tree.nodes[Int(oldNext)].prev = prev } else { tree.nodes[Int(parent)].lastChild = prev }
    }

    private mutating func makeText(_ a: Int, _ b: Int) -> Int32 {
        let n = tree.add(.text)
        tree.nodes[Int(n)].start = Int32(a)
        tree.nodes[Int(n)].end = Int32(b)
        tree.nodes[Int(n)].inExtra = true
        return n
    }

    static func emailDomain(_ t: [UInt8], _ start: Int) -> Int? {
        var j = start
        var dots = 0
        let e = t.count
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
}
