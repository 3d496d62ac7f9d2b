/// The block starts that are leaves or lists (block quotes are inline in `processLine`).
extension BlockParser {
    mutating func startATXHeading() -> Bool {
        var j = nextNonspace
        while j < le && p[j] == Bytes.hash && j - nextNonspace < 7 { j += 1 }
        let level = j - nextNonspace
        guard level >= 1 && level <= 6 else { return false }
        if j < le && !Bytes.isSpaceOrTab(p[j]) { return false }
        var cs = j
        while cs < le && Bytes.isSpaceOrTab(p[cs]) { cs += 1 }
        var ce = le
        while ce > cs && Bytes.isSpaceOrTab(p[ce - 1]) { ce -= 1 }
        // An optional closing sequence of #s, preceded by a space (or making up the whole content).
        var k = ce
        while k > cs && p[k - 1] == Bytes.hash { k -= 1 }
        if k < ce && (k == cs || Bytes.isSpaceOrTab(p[k - 1])) {
            ce = k
            while ce > cs && Bytes.isSpaceOrTab(p[ce - 1]) { ce -= 1 }
        }
        let h = addChild(.heading, at: nextNonspace)
        tree.nodes[Int(h)].small = UInt8(level)
        tree.segments.append(Segment(start: Int32(cs), end: Int32(ce), pad: 0, line: lineNo))
        tree.blocks[Int(h)].segEnd = Int32(tree.segments.count)
        offset = le
        lineConsumed = true
        return true
    }

    mutating func startFence() -> Bool {
        let c = p[nextNonspace]
        var j = nextNonspace
        while j < le && p[j] == c { j += 1 }
        let len = j - nextNonspace
        guard len >= 3 else { return false }
        var is_ = j
        while is_ < le && Bytes.isSpaceOrTab(p[is_]) { is_ += 1 }
        var ie = le
        while ie > is_ && Bytes.isSpaceOrTab(p[ie - 1]) { ie -= 1 }
        if c == Bytes.backtick {
            for k in is_..<ie where p[k] == Bytes.backtick { return false }
        }
        let fenceIndent = indent
        let n = addChild(.codeBlock, at: nextNonspace)
        tree.nodes[Int(n)].flag1 = true
        tree.nodes[Int(n)].byte = c
        tree.nodes[Int(n)].num = Int32(len)
        tree.nodes[Int(n)].small = UInt8(fenceIndent)
        tree.nodes[Int(n)].start2 = Int32(tree.text.count)
        tree.text.append(contentsOf: UnsafeBufferPointer(rebasing: p[is_..<ie]))
        tree.nodes[Int(n)].end2 = Int32(tree.text.count)
        offset = le
        lineConsumed = true
        return true
    }

    mutating func startHTMLBlock(containerIsParagraph: Bool) -> Bool {
        guard let type = HTMLBlockRules.startType(p, at: nextNonspace, end: le, canBeType7: !containerIsParagraph) else { return false }
        let n = addChild(.htmlBlock, at: nextNonspace)
        tree.nodes[Int(n)].small = type
        if !options.unsafe {
            let detail = String(decoding: UnsafeBufferPointer(rebasing: p[nextNonspace..<min(le, nextNonspace + 40)]), as: UTF8.self)
            tree.pendingNotes.append((nextNonspace, .rawHTMLBlock, detail))
        }
        return true
    }

    mutating func startSetext(_ para: Int32) -> Bool {
        let c = p[nextNonspace]
        var j = nextNonspace
        while j < le && p[j] == c { j += 1 }
        while j < le && Bytes.isSpaceOrTab(p[j]) { j += 1 }
        guard j == le else { return false }
        buildParagraphText(para)
        extractReferenceDefinitions(para)
        let node = tree.nodes[Int(para)]
        if node.start >= node.end {
            // Only definitions: the paragraph's lines are used up, and this line is no underline.
            tree.blocks[Int(para)].segStart = tree.blocks[Int(para)].segEnd
            tree.nodes[Int(para)].flag2 = false
            return false
        }
        tree.nodes[Int(para)].kind = .heading
        tree.nodes[Int(para)].flag1 = true
        tree.nodes[Int(para)].small = c == Bytes.eq ? 1 : 2
        offset = le
        lineConsumed = true
        return true
    }

    mutating func startThematicBreak() -> Bool {
        let c = p[nextNonspace]
        // `- - - … x` opens one list per marker; remember where the line stopped being a
        // break so that each level does not rescan the rest of the line.
        if hrFailLine == lineNo && hrFailChar == c && nextNonspace < hrFailPos { return false }
        var count = 0
        var j = nextNonspace
        while j < le {
            if p[j] == c { count += 1 } else if !Bytes.isSpaceOrTab(p[j]) {
                hrFailLine = lineNo; hrFailChar = c; hrFailPos = j
                return false
            }
            j += 1
        }
        guard count >= 3 else { return false }
        addChild(.thematicBreak, at: nextNonspace)
        offset = le
        lineConsumed = true
        return true
    }

    mutating func startListItem(container: Int32) -> Int32? {
        let containerIsParagraph = kind(container) == .paragraph
        var j = nextNonspace
        let c = p[j]
        var ordered = false
        var startNum: Int32 = 1
        var delim = c
        if c == Bytes.star || c == Bytes.minus || c == Bytes.plus {
            j += 1
        } else {
            // At most 9 digits; 10 are counted (in 64 bits) only to reject the number.
            var v = 0
            var digits = 0
            while j < le && Bytes.isDigit(p[j]) && digits < 10 { v = v * 10 + Int(p[j] - 0x30); j += 1; digits += 1 }
            guard digits >= 1 && digits <= 9 && j < le && (p[j] == Bytes.dot || p[j] == Bytes.rparen) else { return nil }
            delim = p[j]
            j += 1
            ordered = true
            startNum = Int32(v)
        }
        if j < le && !Bytes.isSpaceOrTab(p[j]) { return nil }
        if containerIsParagraph {
            var k = j
            while k < le && Bytes.isSpaceOrTab(p[k]) { k += 1 }
            if k == le { return nil }
            if ordered && startNum != 1 { return nil }
        }
        let markerOffset = indent
        let markerLen = j - nextNonspace
        advanceToNextNonspace()
        advanceOffset(markerLen, columns: false)
        let spacesStartCol = column, spacesStartOffset = offset
        let savedPartial = partiallyConsumedTab
        repeat {
            advanceOffset(1, columns: true)
        } while column - spacesStartCol < 5 && offset < le && Bytes.isSpaceOrTab(p[offset])
        let blankItem = offset >= le
        let spacesAfter = column - spacesStartCol
        var padding: Int
        if spacesAfter >= 5 || spacesAfter < 1 || blankItem {
            padding = markerLen + 1
            column = spacesStartCol
            offset = spacesStartOffset
            partiallyConsumedTab = savedPartial
            if offset < le && Bytes.isSpaceOrTab(p[offset]) { advanceOffset(1, columns: true) }
        } else {
            padding = markerLen + spacesAfter
        }
        let parentIsMatchingList: Bool = {
            let node = tree.nodes[Int(container)]
            return node.kind == .list && node.flag1 == ordered && node.byte == delim
        }()
        if !parentIsMatchingList {
            let list = addChild(.list, at: nextNonspace)
            tree.nodes[Int(list)].flag1 = ordered
            tree.nodes[Int(list)].byte = delim
            tree.nodes[Int(list)].num = startNum
        }
        let item = addChild(.item, at: nextNonspace)
        tree.nodes[Int(item)].num = Int32(markerOffset + padding)
        tree.nodes[Int(item)].flag1 = ordered
        tree.nodes[Int(item)].byte = delim
        return item
    }
}
