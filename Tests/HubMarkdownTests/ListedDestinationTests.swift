import Testing
@testable import HubMarkdown

/// Rendering hands a URL rewriter the destination string `links` already holds for each link
/// and image: the HTML must be what the renderer writes with each string made from the bytes.
@Suite("Listed destinations render as destinations made from the bytes")
struct ListedDestinationTests {
    /// Changes some destinations, leaves others (nil), and makes one dangerous.
    static func rewrite(_ destination: String, _ isImage: Bool) -> String? {
        if destination.hasPrefix("/") { return nil }
        if destination.hasSuffix(".md") { return "javascript:x" }
        return (isImage ? "bild/" : "sida/") + destination
    }

    /// The HTML both ways, and how many listed destinations the fast way used.
    static func render(_ source: String, _ options: MarkdownOptions) -> (fast: [UInt8], plain: [UInt8], used: Int) {
        let doc = Markdown.parse(source, options: options)
        let ids = options.headingIDs ? doc.headings.map(\.id) : []
        return doc.tree.text.withUnsafeBufferPointer { t in
            doc.tree.extra.withUnsafeBufferPointer { x in
                var plain = HTMLRenderer(tree: doc.tree, options: options, rewrite: rewrite, headingIDs: ids, text: t, extra: x)
                var fast = HTMLRenderer(tree: doc.tree, options: options, rewrite: rewrite, headingIDs: ids, text: t, extra: x,
                                        links: doc.linkList, linkNodes: doc.linkNodes)
                let plainHTML = plain.render()
                let fastHTML = fast.render()
                #expect(fastHTML == doc.htmlBytes(rewriteURL: rewrite, headings: doc.headings))
                return (fastHTML, plainHTML, fast.linkCursor)
            }
        }
    }

    @Test("every CommonMark and GFM example, safe and unsafe", arguments: ["CommonMark", "GFM"])
    func examples(_ name: String) {
        let set = name == "GFM" ? SpecExample.gfm : SpecExample.commonMark
        #expect(set.count > 600 || name == "GFM" && set.count > 20, "\(name): only \(set.count) examples loaded")
        var used = 0
        for example in set {
            for options in [MarkdownOptions(), MarkdownOptions(unsafe: true)] {
                let r = Self.render(example.markdown, options)
                #expect(r.fast == r.plain, "\(name) example \(example.example)")
                used += r.used
            }
        }
        #expect(used > (name == "GFM" ? 20 : 100), "only \(used) listed destinations used")
    }

    @Test("links inside image descriptions, which the renderer does not enter, do not shift the list")
    func linksInImages() {
        let source = "![a [b](b.md) c](i.png) [d](/d) ![e ![f](f.png)](g.png \"t\")\n\n[h](h) <https://x.se> www.y.se\n\n"
            + "[![i](i.png)](j) ![k](k.png)\n"
        let r = Self.render(source, MarkdownOptions())
        #expect(r.fast == r.plain)
        #expect(r.used >= 8)
        #expect(String(decoding: r.fast, as: UTF8.self).contains("sida/j"))
    }
}
