/// Phase one: the block structure, line by line (CommonMark appendix "A parsing strategy").
/// Each line first walks the chain of open blocks to see which continue, then looks for new
/// block starts, then adds what is left to the deepest block. Leaves keep their lines as
/// `Segment`s; when a leaf closes its text is copied once into `Tree.text`.
struct BlockParser {
    var tree: Tree
    let options: MarkdownOptions
    let p: UnsafeBufferPointer<UInt8>
    /// The open blocks, from the document down to the tip.
    var open: [Int32] = []
    /// For open[i]: the smallest k such that open[k...i] all continue on a blank line. Lets a
    /// blank line skip a deep chain of list items in O(1), which keeps deep lists linear.
    var blankFrom: [Int32] = []
    var refs = LinkReferences()

    // The current line.
    var lineNo: Int32 = 0
    var ls = 0, le = 0
    var offset = 0, column = 0
    var partiallyConsumedTab = false
    var nextNonspace = 0, nextNonspaceColumn = 0, indent = 0
    var blank = false
    var lastMatched = 0
    var unmatchedClosed = false
    /// Set by a block start that used up the whole line (fence, heading, table delimiter row).
    var lineConsumed = false
    var hrFailLine: Int32 = 0, hrFailChar: UInt8 = 0, hrFailPos = 0
    var nnLine: Int32 = 0, nnFrom = 0

    init(source: UnsafeBufferPointer<UInt8>, tree: Tree, options: MarkdownOptions) {
        self.p = source
        self.tree = tree
        self.options = options
        // About one block per two lines of prose (a paragraph and a blank line), or fewer:
        // room up front instead of growing the array from empty, for a few spare entries.
        self.tree.blocks.reserveCapacity(source.count / 64 + 16)
        let doc = self.tree.addBlock(.document)
        self.tree.nodes[Int(doc)].line = 1
        open = [doc]
        blankFrom = [1]
    }

    var indented: Bool { indent >= 4 }

    @inline(__always) func kind(_ n: Int32) -> NodeKind { tree.nodes[Int(n)].kind }

    mutating func parse() {
        var i = 0
        let n = p.count
        tree.lineStarts.reserveCapacity(n / 40 + 1)
        // Sized from the input once: grown from empty, each was copied several times per document.
        tree.text.reserveCapacity(n + 16)
        tree.nodes.reserveCapacity(n / 32 + 16)
        tree.segments.reserveCapacity(n / 40 + 8)
        tree.textMap.reserveCapacity(n / 40 + 8)
        while i < n || (i == n && n == 0) {
            let e = Bytes.find(Bytes.lf, p, from: i, to: n)
            tree.lineStarts.append(Int32(i))
            processLine(i, e)
            i = e + 1
            if n == 0 { break }
        }
        if tree.lineStarts.isEmpty { tree.lineStarts.append(0) }
        while open.count > 0 { close(open.removeLast()); blankFrom.removeLast() }
    }

    // MARK: - Line state

    mutating func findNextNonspace() {
        // Containers on one line consume from the same run of indentation; reuse the scan
        // (columns are absolute, so the next non-space column does not depend on where in
        // the run the scan started). Keeps deeply indented lines linear.
        if nnLine == lineNo && offset >= nnFrom && offset <= nextNonspace {
            indent = nextNonspaceColumn - column
            return
        }
        nnLine = lineNo
        nnFrom = offset
        var i = offset, cols = column
        while i < le {
            let c = p[i]
            if c == Bytes.space { i += 1; cols += 1 } else if c == Bytes.tab { cols += 4 - cols % 4; i += 1 } else { break }
        }
        blank = i >= le
        nextNonspace = i
        nextNonspaceColumn = cols
        indent = cols - column
    }

    mutating func advanceOffset(_ count: Int, columns: Bool) {
        var count = count
        while count > 0 && offset < le {
            if p[offset] == Bytes.tab {
                let toTab = 4 - column % 4
                if columns {
                    partiallyConsumedTab = toTab > count
                    let adv = min(count, toTab)
                    column += adv
                    if !partiallyConsumedTab { offset += 1 }
                    count -= adv
                } else {
                    partiallyConsumedTab = false
                    column += toTab
                    offset += 1
                    count -= 1
                }
            } else {
                partiallyConsumedTab = false
                offset += 1
                column += 1
                count -= 1
            }
        }
    }

    mutating func advanceToNextNonspace() {
        offset = nextNonspace
        column = nextNonspaceColumn
        partiallyConsumedTab = false
    }

    // MARK: - One line

    mutating func processLine(_ start: Int, _ end: Int) {
        lineNo += 1
        ls = start; le = end
        offset = start; column = 0; partiallyConsumedTab = false
        unmatchedClosed = false
        lineConsumed = false
        lastMatched = 0
        var i = 1
        let last = open.count - 1
        matching: while i <= last {
            findNextNonspace()
            if blank && i < last && i >= Int(blankFrom[last - 1]) {
                // Every block from i to the tip's parent is a list or item that continues on
                // a blank line; items would consume the whitespace.
                if kind(open[i]) == .item || i + 1 < last { advanceToNextNonspace() }
                lastMatched = last - 1
                i = last
                findNextNonspace()
            }
            switch continueBlock(open[i]) {
            case .matched:
                lastMatched = i
                i += 1
            case .failed:
                break matching
            case .lineDone:
                // A closing code fence: the fence line belongs to the block, which ends here.
                touch(open[i], blank: false)
                lastMatched = i
                closeUnmatched()
                close(open.removeLast()); blankFrom.removeLast()
                return
            }
        }
        let allMatched = lastMatched == open.count - 1
        let tip = open[open.count - 1]
        var container = open[lastMatched]
        var opened = false

        starts: while true {
            let ck = kind(container)
            if ck == .codeBlock || ck == .htmlBlock { break }
            findNextNonspace()
            if blank { break }
            let c = p[nextNonspace]
            if !indented {
                switch c {
                case Bytes.gt:
                    advanceToNextNonspace()
                    advanceOffset(1, columns: false)
                    if offset < le && Bytes.isSpaceOrTab(p[offset]) { advanceOffset(1, columns: true) }
                    container = addChild(.blockQuote, at: nextNonspace)
                    opened = true
                    continue starts
                case Bytes.hash:
                    if startATXHeading() { opened = true; break starts }
                case Bytes.backtick, Bytes.tilde:
                    if startFence() { opened = true; break starts }
                case Bytes.lt:
                    if startHTMLBlock(containerIsParagraph: ck == .paragraph) { opened = true; container = open[open.count - 1]; break starts }
                default:
                    break
                }
                if ck == .paragraph && (c == Bytes.eq || c == Bytes.minus) && startSetext(container) {
                    opened = true
                    break starts
                }
                if (c == Bytes.star || c == Bytes.minus || c == Bytes.underscore) && startThematicBreak() {
                    opened = true
                    break starts
                }
                if c == Bytes.star || c == Bytes.minus || c == Bytes.plus || Bytes.isDigit(c) {
                    if let item = startListItem(container: container) {
                        container = item
                        opened = true
                        continue starts
                    }
                }
                if options.gfm && ck == .paragraph && (c == Bytes.pipe || c == Bytes.minus || c == Bytes.colon) && startTable(container) {
                    opened = true
                    break starts
                }
                break starts
            } else if kind(tip) != .paragraph {
                advanceOffset(4, columns: true)
                closeUnmatched()
                container = addChild(.codeBlock, at: offset)
                opened = true
                break starts
            } else {
                break starts
            }
        }

        if !opened && !allMatched && !blank && kind(tip) == .paragraph {
            findNextNonspace()
            addSegment(tip, from: nextNonspace, pad: 0)
            touch(tip, blank: false)
            return
        }
        closeUnmatched()
        container = open[open.count - 1]
        let ck = kind(container)
        findNextNonspace()
        if blank {
            let lc = tree.nodes[Int(container)].lastChild
            if lc >= 0 {
                tree.blocks[Int(lc)].touch = lineNo
                tree.blocks[Int(lc)].touchBlank = true
                tree.blocks[Int(lc)].endsBlank = true
                tree.blocks[Int(lc)].subtreeLast = lineNo
            }
        }
        let node = tree.nodes[Int(container)]
        let lastLineBlank = blank && ck != .blockQuote && ck != .heading && ck != .thematicBreak
            && !(ck == .codeBlock && node.flag1)
            && !(ck == .item && node.firstChild < 0 && node.line == lineNo)
        touch(container, blank: lastLineBlank)

        if lineConsumed { return }
        switch ck {
        case .codeBlock:
            addRemainder(container)
        case .htmlBlock:
            addRemainder(container)
            let type = tree.nodes[Int(container)].small
            if type >= 1 && type <= 5 && HTMLBlockRules.endsBlock(type: type, p, from: offset, to: le) {
                closeUnmatched()
                close(open.removeLast()); blankFrom.removeLast()
            }
        case .paragraph:
            if !blank { addSegment(container, from: nextNonspace, pad: 0) }
        case .table:
            if !blank && !addTableRow(container, from: nextNonspace) {
                close(open.removeLast()); blankFrom.removeLast()
                let para = addChild(.paragraph, at: nextNonspace)
                addSegment(para, from: nextNonspace, pad: 0)
                touch(para, blank: false)
            }
        case .heading, .thematicBreak:
            break
        default:
            if !blank {
                let para = addChild(.paragraph, at: nextNonspace)
                addSegment(para, from: nextNonspace, pad: 0)
                touch(para, blank: false)
            }
        }
    }

    mutating func touch(_ n: Int32, blank: Bool) {
        tree.blocks[Int(n)].touch = lineNo
        tree.blocks[Int(n)].touchBlank = blank
    }

    /// Adds the rest of the line (after the containers' markers) to a verbatim leaf.
    mutating func addRemainder(_ n: Int32) {
        if partiallyConsumedTab {
            let toTab = 4 - column % 4
            addSegment(n, from: offset + 1, pad: toTab)
        } else {
            addSegment(n, from: offset, pad: 0)
        }
    }

    mutating func addSegment(_ n: Int32, from: Int, pad: Int) {
        tree.segments.append(Segment(start: Int32(min(from, le)), end: Int32(le), pad: Int32(pad), line: lineNo))
        tree.blocks[Int(n)].segEnd = Int32(tree.segments.count)
    }

    enum Continuation { case matched, failed, lineDone }

    mutating func continueBlock(_ n: Int32) -> Continuation {
        let node = tree.nodes[Int(n)]
        switch node.kind {
        case .blockQuote:
            if !indented && !blank && p[nextNonspace] == Bytes.gt {
                advanceToNextNonspace()
                advanceOffset(1, columns: false)
                if offset < le && Bytes.isSpaceOrTab(p[offset]) { advanceOffset(1, columns: true) }
                return .matched
            }
            return .failed
        case .item:
            if blank {
                if node.firstChild < 0 { return .failed }
                advanceToNextNonspace()
                return .matched
            }
            if indent >= Int(node.num) {
                advanceOffset(Int(node.num), columns: true)
                return .matched
            }
            return .failed
        case .codeBlock:
            if node.flag1 {
                if !indented && !blank && p[nextNonspace] == node.byte {
                    var j = nextNonspace
                    while j < le && p[j] == node.byte { j += 1 }
                    if j - nextNonspace >= Int(node.num) {
                        var k = j
                        while k < le && Bytes.isSpaceOrTab(p[k]) { k += 1 }
                        if k == le { return .lineDone }
                    }
                }
                var i = Int(node.small)
                while i > 0 && offset < le && Bytes.isSpaceOrTab(p[offset]) {
                    advanceOffset(1, columns: true)
                    i -= 1
                }
                return .matched
            }
            if indent >= 4 {
                advanceOffset(4, columns: true)
                return .matched
            }
            if blank {
                advanceToNextNonspace()
                return .matched
            }
            return .failed
        case .htmlBlock:
            if blank && node.small >= 6 { return .failed }
            return .matched
        case .paragraph, .table:
            return blank ? .failed : .matched
        case .list, .document:
            return .matched
        default:
            return .failed
        }
    }

    // MARK: - Opening and closing

    mutating func closeUnmatched() {
        if unmatchedClosed { return }
        while open.count - 1 > lastMatched {
            close(open.removeLast())
            blankFrom.removeLast()
        }
        unmatchedClosed = true
    }

    static func canContain(_ parent: NodeKind, _ child: NodeKind) -> Bool {
        switch parent {
        case .document, .blockQuote, .item: return child != .item
        case .list: return child == .item
        default: return false
        }
    }

    static func continuesOnBlank(_ node: Node) -> Bool {
        switch node.kind {
        case .list, .codeBlock: return true
        case .item: return node.firstChild >= 0
        case .htmlBlock: return node.small <= 5
        default: return false
        }
    }

    @discardableResult
    mutating func addChild(_ kind: NodeKind, at sourceOffset: Int) -> Int32 {
        closeUnmatched()
        while !BlockParser.canContain(self.kind(open[open.count - 1]), kind) {
            close(open.removeLast())
            blankFrom.removeLast()
        }
        let parent = open[open.count - 1]
        let n = tree.addBlock(kind)
        tree.nodes[Int(n)].line = lineNo
        tree.blocks[Int(n)].segStart = Int32(tree.segments.count)
        tree.blocks[Int(n)].segEnd = Int32(tree.segments.count)
        tree.append(n, to: parent)
        // The parent may just have become able to continue on blank lines (an item's first child).
        let pi = open.count - 1
        if pi >= 1 {
            blankFrom[pi] = BlockParser.continuesOnBlank(tree.nodes[Int(parent)]) ? blankFrom[pi - 1] : Int32(pi + 1)
        }
        open.append(n)
        blankFrom.append(BlockParser.continuesOnBlank(tree.nodes[Int(n)]) ? blankFrom[pi] : Int32(open.count))
        return n
    }

    /// Finalizes a block that will get no more lines.
    mutating func close(_ n: Int32) {
        let i = Int(n)
        switch tree.nodes[i].kind {
        case .paragraph:
            finalizeParagraph(n)
        case .heading:
            if !tree.nodes[i].flag1 { copyHeadingText(n) }
        case .codeBlock:
            finalizeCode(n)
        case .htmlBlock:
            finalizeHTML(n)
        case .list:
            finalizeList(n)
        default:
            break
        }
        let lc = tree.nodes[i].lastChild
        let childLast = lc >= 0 ? tree.blocks[Int(lc)].subtreeLast : -1
        let own = tree.blocks[i].touch
        tree.blocks[i].subtreeLast = max(own, childLast)
        let lastLineBlank = tree.blocks[i].touchBlank && own >= childLast && own >= 0
        tree.blocks[i].touchBlank = lastLineBlank
        let k = tree.nodes[i].kind
        tree.blocks[i].endsBlank = lastLineBlank || ((k == .list || k == .item) && lc >= 0 && tree.blocks[Int(lc)].endsBlank)
    }

    mutating func finalizeList(_ n: Int32) {
        var tight = true
        var item = tree.nodes[Int(n)].firstChild
        outer: while item >= 0 {
            let it = tree.nodes[Int(item)]
            if tree.blocks[Int(item)].touchBlank && it.next >= 0 { tight = false; break }
            var sub = it.firstChild
            while sub >= 0 {
                let s = tree.nodes[Int(sub)]
                if tree.blocks[Int(sub)].endsBlank && (it.next >= 0 || s.next >= 0) { tight = false; break outer }
                sub = s.next
            }
            item = it.next
        }
        tree.nodes[Int(n)].flag2 = tight
    }
}
