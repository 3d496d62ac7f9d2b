/// A parsed Markdown document: the tree, and what later stages read from it.
public struct MarkdownDocument: Sendable {
    public let options: MarkdownOptions
    let tree: Tree
    /// `links` and `headings`, worked out once while parsing: the loader reads the links of
    /// every body and the page renderers read both again (the handbook a third time). With
    /// them kept, the source and its line table are no longer needed after the parse.
    let linkList: [MarkdownLink]
    /// The node of each entry of `linkList`, so that rendering hands the listed string to a
    /// URL rewriter instead of making another.
    let linkNodes: [Int32]
    let headingList: [MarkdownHeading]
    /// `linksOnly` leaves out the inlines of every leaf block that cannot hold a link, an
    /// autolink or raw HTML: `links` and `safetyNotes` are the same, the rest of the tree is not.
    /// `releasing: false` keeps the parsing state (for tests that compare with it).
    init(source: String, options: MarkdownOptions, linksOnly: Bool = false, releasing: Bool = true) {
        self.options = options
        var src = source
        let normalized = src.withUTF8 { InputNormalizer.normalizeValidUTF8($0) }
        var tree = Tree()
        tree.source = normalized
        var refs = LinkReferences()
        normalized.withUnsafeBufferPointer { p in
            var bp = BlockParser(source: p, tree: tree, options: options)
            tree = Tree()
            bp.parse()
            tree = bp.tree
            refs = bp.refs
        }
        let text = tree.text
        text.withUnsafeBufferPointer { t in
            var ip = InlineParser(tree: tree, refs: refs, options: options, text: t)
            ip.linksOnly = linksOnly
            tree = Tree()
            ip.parseAll()
            tree = ip.tree
        }
        let positions = tree.lineColumns(tree.pendingNotes.map(\.offset))
        tree.notes = zip(tree.pendingNotes, positions).map { note, pos in
            SafetyNote(kind: note.kind, detail: note.detail, line: pos.line, column: pos.column)
        }
        tree.notes.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        tree.pendingNotes = []
        (linkList, linkNodes) = Self.collectLinkList(tree)
        // A links-only parse skips inlines, so its headings would lack text: none are kept.
        headingList = linksOnly ? [] : Self.collectHeadings(tree)
        // The parse is kept until its page is rendered (for every document at once in a site
        // build): what only parsing needed is let go, and the arrays are cut to their size.
        if releasing { tree.releaseParsingState() }
        self.tree = tree
    }

    private init(options: MarkdownOptions, tree: Tree, links: [MarkdownLink], linkNodes: [Int32], headings: [MarkdownHeading]) {
        self.options = options
        self.tree = tree
        self.linkList = links
        self.linkNodes = linkNodes
        self.headingList = headings
    }

    /// This parse, to be rendered with `options`: nil unless they parse alike (`gfm`,
    /// `unsafe` and `tagfilter` equal), since heading ids and task labels only change the
    /// HTML. The site build parses each body once, while loading, and renders that.
    public func rendering(with options: MarkdownOptions) -> MarkdownDocument? {
        guard options.gfm == self.options.gfm, options.unsafe == self.options.unsafe,
              options.tagfilter == self.options.tagfilter else { return nil }
        return MarkdownDocument(options: options, tree: tree, links: linkList, linkNodes: linkNodes, headings: headingList)
    }

    /// Every heading, in document order, with its unique id.
    public var headings: [MarkdownHeading] { headingList }

    static func collectHeadings(_ tree: Tree) -> [MarkdownHeading] {
        var heads: [MarkdownHeading] = []
        var slugs = HeadingSlugger(expected: 16)
        tree.text.withUnsafeBufferPointer { t in
            tree.extra.withUnsafeBufferPointer { x in
                walkBlocks(tree) { node, i in
                    guard node.kind == .heading else { return }
                    let plain = String(decoding: PlainText.collect(tree, children: i, text: t, extra: x), as: UTF8.self)
                    heads.append(MarkdownHeading(level: Int(node.small), text: plain, id: slugs.unique(for: plain), line: Int(node.line)))
                }
            }
        }
        return heads
    }

    /// The HTML, with every link and image destination passed through `rewriteURL` first.
    public func html(rewriteURL: URLRewriter? = nil) -> String {
        // Ids cost a Unicode pass over every heading: only when they are written.
        let ids = options.headingIDs ? headings.map(\.id) : []
        let bytes: [UInt8] = tree.text.withUnsafeBufferPointer { t in
            tree.extra.withUnsafeBufferPointer { x in
                var r = HTMLRenderer(tree: tree, options: options, rewrite: rewriteURL, headingIDs: ids, text: t, extra: x,
                                     links: linkList, linkNodes: linkNodes)
                return r.render()
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Every link and image destination, in document order.
    public var links: [MarkdownLink] { linkList }

    static func collectLinks(_ tree: Tree) -> [MarkdownLink] { collectLinkList(tree).links }

    /// `collectLinks`, and the node of each link.
    static func collectLinkList(_ tree: Tree) -> (links: [MarkdownLink], nodes: [Int32]) {
        // Every node in document order (`Tree.walk`): this runs for every page and every
        // loaded document, and most nodes are text.
        var found: [Int32] = []
        tree.walk(below: 0, descend: { _ in true }) { node, n in
            if node.kind == .link || node.kind == .image { found.append(n) }
        }
        let positions = tree.lineColumns(found.map { Int(tree.nodes[Int($0)].num) })
        var result: [MarkdownLink] = []
        result.reserveCapacity(found.count)
        for (i, n) in found.enumerated() {
            let node = tree.nodes[Int(n)]
            let dest = String(decoding: tree.extra[Int(node.start)..<Int(node.end)], as: UTF8.self)
            result.append(MarkdownLink(destination: dest, isImage: node.kind == .image, line: positions[i].line, column: positions[i].column))
        }
        return (result, found)
    }

    /// What safe mode changed, by line and column.
    public var safetyNotes: [SafetyNote] { tree.notes }

    /// Visits the blocks in document order, without going into the inlines of leaf blocks
    /// (paragraphs, headings, table cells): for headings and sections, which read only blocks.
    func walkBlocks(_ visit: (Node, Int32) -> Void) { Self.walkBlocks(tree, visit) }

    static func walkBlocks(_ tree: Tree, _ visit: (Node, Int32) -> Void) {
        tree.walk(below: 0, descend: { node in
            let k = node.kind
            return k == .blockQuote || k == .list || k == .item || k == .table || k == .tableRow
        }, visit)
    }
}
