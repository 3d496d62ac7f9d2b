/// Writes HTML the way cmark-gfm does, walking the tree with an explicit stack so that
/// 100,000 nested block quotes render as easily as one.
struct HTMLRenderer {
    let tree: Tree
    let options: MarkdownOptions
    let rewrite: URLRewriter?
    let headingIDs: [String]
    let t: UnsafeBufferPointer<UInt8>
    let x: UnsafeBufferPointer<UInt8>
    var w = HTMLWriter()
    var headingIndex = 0
    /// The document's `links` and the node of each: the destination handed to `rewrite` is
    /// the string the list already holds, not a new one per link (empty: made from the bytes).
    let links: [MarkdownLink]
    let linkNodes: [Int32]
    /// The next entry of `linkNodes` that may be visited: the walk meets links in the list's
    /// order, passing over only those inside an image's description, which it does not enter.
    var linkCursor = 0

    init(tree: Tree, options: MarkdownOptions, rewrite: URLRewriter?, headingIDs: [String],
         text: UnsafeBufferPointer<UInt8>, extra: UnsafeBufferPointer<UInt8>,
         links: [MarkdownLink] = [], linkNodes: [Int32] = []) {
        self.links = links
        self.linkNodes = linkNodes
        self.tree = tree
        self.options = options
        self.rewrite = rewrite
        self.headingIDs = headingIDs
        self.t = text
        self.x = extra
        w.reserve(tree.sourceCount + tree.sourceCount / 4 + 64)
    }

    static let filteredTags: [[UInt8]] = ["title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext"].map { Array($0.utf8) }

    mutating func render() -> [UInt8] {
        var stack: [Int32] = []
        var n = tree.nodes[0].firstChild
        while true {
            if n >= 0 {
                if enter(n) {
                    let fc = tree.nodes[Int(n)].firstChild
                    if fc >= 0 {
                        stack.append(n)
                        n = fc
                        continue
                    }
                    exit(n)
                }
                n = tree.nodes[Int(n)].next
            } else {
                guard let parent = stack.popLast() else { break }
                exit(parent)
                n = tree.nodes[Int(parent)].next
            }
        }
        return w.out
    }

    func inTightList(_ node: Node) -> Bool {
        guard node.parent >= 0 else { return false }
        let item = tree.nodes[Int(node.parent)]
        guard item.kind == .item, item.parent >= 0 else { return false }
        return tree.nodes[Int(item.parent)].flag2
    }

    mutating func literal(_ node: Node) {
        if node.inExtra { w.text(x, Int(node.start), Int(node.end)) } else { w.text(t, Int(node.start), Int(node.end)) }
    }

    /// Writes the opening of `n`; returns whether its children should be visited.
    mutating func enter(_ n: Int32) -> Bool {
        let node = tree.nodes[Int(n)]
        switch node.kind {
        case .document:
            return true
        case .text:
            if node.end > node.start { literal(node) }
            return false
        case .softBreak:
            w.raw("\n")
            return false
        case .lineBreak:
            w.raw("<br />\n")
            return false
        case .code:
            w.raw("<code>")
            literal(node)
            w.raw("</code>")
            return false
        case .htmlInline:
            rawHTML(t, Int(node.start), Int(node.end))
            return false
        case .emph:
            w.raw("<em>"); return true
        case .strong:
            w.raw("<strong>"); return true
        case .strikethrough:
            w.raw("<del>"); return true
        case .link:
            w.raw("<a href=\"")
            writeDestination(node, n)
            if node.flag2 {
                w.raw("\" title=\"")
                w.text(x, Int(node.start2), Int(node.end2))
            }
            w.raw("\">")
            return true
        case .image:
            w.raw("<img src=\"")
            writeDestination(node, n)
            w.raw("\" alt=\"")
            let alt = PlainText.collect(tree, children: n, text: t, extra: x)
            w.text(alt)
            if node.flag2 {
                w.raw("\" title=\"")
                w.text(x, Int(node.start2), Int(node.end2))
            }
            w.raw("\" />")
            return false
        case .blockQuote:
            w.cr(); w.raw("<blockquote>\n"); return true
        case .list:
            w.cr()
            if node.flag1 {
                if node.num != 1 {
                    w.raw("<ol start=\"")
                    w.raw(Array(String(node.num).utf8))
                    w.raw("\">\n")
                } else {
                    w.raw("<ol>\n")
                }
            } else {
                w.raw("<ul>\n")
            }
            return true
        case .item:
            w.cr()
            w.raw("<li>")
            if node.small == 1 || node.small == 2 {
                w.raw(node.small == 2 ? "<input type=\"checkbox\" checked=\"\" disabled=\"\"" : "<input type=\"checkbox\" disabled=\"\"")
                if let labels = options.taskLabels {
                    w.raw(" aria-label=\"")
                    w.text(Array((node.small == 2 ? labels.done : labels.open).utf8))
                    w.raw("\"")
                }
                w.raw(" /> ")
            }
            return true
        case .paragraph:
            if inTightList(node) { return true }
            w.cr(); w.raw("<p>"); return true
        case .heading:
            w.cr()
            w.raw("<h"); w.append(0x30 + node.small)
            if options.headingIDs && headingIndex < headingIDs.count {
                w.raw(" id=\"")
                w.text(Array(headingIDs[headingIndex].utf8))
                w.raw("\"")
            }
            headingIndex += 1
            w.raw(">")
            return true
        case .thematicBreak:
            w.cr(); w.raw("<hr />\n"); return false
        case .codeBlock:
            w.cr()
            w.raw("<pre><code")
            if node.flag1 && node.end2 > node.start2 {
                var e = Int(node.start2)
                while e < Int(node.end2) && !Bytes.isWhitespace(t[e]) { e += 1 }
                var info: [UInt8] = []
                Entities.decode(t, Int(node.start2), e, into: &info)
                w.raw(" class=\"language-")
                w.text(info)
                w.raw("\"")
            }
            w.raw(">")
            w.text(t, Int(node.start), Int(node.end))
            w.raw("</code></pre>\n")
            return false
        case .htmlBlock:
            w.cr()
            rawHTML(t, Int(node.start), Int(node.end))
            w.cr()
            return false
        case .table:
            w.cr(); w.raw("<table>\n"); return true
        case .tableRow:
            if node.flag1 {
                w.raw("<thead>\n")
            } else if node.prev >= 0 && tree.nodes[Int(node.prev)].flag1 {
                w.raw("<tbody>\n")
            }
            w.raw("<tr>\n")
            return true
        case .tableCell:
            let header = tree.nodes[Int(node.parent)].flag1
            w.raw(header ? "<th" : "<td")
            switch node.small {
            case 1: w.raw(" align=\"left\"")
            case 2: w.raw(" align=\"center\"")
            case 3: w.raw(" align=\"right\"")
            default: break
            }
            w.raw(">")
            return true
        }
    }

    mutating func exit(_ n: Int32) {
        let node = tree.nodes[Int(n)]
        switch node.kind {
        case .emph: w.raw("</em>")
        case .strong: w.raw("</strong>")
        case .strikethrough: w.raw("</del>")
        case .link: w.raw("</a>")
        case .blockQuote: w.cr(); w.raw("</blockquote>\n")
        case .list: w.cr(); w.raw(node.flag1 ? "</ol>\n" : "</ul>\n")
        case .item: w.raw("</li>\n")
        case .paragraph:
            if !inTightList(node) { w.raw("</p>\n") }
        case .heading:
            w.raw("</h"); w.append(0x30 + node.small); w.raw(">\n")
        case .table:
            let last = node.lastChild
            if last >= 0 && !tree.nodes[Int(last)].flag1 { w.raw("</tbody>\n") }
            w.raw("</table>\n")
        case .tableRow:
            w.raw("</tr>\n")
            if node.flag1 { w.raw("</thead>\n") }
        case .tableCell:
            w.raw(tree.nodes[Int(node.parent)].flag1 ? "</th>\n" : "</td>\n")
        default: break
        }
    }

    /// Writes the destination of link or image `n`: rewritten first, then nothing when it is
    /// dangerous (safe mode), else percent-encoded and escaped.
    mutating func writeDestination(_ node: Node, _ n: Int32) {
        guard let rewrite else {
            let url = UnsafeBufferPointer(rebasing: x[Int(node.start)..<Int(node.end)])
            if options.unsafe || !URLSafety.isDangerous(url) { w.url(url) }
            return
        }
        var s = listedDestination(n) ?? String(decoding: x[Int(node.start)..<Int(node.end)], as: UTF8.self)
        if let r = rewrite(s, node.kind == .image) { s = r }
        let unsafe = options.unsafe
        s.withUTF8 { url in
            if unsafe || !URLSafety.isDangerous(url) { w.url(url) }
        }
    }

    /// The destination `links` holds for node `n`, or nil when it is not listed.
    mutating func listedDestination(_ n: Int32) -> String? {
        while linkCursor < linkNodes.count {
            let listed = linkNodes[linkCursor]
            linkCursor += 1
            if listed == n { return links[linkCursor - 1].destination }
        }
        return nil
    }

    /// Raw HTML: passed through in unsafe mode (with the tag filter if asked), escaped otherwise.
    mutating func rawHTML(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) {
        guard options.unsafe else {
            w.text(p, a, b)
            return
        }
        guard options.tagfilter else {
            w.raw(UnsafeBufferPointer(rebasing: p[a..<b]))
            return
        }
        var i = a
        while i < b {
            let c = p[i]
            if c == Bytes.lt && isFilteredTag(p, i + 1, b) {
                w.raw("&lt;")
            } else {
                w.append(c)
            }
            i += 1
        }
    }

    func isFilteredTag(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ b: Int) -> Bool {
        var j = i
        if j < b && p[j] == Bytes.slash { j += 1 }
        for name in HTMLRenderer.filteredTags where HTMLScanner.matchesLower(p, j, b, name) {
            let k = j + name.count
            if k >= b { return true }
            let c = p[k]
            if Bytes.isWhitespace(c) || c == Bytes.gt { return true }
            if c == Bytes.slash && k + 1 < b && p[k + 1] == Bytes.gt { return true }
        }
        return false
    }
}

extension MarkdownDocument {
    /// The HTML with the heading ids of `headings` (this document's own `headings`), so that a
    /// page that also lists the headings (a table of contents) slugs them once, not twice.
    public func html(rewriteURL: URLRewriter? = nil, headings: [MarkdownHeading]) -> String {
        String(decoding: htmlBytes(rewriteURL: rewriteURL, headings: headings), as: UTF8.self)
    }

    /// `html(rewriteURL:headings:)` as UTF-8 bytes, for callers that edit the markup further.
    public func htmlBytes(rewriteURL: URLRewriter? = nil, headings: [MarkdownHeading]) -> [UInt8] {
        let ids = options.headingIDs ? headings.map(\.id) : []
        return tree.text.withUnsafeBufferPointer { t in
            tree.extra.withUnsafeBufferPointer { x in
                var r = HTMLRenderer(tree: tree, options: options, rewrite: rewriteURL, headingIDs: ids, text: t, extra: x,
                                     links: linkList, linkNodes: linkNodes)
                return r.render()
            }
        }
    }
}
