/// Phase two: the inlines of one leaf block (paragraph, heading, table cell), once every
/// link reference definition is known. Emphasis and links use the delimiter and bracket
/// stacks of the spec's appendix; every scan is bounded or memoized so that the whole phase
/// stays linear in the input.
struct InlineParser {
    var tree: Tree
    let refs: LinkReferences
    let options: MarkdownOptions
    let t: UnsafeBufferPointer<UInt8>

    struct Delimiter {
        var node: Int32
        var char: UInt8
        var count: Int
        var origCount: Int
        var canOpen: Bool
        var canClose: Bool
        var prev: Int
        var next: Int
    }

    struct Bracket {
        var node: Int32
        var isImage: Bool
        /// Index in `t` just after the `[`.
        var textStart: Int
        /// The delimiter on top of the stack when the bracket was pushed.
        var prevDelim: Int
    }

    // Per block state.
    var block: Int32 = -1
    var s = 0, e = 0
    var delims: [Delimiter] = []
    var delimTop = -1
    var brackets: [Bracket] = []
    /// Link openers below this bracket index are inactive (a link may not contain a link).
    var linkBarrier = 0
    // Memos: a failed search for a terminator means every later search fails too.
    var noCommentEnd = false, noPIEnd = false, noCDATAEnd = false, noDeclEnd = false
    var backtickRuns: [Int: [Int]]? = nil
    var backtickCursor: [Int: Int] = [:]
    var sawAt = false
    /// openersBottom[char][closer length % 3][closer can open], reused between calls.
    var openersBottom = [Int](repeating: -1, count: 3 * 3 * 2)
    /// Only links and safety notes are wanted: blocks that cannot have any are skipped.
    var linksOnly = false

    init(tree: Tree, refs: LinkReferences, options: MarkdownOptions, text: UnsafeBufferPointer<UInt8>) {
        self.tree = tree
        self.refs = refs
        self.options = options
        self.t = text
    }

    mutating func parseAll() {
        let count = tree.nodes.count
        for n in 0..<count {
            let k = tree.nodes[n].kind
            if k == .paragraph || k == .heading || k == .tableCell {
                if k == .paragraph && tree.nodes[n].parent < 0 { continue }
                if linksOnly && !InlineParser.mayHoldLinks(t, Int(tree.nodes[n].start), Int(tree.nodes[n].end)) { continue }
                parseBlock(Int32(n))
            }
        }
    }

    /// Whether the text `a..<b` of a leaf block may give a link or a safety note: `]` ends
    /// every link and image, `<` starts autolinks and HTML, `:` is in every extended autolink
    /// with a scheme, `@` in every e-mail address, and `www.` starts the rest.
    static func mayHoldLinks(_ t: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        var i = a
        while true {
            i = Bytes.findLinkHint(t, from: i, to: b)
            if i >= b { return false }
            if t[i] != UInt8(ascii: "w") { return true }
            if i + 3 < b && t[i + 1] == t[i] && t[i + 2] == t[i] && t[i + 3] == Bytes.dot { return true }
            i += 1
        }
    }

    // MARK: - Node helpers

    mutating func appendInline(_ kind: NodeKind, _ a: Int, _ b: Int, extra: Bool = false) -> Int32 {
        // Made whole and then added: each write into the node array checks its uniqueness.
        var node = Node(kind: kind)
        node.start = Int32(a)
        node.end = Int32(b)
        node.inExtra = extra
        tree.nodes.append(node)
        let n = Int32(tree.nodes.count - 1)
        tree.append(n, to: block)
        return n
    }

    @inline(__always) mutating func addText(_ a: Int, _ b: Int) {
        if b > a { _ = appendInline(.text, a, b) }
    }

    func isBoundaryBefore(_ i: Int) -> Bool {
        if i <= s { return true }
        let c = t[i - 1]
        return Bytes.isWhitespace(c) || c == Bytes.star || c == Bytes.underscore || c == Bytes.tilde || c == Bytes.lparen
    }

    // MARK: - The scan

    mutating func parseBlock(_ n: Int32) {
        block = n
        s = Int(tree.nodes[Int(n)].start)
        e = Int(tree.nodes[Int(n)].end)
        delims.removeAll(keepingCapacity: true)
        delimTop = -1
        brackets.removeAll(keepingCapacity: true)
        linkBarrier = 0
        noCommentEnd = false; noPIEnd = false; noCDATAEnd = false; noDeclEnd = false
        backtickRuns = nil
        sawAt = false
        backtickCursor.removeAll(keepingCapacity: true)
        if options.gfm && tree.nodes[Int(n)].kind == .paragraph { detectTask(n) }

        let mask: UInt8 = options.gfm ? (Bytes.fInlineSpecial | Bytes.fGFMSpecial) : Bytes.fInlineSpecial
        var i = s
        var textStart = s
        while i < e {
            // Plain text: four bytes per step, with an unchecked table.
            i = Bytes.findInlineStop(t, from: i, to: e, mask: mask)
            if i >= e { break }
            let c = t[i]
            switch c {
            case Bytes.lf:
                var j = i
                while j > textStart && t[j - 1] == Bytes.space { j -= 1 }
                addText(textStart, j)
                let hard = i - j >= 2
                _ = appendInline(hard ? .lineBreak : .softBreak, i, i)
                i += 1
                while i < e && Bytes.isSpaceOrTab(t[i]) { i += 1 }
                textStart = i
            case Bytes.backslash:
                if i + 1 < e && t[i + 1] == Bytes.lf {
                    addText(textStart, i)
                    _ = appendInline(.lineBreak, i, i)
                    i += 2
                    while i < e && Bytes.isSpaceOrTab(t[i]) { i += 1 }
                    textStart = i
                } else if i + 1 < e && Bytes.isASCIIPunct(t[i + 1]) {
                    addText(textStart, i)
                    addText(i + 1, i + 2)
                    i += 2
                    textStart = i
                } else {
                    i += 1
                }
            case Bytes.backtick:
                addText(textStart, i)
                i = codeSpan(i)
                textStart = i
            case Bytes.star, Bytes.underscore:
                addText(textStart, i)
                i = delimiterRun(i, c)
                textStart = i
            case Bytes.tilde:
                addText(textStart, i)
                i = delimiterRun(i, c)
                textStart = i
            case Bytes.amp:
                let before = tree.extra.count
                if let next = Entities.reference(t, i, e, into: &tree.extra) {
                    addText(textStart, i)
                    _ = appendInline(.text, before, tree.extra.count, extra: true)
                    i = next
                    textStart = i
                } else {
                    i += 1
                }
            case Bytes.lt:
                if let next = angle(i, flushFrom: textStart) {
                    i = next
                    textStart = i
                } else {
                    i += 1
                }
            case Bytes.lbracket:
                addText(textStart, i)
                let node = appendInline(.text, i, i + 1)
                brackets.append(Bracket(node: node, isImage: false, textStart: i + 1, prevDelim: delimTop))
                i += 1
                textStart = i
            case Bytes.bang:
                if i + 1 < e && t[i + 1] == Bytes.lbracket {
                    addText(textStart, i)
                    let node = appendInline(.text, i, i + 2)
                    brackets.append(Bracket(node: node, isImage: true, textStart: i + 2, prevDelim: delimTop))
                    i += 2
                    textStart = i
                } else {
                    i += 1
                }
            case Bytes.rbracket:
                addText(textStart, i)
                i = closeBracket(i)
                textStart = i
            default:
                // GFM extended autolinks start at w, h, f, m, x; e-mails are found afterwards.
                if c == Bytes.at { sawAt = true; i += 1; continue }
                // Every autolink prefix has a fixed second byte (`ww`, `tt`, `ai`, `mp`):
                // most letters of plain text stop here, before a call.
                // (`findInlineStop` already passes over the others, except at the block's end.)
                if i + 1 < e && !Bytes.isAutolinkStart(c, t[i + 1]) {
                    i += 1
                    continue
                }
                if let next = extendedAutolink(i, textStart: textStart) {
                    i = next
                    textStart = i
                } else {
                    i += 1
                }
            }
        }
        addText(textStart, e)
        processEmphasis(bottom: -1)
        if options.gfm && sawAt { emailAutolinks() }
    }

    /// GFM task list items: `[ ]` or `[x]` then whitespace at the start of an item's first paragraph.
    mutating func detectTask(_ n: Int32) {
        let node = tree.nodes[Int(n)]
        guard node.parent >= 0, node.prev < 0 else { return }
        let item = Int(node.parent)
        guard tree.nodes[item].kind == .item, e - s >= 4, t[s] == Bytes.lbracket, t[s + 2] == Bytes.rbracket else { return }
        let m = t[s + 1]
        guard m == Bytes.space || m == 0x78 || m == 0x58, Bytes.isWhitespace(t[s + 3]) else { return }
        tree.nodes[item].small = m == Bytes.space ? 1 : 2
        // The renderer writes the checkbox and one space; the paragraph starts after the gap.
        s += 3
        while s < e && Bytes.isWhitespace(t[s]) { s += 1 }
    }
}
