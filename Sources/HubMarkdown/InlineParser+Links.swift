/// Links and images: the `]` step of the spec's appendix.
extension InlineParser {
    /// `]`: a link or image if the bracket stack and what follows allow it.
    mutating func closeBracket(_ i: Int) -> Int {
        guard let top = brackets.last else {
            addText(i, i + 1)
            return i + 1
        }
        let topIndex = brackets.count - 1
        if !top.isImage && topIndex < linkBarrier {
            brackets.removeLast()
            linkBarrier = min(linkBarrier, brackets.count)
            addText(i, i + 1)
            return i + 1
        }
        var url: [UInt8] = []
        var title: [UInt8]? = nil
        var srcOffset = -1
        var next = -1
        // Inline link: ( destination "title" )
        if i + 1 < e && t[i + 1] == Bytes.lparen, let r = inlineLinkTail(i + 2) {
            url = r.url; title = r.title; srcOffset = r.srcOffset; next = r.next
        }
        if next < 0 {
            // Reference link: full [label], collapsed [], or shortcut.
            var labelRange: (Int, Int)? = nil
            var after = i + 1
            if i + 1 < e && t[i + 1] == Bytes.lbracket {
                if let (ls, le, n) = LinkScanner.label(t, i + 1, e) {
                    labelRange = (ls, le); after = n
                } else if i + 2 < e && t[i + 2] == Bytes.rbracket {
                    after = i + 3
                }
            }
            if labelRange == nil {
                // The link text itself must be a valid label.
                if let (ls, le, n) = LinkScanner.label(t, top.textStart - 1, e), n == i + 1 { labelRange = (ls, le) }
            }
            if let (ls, le) = labelRange, !refs.map.isEmpty, let ref = refs.map[LinkScanner.normalize(t, ls, le)] {
                url = ref.url; title = ref.title; srcOffset = ref.sourceOffset; next = after
            }
        }
        brackets.removeLast()
        linkBarrier = min(linkBarrier, brackets.count)
        if next < 0 {
            addText(i, i + 1)
            return i + 1
        }
        let link = tree.add(top.isImage ? .image : .link)
        // Everything after the opener becomes the link's content.
        let opener = top.node
        let first = tree.nodes[Int(opener)].next
        if first >= 0 {
            tree.nodes[Int(link)].firstChild = first
            tree.nodes[Int(link)].lastChild = tree.nodes[Int(block)].lastChild
            tree.nodes[Int(first)].prev = -1
            tree.nodes[Int(opener)].next = -1
            tree.nodes[Int(block)].lastChild = opener
        }
        tree.append(link, to: block)
        tree.nodes[Int(opener)].end = tree.nodes[Int(opener)].start
        setLinkURL(link, url: url, title: title, sourceOffset: srcOffset)
        processEmphasis(bottom: top.prevDelim)
        if !top.isImage { linkBarrier = brackets.count }
        return next
    }

    struct LinkTail {
        var url: [UInt8]
        var title: [UInt8]?
        var srcOffset: Int
        var next: Int
    }

    /// After `](`: optional destination and title, then `)`.
    func inlineLinkTail(_ start: Int) -> LinkTail? {
        var j = skipSpace(start)
        var url: [UInt8] = []
        var srcOffset = tree.sourceOffset(ofText: j)
        if j < e && t[j] == Bytes.rparen {
            return LinkTail(url: [], title: nil, srcOffset: srcOffset, next: j + 1)
        }
        guard let (ds, de, dn) = LinkScanner.destination(t, j, e) else { return nil }
        Entities.decode(t, ds, de, into: &url)
        srcOffset = tree.sourceOffset(ofText: ds)
        j = skipSpace(dn)
        var title: [UInt8]? = nil
        if j > dn, let (ts, te, tn) = LinkScanner.title(t, j, e) {
            var tt: [UInt8] = []
            Entities.decode(t, ts, te, into: &tt)
            title = tt
            j = skipSpace(tn)
        }
        guard j < e && t[j] == Bytes.rparen else { return nil }
        return LinkTail(url: url, title: title, srcOffset: srcOffset, next: j + 1)
    }

    /// Spaces, tabs and at most one line ending.
    func skipSpace(_ i: Int) -> Int {
        var i = i
        var nl = false
        while i < e {
            let c = t[i]
            if Bytes.isSpaceOrTab(c) { i += 1 } else if c == Bytes.lf && !nl { nl = true; i += 1 } else { break }
        }
        return i
    }
}
