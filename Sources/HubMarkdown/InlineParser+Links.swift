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
        var tail: LinkTail? = nil
        var ref: LinkReference? = nil
        var next = -1
        // Inline link: ( destination "title" )
        if i + 1 < e && t[i + 1] == Bytes.lparen, let r = inlineLinkTail(i + 2) {
            tail = r
            next = r.next
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
            if labelRange == nil && !refs.map.isEmpty {
                // The link text itself must be a valid label.
                if let (ls, le, n) = LinkScanner.label(t, top.textStart - 1, e), n == i + 1 { labelRange = (ls, le) }
            }
            if let (ls, le) = labelRange, !refs.map.isEmpty, let r = refs.map[LinkScanner.normalize(t, ls, le)] {
                ref = r
                next = after
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
        if let tail {
            let us = tree.extra.count
            Entities.decode(t, tail.destStart, tail.destEnd, into: &tree.extra)
            let ue = tree.extra.count
            var titleRange: (Int, Int)? = nil
            if tail.titleStart >= 0 {
                let ts = tree.extra.count
                Entities.decode(t, tail.titleStart, tail.titleEnd, into: &tree.extra)
                titleRange = (ts, tree.extra.count)
            }
            finishLink(link, url: (us, ue), title: titleRange, sourceOffset: tree.sourceOffset(ofText: tail.destStart))
        } else if let ref {
            setLinkURL(link, url: ref.url, title: ref.title, sourceOffset: ref.sourceOffset)
        }
        processEmphasis(bottom: top.prevDelim)
        if !top.isImage { linkBarrier = brackets.count }
        return next
    }

    /// An inline link's destination and title as ranges of `t` (decoded only on success).
    struct LinkTail {
        var destStart: Int
        var destEnd: Int
        var titleStart: Int
        var titleEnd: Int
        var next: Int
    }

    /// After `](`: optional destination and title, then `)`.
    func inlineLinkTail(_ start: Int) -> LinkTail? {
        var j = skipSpace(start)
        if j < e && t[j] == Bytes.rparen {
            return LinkTail(destStart: j, destEnd: j, titleStart: -1, titleEnd: -1, next: j + 1)
        }
        guard let (ds, de, dn) = LinkScanner.destination(t, j, e) else { return nil }
        j = skipSpace(dn)
        var ts = -1, te = -1
        if j > dn, let (a, b, tn) = LinkScanner.title(t, j, e) {
            ts = a; te = b
            j = skipSpace(tn)
        }
        guard j < e && t[j] == Bytes.rparen else { return nil }
        return LinkTail(destStart: ds, destEnd: de, titleStart: ts, titleEnd: te, next: j + 1)
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
