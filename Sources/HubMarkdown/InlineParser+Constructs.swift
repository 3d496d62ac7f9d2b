/// Code spans, autolinks, raw HTML and entities: the constructs that are scanned at once.
extension InlineParser {
    static let emailLocal: [Bool] = {
        var t = [Bool](repeating: false, count: 256)
        for b in 0..<128 where Bytes.isAlnum(UInt8(b)) { t[b] = true }
        for b in ".!#$%&'*+/=?^_`{|}~-".utf8 { t[Int(b)] = true }
        return t
    }()

    /// A code span at a backtick run, or the run as literal text. Returns the index after it.
    mutating func codeSpan(_ i: Int) -> Int {
        var j = i
        while j < e && t[j] == Bytes.backtick { j += 1 }
        let n = j - i
        var closer = -1
        if backtickRuns == nil {
            // Most spans close at the next backtick run: then no index of the block's runs
            // is made. Otherwise (a run of another length first) the index is made once, so
            // the scans from here on stay linear.
            let k = Bytes.find(Bytes.backtick, t, from: j, to: e)
            if k == e {
                addText(i, j)
                return j
            }
            var m = k
            while m < e && t[m] == Bytes.backtick { m += 1 }
            if m - k == n { closer = k } else { indexBacktickRuns(from: i) }
        }
        if closer < 0, let list = backtickRuns?[n] {
            var cur = backtickCursor[n] ?? 0
            while cur < list.count && list[cur] < j { cur += 1 }
            if cur < list.count { closer = list[cur]; cur += 1 }
            backtickCursor[n] = cur
        }
        if closer < 0 {
            addText(i, j)
            return j
        }
        // Content: line endings become spaces; one space stripped from each side if both
        // sides have one and the content is not all spaces.
        let before = tree.extra.count
        var allSpace = true
        for k in j..<closer {
            let c = t[k]
            if c == Bytes.lf { tree.extra.append(Bytes.space) } else { tree.extra.append(c) }
            if c != Bytes.space && c != Bytes.lf { allSpace = false }
        }
        var a = before, b = tree.extra.count
        if !allSpace && b - a >= 2 && tree.extra[a] == Bytes.space && tree.extra[b - 1] == Bytes.space {
            a += 1; b -= 1
        }
        _ = appendInline(.code, a, b, extra: true)
        return closer + n
    }

    /// Records every maximal backtick run after `from`, by length, so that finding a closer
    /// is a cursor step instead of a scan (the "backticks" pathological case).
    mutating func indexBacktickRuns(from: Int) {
        var runs: [Int: [Int]] = [:]
        var k = from
        while k < e {
            if t[k] == Bytes.backtick {
                let st = k
                while k < e && t[k] == Bytes.backtick { k += 1 }
                runs[k - st, default: []].append(st)
            } else {
                k += 1
            }
        }
        backtickRuns = runs
    }

    /// `<`: an autolink or raw HTML. Flushes pending text when something matches.
    mutating func angle(_ i: Int, flushFrom textStart: Int) -> Int? {
        if let (a, b, isEmail) = autolink(i) {
            addText(textStart, i)
            let link = appendInline(.link, 0, 0)
            var url: [UInt8] = isEmail ? Array("mailto:".utf8) : []
            url.append(contentsOf: t[a..<b])
            setLinkURL(link, url: url, title: nil, sourceOffset: tree.sourceOffset(ofText: a))
            let child = tree.add(.text)
            tree.nodes[Int(child)].start = Int32(a)
            tree.nodes[Int(child)].end = Int32(b)
            tree.append(child, to: link)
            return b + 1
        }
        if let end = rawHTML(i) {
            addText(textStart, i)
            let node = appendInline(.htmlInline, i, end)
            if !options.unsafe {
                let detail = String(decoding: t[i..<min(end, i + 40)], as: UTF8.self)
                tree.pendingNotes.append((tree.sourceOffset(ofText: i), .inlineHTML, detail))
            }
            _ = node
            return end
        }
        return nil
    }

    mutating func setLinkURL(_ link: Int32, url: [UInt8], title: [UInt8]?, sourceOffset: Int) {
        let us = tree.extra.count
        tree.extra.append(contentsOf: url)
        let ue = tree.extra.count
        var titleRange: (Int, Int)? = nil
        if let title {
            tree.extra.append(contentsOf: title)
            titleRange = (ue, tree.extra.count)
        }
        finishLink(link, url: (us, ue), title: titleRange, sourceOffset: sourceOffset)
    }

    /// Points a link or image at its URL and title (ranges of `extra`) and notes a
    /// dangerous destination in safe mode.
    mutating func finishLink(_ link: Int32, url: (Int, Int), title: (Int, Int)?, sourceOffset: Int) {
        tree.nodes[Int(link)].start = Int32(url.0)
        tree.nodes[Int(link)].end = Int32(url.1)
        tree.nodes[Int(link)].inExtra = true
        if let title {
            tree.nodes[Int(link)].start2 = Int32(title.0)
            tree.nodes[Int(link)].end2 = Int32(title.1)
            tree.nodes[Int(link)].flag2 = true
        }
        tree.nodes[Int(link)].num = Int32(sourceOffset)
        if !options.unsafe && url.1 > url.0 && URLSafety.isDangerous(tree.extra[url.0..<url.1]) {
            let detail = String(decoding: tree.extra[url.0..<url.1], as: UTF8.self)
            tree.pendingNotes.append((sourceOffset, .unsafeURL, detail))
        }
    }

    /// `<scheme:…>` or `<user@host>`: the content range and whether it is an e-mail.
    func autolink(_ i: Int) -> (Int, Int, Bool)? {
        let a = i + 1
        guard a < e else { return nil }
        // URI: scheme of 2-32 characters, a colon, then no spaces, controls or angle brackets.
        if Bytes.isAlpha(t[a]) {
            var j = a + 1
            while j < e && (Bytes.isAlnum(t[j]) || t[j] == Bytes.plus || t[j] == Bytes.dot || t[j] == Bytes.minus) && j - a <= 32 { j += 1 }
            let schemeLen = j - a
            if schemeLen >= 2 && schemeLen <= 32 && j < e && t[j] == Bytes.colon {
                j += 1
                while j < e {
                    let c = t[j]
                    if c == Bytes.gt { return (a, j, false) }
                    if c <= 0x20 || c == Bytes.lt || c == 0x7F { break }
                    j += 1
                }
            }
        }
        // E-mail.
        var j = a
        while j < e {
            let c = t[j]
            if InlineParser.emailLocal[Int(c)] { j += 1 } else { break }
        }
        guard j > a, j < e, t[j] == Bytes.at else { return nil }
        j += 1
        while true {
            let ls = j
            guard j < e, Bytes.isAlnum(t[j]) else { return nil }
            while j < e && (Bytes.isAlnum(t[j]) || t[j] == Bytes.minus) && j - ls < 63 { j += 1 }
            if t[j - 1] == Bytes.minus { return nil }
            guard j < e else { return nil }
            if t[j] == Bytes.gt { return (a, j, true) }
            if t[j] == Bytes.dot { j += 1; continue }
            return nil
        }
    }

    /// Raw HTML at `<`: the index after it.
    mutating func rawHTML(_ i: Int) -> Int? {
        guard i + 1 < e else { return nil }
        let c = t[i + 1]
        if Bytes.isAlpha(c) { return HTMLScanner.openTag(t, i, e) }
        if c == Bytes.slash { return HTMLScanner.closingTag(t, i, e) }
        if c == Bytes.question {
            if noPIEnd { return nil }
            if let end = HTMLScanner.find(t, Array("?>".utf8), from: i + 2, e) { return end }
            noPIEnd = true
            return nil
        }
        guard c == Bytes.bang, i + 2 < e else { return nil }
        if t[i + 2] == Bytes.minus {
            guard i + 3 < e, t[i + 3] == Bytes.minus else { return nil }
            if i + 4 < e && t[i + 4] == Bytes.gt { return i + 5 }
            if i + 5 < e && t[i + 4] == Bytes.minus && t[i + 5] == Bytes.gt { return i + 6 }
            if noCommentEnd { return nil }
            if let end = HTMLScanner.find(t, Array("-->".utf8), from: i + 4, e) { return end }
            noCommentEnd = true
            return nil
        }
        if t[i + 2] == Bytes.lbracket {
            let word = Array("[CDATA[".utf8)
            guard i + 2 + word.count <= e else { return nil }
            for k in 0..<word.count where t[i + 2 + k] != word[k] { return nil }
            if noCDATAEnd { return nil }
            if let end = HTMLScanner.find(t, Array("]]>".utf8), from: i + 9, e) { return end }
            noCDATAEnd = true
            return nil
        }
        if Bytes.isAlpha(t[i + 2]) {
            if noDeclEnd { return nil }
            if let end = HTMLScanner.find(t, [Bytes.gt], from: i + 3, e) { return end }
            noDeclEnd = true
            return nil
        }
        return nil
    }
}
