/// What a node of the syntax tree is.
enum NodeKind: UInt8, Sendable {
    // Blocks
    case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, heading, thematicBreak
    case table, tableRow, tableCell
    // Inlines
    case text, softBreak, lineBreak, code, htmlInline, emph, strong, strikethrough, link, image
}

/// One node of the tree. Nodes live in one array (`Tree.nodes`) and point at each other by
/// index, so deep documents never recurse and moving a run of siblings under a new parent
/// (emphasis, links) is a constant-time splice. Text is never copied into a node: `start..<end`
/// is a byte range into `Tree.text` (or `Tree.extra` when `inExtra` is set).
///
/// The generic fields mean, per kind:
/// - list: `num` start number, `flag1` ordered, `flag2` tight, `byte` bullet or delimiter
/// - item: `num` content column offset (marker offset + padding), `byte` marker char,
///   `flag1` ordered, `small` task state (0 none, 1 open, 2 done)
/// - codeBlock: `flag1` fenced, `byte` fence char, `num` fence length, `small` fence indent,
///   `start2..<end2` info string (in `text`)
/// - htmlBlock: `small` the start condition (1-7)
/// - heading: `small` level, `flag1` setext
/// - table: `num` column count, `start2` first alignment in `Tree.aligns`, `start` cells filled in so
///   far, `end` bytes of its rows; tableRow: `flag1` header;
///   tableCell: `small` alignment (0 none, 1 left, 2 center, 3 right)
/// - link/image: `start..<end` URL and `start2..<end2` title, both in `extra`; `flag2` has title;
///   `num` source offset of the destination (for line/column), -1 if unknown
struct Node {
    var kind: NodeKind
    var flag1 = false
    var flag2 = false
    var inExtra = false
    var byte: UInt8 = 0
    var small: UInt8 = 0
    var parent: Int32 = -1
    var firstChild: Int32 = -1
    var lastChild: Int32 = -1
    var next: Int32 = -1
    var prev: Int32 = -1
    var start: Int32 = 0
    var end: Int32 = 0
    var start2: Int32 = 0
    var end2: Int32 = 0
    var num: Int32 = 0
    /// 1-based source line where the block starts.
    var line: Int32 = 0

    init(kind: NodeKind) { self.kind = kind }
}

/// What the block parser keeps for each block while it parses (`Tree.blocks`, by node index).
/// Not in `Node`: a site build keeps every document's nodes until its page is written, and
/// these are let go with the parsing state.
struct BlockState {
    /// The range of `Tree.segments` with this leaf's lines.
    var segStart: Int32 = 0
    var segEnd: Int32 = 0
    /// Last line that ended in this node, and the subtree's last such line.
    var touch: Int32 = -1
    var subtreeLast: Int32 = -1
    /// Whether the last line that ended in this node was blank, and whether the node ends
    /// with a blank line (itself or its last child): for list tightness.
    var touchBlank = false
    var endsBlank = false
}

/// A piece of a source line given to a leaf block: `pad` spaces (the rest of a tab that a
/// container consumed partly), then the source bytes `start..<end`.
struct Segment {
    var start: Int32
    var end: Int32
    var pad: Int32
    var line: Int32
}

/// Maps offsets of `Tree.text` back to the source, one entry per copied line.
struct TextMapEntry {
    var textStart: Int32
    var sourceStart: Int32
}

/// The whole parse: nodes, source, and the byte arenas nodes point into.
struct Tree: Sendable {
    var nodes: [Node] = []
    /// The normalized source (valid UTF-8, `\n` line endings).
    var source: [UInt8] = []
    /// Byte offset of each line's start in `source`.
    var lineStarts: [Int32] = []
    /// Block contents, copied once, that inline parsing and rendering read.
    var text: [UInt8] = []
    /// Bytes made during inline parsing: decoded entities, URLs, titles, code span content.
    var extra: [UInt8] = []
    var textMap: [TextMapEntry] = []
    var segments: [Segment] = []
    /// Block parsing: the state of each block, by node index (inline nodes have none).
    var blocks: [BlockState] = []
    var aligns: [UInt8] = []
    /// Safe-mode changes as (source offset, kind, detail); lines and columns are computed
    /// once at the end (`lineColumns`).
    var pendingNotes: [(offset: Int, kind: SafetyNote.Kind, detail: String)] = []
    var notes: [SafetyNote] = []
    /// Bytes in the normalized source, kept when `source` is released (the renderer sizes
    /// its output from it).
    var sourceCount = 0

    /// Lets go of what only parsing reads (the source, its line table, the leaves' segments
    /// and the text map: lines and columns are worked out by then) and cuts the arrays the
    /// renderer reads to their size, since a site build keeps every document's parse until
    /// its page is written.
    mutating func releaseParsingState() {
        sourceCount = source.count
        source = []
        lineStarts = []
        segments = []
        blocks = []
        textMap = []
        pendingNotes = []
        Tree.fit(&nodes)
        Tree.fit(&text)
        Tree.fit(&extra)
    }

    /// Copies `array` into an allocation of its size when the spare room is worth it.
    static func fit<T>(_ array: inout [T]) {
        let spare = array.capacity - array.count
        guard spare > 0, spare * MemoryLayout<T>.stride >= 256 else { return }
        array = array.isEmpty ? [] : array.withUnsafeBufferPointer { Array($0) }
    }

    @discardableResult
    mutating func add(_ kind: NodeKind) -> Int32 {
        nodes.append(Node(kind: kind))
        return Int32(nodes.count - 1)
    }

    /// `add` for the block parser: the node and its `BlockState`, at the same index.
    @inline(__always)
    mutating func addBlock(_ kind: NodeKind) -> Int32 {
        blocks.append(BlockState())
        nodes.append(Node(kind: kind))
        return Int32(nodes.count - 1)
    }

    /// Appends `child` as the last child of `parent`.
    mutating func append(_ child: Int32, to parent: Int32) {
        let c = Int(child), p = Int(parent)
        // One uniqueness check for the five writes, not one each.
        nodes.withUnsafeMutableBufferPointer { nodes in
            nodes[c].parent = parent
            nodes[c].next = -1
            let last = nodes[p].lastChild
            nodes[c].prev = last
            if last >= 0 { nodes[Int(last)].next = child } else { nodes[p].firstChild = child }
            nodes[p].lastChild = child
        }
    }

    /// Removes `node` from its parent's children.
    mutating func unlink(_ node: Int32) {
        let n = nodes[Int(node)]
        if n.prev >= 0 { nodes[Int(n.prev)].next = n.next } else if n.parent >= 0 { nodes[Int(n.parent)].firstChild = n.next }
        if n.next >= 0 { nodes[Int(n.next)].prev = n.prev } else if n.parent >= 0 { nodes[Int(n.parent)].lastChild = n.prev }
        nodes[Int(node)].prev = -1
        nodes[Int(node)].next = -1
    }

    /// Visits the descendants of `root` in document order (not `root` itself), going into a
    /// node's children only when `descend` accepts the node. One loop for every walk over the
    /// tree (links, blocks, plain text): it runs for every page and every loaded document, so
    /// it works on the node buffer with an explicit stack, and inlines into each caller with
    /// its closures (no call per node).
    @inline(__always)
    func walk(below root: Int32, descend: (Node) -> Bool, _ visit: (Node, Int32) -> Void) {
        nodes.withUnsafeBufferPointer { nodes in
            var stack: [Int32] = []
            var n = nodes[Int(root)].firstChild
            while true {
                if n >= 0 {
                    let node = nodes[Int(n)]
                    visit(node, n)
                    if node.firstChild >= 0 && descend(node) {
                        stack.append(n)
                        n = node.firstChild
                        continue
                    }
                    n = node.next
                } else {
                    guard let p = stack.popLast() else { break }
                    n = nodes[Int(p)].next
                }
            }
        }
    }

    /// Line and column of many offsets at once: sorted, then one forward scan, so that a
    /// long line with thousands of links or tags stays linear.
    func lineColumns(_ offsets: [Int]) -> [(line: Int, column: Int)] {
        var result = [(line: Int, column: Int)](repeating: (0, 0), count: offsets.count)
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var line = 0
        var pos = 0
        var col = 1
        for i in order {
            let target = min(max(offsets[i], 0), source.count)
            if offsets[i] < 0 { continue }
            while line + 1 < lineStarts.count && Int(lineStarts[line + 1]) <= target {
                line += 1
                pos = Int(lineStarts[line])
                col = 1
            }
            if pos < Int(lineStarts[line]) { pos = Int(lineStarts[line]); col = 1 }
            if pos < target {
                col += source.withUnsafeBufferPointer { Bytes.countScalarStarts($0, from: pos, to: target) }
                pos = target
            }
            result[i] = (line + 1, col)
        }
        return result
    }

    /// The source offset of a `text` offset, through the copy map.
    func sourceOffset(ofText offset: Int) -> Int {
        var lo = 0, hi = textMap.count - 1
        if hi < 0 { return 0 }
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(textMap[mid].textStart) <= offset { lo = mid } else { hi = mid - 1 }
        }
        return Int(textMap[lo].sourceStart) + (offset - Int(textMap[lo].textStart))
    }
}
