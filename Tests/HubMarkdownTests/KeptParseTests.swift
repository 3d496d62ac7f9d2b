import Foundation
import HubTestSupport
import Testing
@testable import HubMarkdown

/// A parse lets go of its parsing state (source, line table, segments, text map) and cuts its
/// arrays to size, with its links and headings worked out beforehand: everything read from
/// it must be what the same parse gives with that state kept.
@Suite("A kept parse reads as the full parse")
struct KeptParseTests {
    static let modes: [MarkdownOptions] = [
        MarkdownOptions(),
        MarkdownOptions(gfm: false),
        MarkdownOptions(gfm: true, unsafe: true),
        MarkdownOptions(headingIDs: true),
    ]

    /// The differences between a released parse of `source` and one that keeps its state.
    static func differences(_ source: String) -> [String] {
        var found: [String] = []
        for options in modes {
            let kept = MarkdownDocument(source: source, options: options)
            let full = MarkdownDocument(source: source, options: options, releasing: false)
            if !kept.tree.source.isEmpty || !kept.tree.segments.isEmpty || !kept.tree.lineStarts.isEmpty || !kept.tree.blocks.isEmpty {
                found.append("parsing state not released (\(options))")
            }
            if kept.tree.nodes.capacity - kept.tree.nodes.count > 256 / MemoryLayout<Node>.stride {
                found.append("nodes not cut to size (\(options))")
            }
            if kept.links != MarkdownDocument.collectLinks(full.tree) { found.append("links differ (\(options))") }
            if kept.headings != MarkdownDocument.collectHeadings(full.tree) { found.append("headings differ (\(options))") }
            if kept.safetyNotes != full.safetyNotes { found.append("notes differ (\(options))") }
            if kept.html() != full.html() { found.append("HTML differs (\(options))") }
            if kept.sections != full.sections { found.append("sections differ (\(options))") }
        }
        return found
    }

    @Test("every CommonMark and GFM example", arguments: ["CommonMark", "GFM"])
    func examples(_ name: String) {
        let set = name == "GFM" ? SpecExample.gfm : SpecExample.commonMark
        #expect(set.count > 600 || name == "GFM" && set.count > 20, "\(name): only \(set.count) examples loaded")
        for example in set {
            let diffs = Self.differences(example.markdown)
            #expect(diffs.isEmpty, "\(name) example \(example.example): \(diffs)")
        }
    }

    @Test("a kept node holds no block-parsing state")
    func nodeSize() {
        // The block parser's per-block state lives in `Tree.blocks`, let go after parsing;
        // every kept node is its kind, four flag bytes and eleven 32-bit fields.
        #expect(MemoryLayout<Node>.stride <= 52, "Node is \(MemoryLayout<Node>.stride) bytes")
        let doc = MarkdownDocument(source: "- a\n\n  b\n- c\n\n> d\n", options: MarkdownOptions(), releasing: false)
        #expect(doc.tree.blocks.count > 5 && doc.tree.blocks.count < doc.tree.nodes.count)
    }

    @Test("long documents with many nodes, links, headings and tables")
    func longDocuments() {
        var doc = ""
        for i in 0..<300 {
            doc += "## Rubrik \(i) med *betoning*\n\nText med [länk \(i)](../x/\(i).md \"titel\") och <https://example.se/\(i)>, www.exempel.se/\(i) och `kod`.\n\n"
            if i % 7 == 0 { doc += "| a | b |\n|---|:-:|\n| \(i) | [y](y.md) |\n\n" }
            if i % 11 == 0 { doc += "- [ ] uppgift\n- [x] klar <b>fet</b>\n\n    indragen kod\n\n" }
        }
        #expect(Self.differences(doc).isEmpty)
        #expect(Markdown.parse(doc).links.count > 600)
        #expect(Markdown.parse(doc).headings.count == 300)
    }
}
