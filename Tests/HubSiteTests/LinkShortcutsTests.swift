import HubContent
import HubMarkdown
import HubTestSupport
import Testing
@testable import HubSite

/// The shortcuts that resolve a page's links cheaply (paths looked up as bytes, hrefs made
/// once, the renderer's questions answered in order) must give what the plain way gives.
@Suite("Link shortcuts")
struct LinkShortcutsTests {
    /// The fixture hub with a few more documents in folders, for paths that end in `index.md`.
    static func site(style: SiteOptions.LinkStyle = .directories) -> SiteModel {
        let extra = [
            Document(id: DocumentID(kind: .methods, slug: "steg"), sourcePath: "methods/steg/index.md", title: "Steg",
                     details: .method(MethodDetails())),
            Document(id: DocumentID(kind: .tools, slug: "ab"), sourcePath: "tools/ab.md", title: "Ab", details: .tool(ToolDetails())),
            Document(id: DocumentID(kind: .lessons, slug: "å"), sourcePath: "lessons/å.md", title: "Å", details: .lesson(LessonDetails())),
        ]
        return SiteRenderer(hub: Fixture.hub(extra: extra), options: SiteOptions(linkStyle: style)).site
    }

    @Test("a path table finds what a dictionary of the same pairs finds, for ASCII keys")
    func pathTable() {
        var rng = SplitMix(seed: 11)
        let alphabet = ["a", "b", "/", ".", "-", "x.md", "index.md", "å", "methods/", ""]
        for _ in 0..<200 {
            let pairs = (0..<rng.below(40)).map { i in
                ((0..<rng.below(6)).map { _ in alphabet[rng.below(alphabet.count)] }.joined(), i)
            }
            var dictionary: [String: Int] = [:]
            for (k, v) in pairs { dictionary[k] = v }
            let table = PathTable(pairs.map { (key: $0.0, value: $0.1) })
            var probes = pairs.map(\.0)
            for _ in 0..<20 { probes.append((0..<rng.below(6)).map { _ in alphabet[rng.below(alphabet.count)] }.joined()) }
            for key in probes {
                var k = key
                let found = k.withUTF8 { table.value($0) }
                let ascii = key.utf8.allSatisfy { $0 < 0x80 }
                #expect(found == (ascii ? dictionary[key] : nil), "\(key)")
            }
        }
    }

    @Test("a destination's bytes are checked eight at a time as one by one")
    func plainPathScan() {
        var rng = SplitMix(seed: 14)
        let alphabet: [UInt8] = Array("ab./-_#?:\\%".utf8) + [0, 0x80, 0xC3, 0xA5, 0x7F, 0x20]
        var found = 0
        for _ in 0..<20_000 {
            let n = rng.below(40)
            let bytes = (0..<n).map { _ in rng.below(4) == 0 ? alphabet[rng.below(alphabet.count)] : UInt8(0x61 + rng.below(26)) }
            let fast = bytes.withUnsafeBufferPointer { BodyLinks.plainPathHash($0) }
            let slow = bytes.withUnsafeBufferPointer { BodyLinks.plainPathHashSlow($0) }
            #expect(fast == slow, "\(bytes)")
            if let fast, fast >= 0 { found += 1 }
        }
        #expect(found > 100)
    }

    /// What `BodyLinks.init` makes of a destination, the plain way: resolved by characters,
    /// then looked up in the site's dictionary of source paths.
    static func definition(_ dest: String, base: String, site: SiteModel) -> BodyLinks.Fast {
        let resolution = BodyLinks.resolutionSlow(dest, base: base)
        switch resolution {
        case .skip:
            return .skip
        case .success(let path, let fragment):
            let frag = fragment.map { ContentPath.percentDecode($0) }
            if let p = site.sourcePositions[path] ?? site.sourcePositions[path + (path.hasSuffix("/") ? "" : "/") + "index.md"] {
                return .page(p, fragment: frag)
            }
            return .other(resolution)
        case .failure:
            return .other(resolution)
        }
    }

    @Test("a destination decided on its bytes is decided as the plain way decides it")
    func fastResolution() {
        let site = Self.site()
        let bases = ["methods/", "tools/checklista/", "", "lessons/"]
        let fixed = ["../tools/checklista/index.md", "../tools/checklista/", "../tools/checklista", "../methods/steg", "../methods/steg/",
                     "../methods/behovsanalys.md#steg-ett", "behovsanalys.md", "./behovsanalys.md#", "../tools/ab.md#a#b",
                     "https://x.se/", "http://x.se/a\\b", "HTTPS://x.se/", "https:x", "http://", "../../x.md", "..", "../lessons/å.md",
                     "#a", "/methods/behovsanalys.md", "~x", "?q", "a?b", "a:b", "a%2fb", "tools/ab.md", "../tools/ab.md?x#y",
                     "methods/behovsanalys.md", "../methods//behovsanalys.md", "../methods/./behovsanalys.md", "plan.pdf", ""]
        var decided = 0
        for base in bases {
            let asciiBase = Array(base.utf8)
            for dest in fixed {
                let fast = BodyLinks.fastResolution(dest, asciiBase: asciiBase, table: site.sourceTable)
                if let fast {
                    decided += 1
                    #expect(fast == Self.definition(dest, base: base, site: site), "\(base) \(dest)")
                }
            }
        }
        // The usual destinations do take the shortcut.
        for (dest, base) in [("../tools/checklista/index.md", "methods/"), ("../methods/behovsanalys.md#steg-ett", "lessons/"),
                             ("https://x.se/", "methods/"), ("../methods/steg", "tools/"), ("behovsanalys.md", "methods/")] {
            #expect(BodyLinks.fastResolution(dest, asciiBase: Array(base.utf8), table: site.sourceTable) != nil, "\(dest)")
        }
        #expect(decided > 20)
        var rng = SplitMix(seed: 12)
        let pieces = ["../", "./", "/", "methods", "tools", "behovsanalys.md", "checklista", "index.md", "steg", "#", "x", "?",
                      ":", "\\", "%2e", "https://", "http://", "å", "ab.md", "..", " "]
        for _ in 0..<5_000 {
            let dest = (0..<rng.below(6)).map { _ in pieces[rng.below(pieces.count)] }.joined()
            let base = bases[rng.below(bases.count)]
            if let fast = BodyLinks.fastResolution(dest, asciiBase: Array(base.utf8), table: site.sourceTable) {
                #expect(fast == Self.definition(dest, base: base, site: site), "\(base) \(dest)")
            }
        }
    }

    @Test("links resolved for a page point where the plain resolution points")
    func bodyLinks() {
        let site = Self.site()
        let dests = ["../tools/checklista/index.md", "https://x.se/", "../methods/behovsanalys.md#steg-ett", "../tools/checklista/index.md",
                     "plan.pdf", "../methods/", "nowhere.md", "../../out.md", "a%2fb", "../lessons/å.md", "#top", "../methods/steg"]
        let doc = Document(id: DocumentID(kind: .lessons, slug: "l"), sourcePath: "lessons/l.md", title: "L",
                           details: .lesson(LessonDetails()))
        let links = dests.enumerated().map { MarkdownLink(destination: $0.element, isImage: false, line: $0.offset + 1, column: 1) }
        let made = BodyLinks(document: doc, links: links, site: site)
        // The plain way: every destination resolved by characters, looked up in the dictionary.
        for (dest, target) in zip(made.destinations, made.resolved) {
            switch Self.definition(dest, base: "lessons/", site: site) {
            case .page(let p, let fragment): #expect(target == .page(p, fragment: fragment), "\(dest)")
            case .skip: Issue.record("\(dest) was kept but is skipped")
            case .other: if case .page = target { Issue.record("\(dest) is no page") }
            }
        }
        #expect(made.destinations == ["../tools/checklista/index.md", "../methods/behovsanalys.md#steg-ett", "plan.pdf", "../methods/",
                                      "nowhere.md", "../../out.md", "a%2fb", "../lessons/å.md", "../methods/steg"])
        #expect(made.diagnostics.count == 4)
    }

    @Test("the rewriter answers in order or out of order as the searching rewriter does", arguments: [false, true])
    func rewriterOrder(shuffled: Bool) {
        let site = Self.site()
        let dests = ["../tools/checklista/index.md", "https://x.se/", "../methods/behovsanalys.md#steg-ett", "../tools/checklista/index.md",
                     "nowhere.md", "#top", "../methods/steg", "https://x.se/"]
        let doc = Document(id: DocumentID(kind: .lessons, slug: "l"), sourcePath: "lessons/l.md", title: "L",
                           details: .lesson(LessonDetails()))
        let links = dests.enumerated().map { MarkdownLink(destination: $0.element, isImage: $0.offset == 6, line: 1, column: 1) }
        let made = BodyLinks(document: doc, links: links, site: site)
        let layout = Layout(site: site, directory: "lessons/l/", lang: "sv")
        let fast = made.rewriter(layout: layout), plain = made.rewriterSearching(layout: layout)
        var rng = SplitMix(seed: 13)
        var asked = links.map { ($0.destination, $0.isImage) } + [("unknown.md", false)]
        if shuffled {
            for i in asked.indices.reversed() { asked.swapAt(i, rng.below(i + 1)) }
        }
        var answered = 0
        for (dest, isImage) in asked {
            let a = fast(dest, isImage), b = plain(dest, isImage)
            #expect(a == b, "\(dest)")
            if a != nil { answered += 1 }
        }
        #expect(answered == 5)
    }

    @Test("a document href made once equals the one made from the root", arguments: [
        "", "methods/", "methods/x/", "tags/a/b/", "handbook/",
    ])
    func documentHrefs(directory: String) {
        for style in [SiteOptions.LinkStyle.directories, .indexFiles] {
            let site = Self.site(style: style)
            for root in [nil, "./", "../", "../../", "../../../", "https://hub.example.se/"] as [String?] {
                let layout = Layout(site: site, directory: directory, lang: "sv", root: root)
                for p in site.hub.documents.indices {
                    for fragment in [nil, "", "a"] as [String?] {
                        #expect(layout.href(document: p, fragment: fragment) == layout.hrefMade(document: p, fragment: fragment),
                                "\(directory) \(root ?? "-") \(p)")
                    }
                }
            }
        }
    }
}

/// The page writer appends into room reserved ahead; it must hold exactly the bytes an array
/// built the plain way holds.
@Suite("Page writer")
struct PageWriterTests {
    @Test("markup written in pieces equals the plain array of the same pieces")
    func pieces() {
        var rng = SplitMix(seed: 21)
        let texts = ["", "a", "å", "<b>", "&amp;", "\"q\"", "'", String(repeating: "x", count: 70), "é\u{301}", "😀"]
        for round in 0..<300 {
            var h = HTML()
            if round % 3 == 0 { h.reserveCapacity(rng.below(200)) }
            var plain: [UInt8] = []
            var marks: [(Int, Int)] = []
            for _ in 0..<rng.below(40) {
                let t = texts[rng.below(texts.count)]
                switch rng.below(7) {
                case 0: h.lit("<p class=\"x\">"); plain += Array("<p class=\"x\">".utf8)
                case 1: h.text(t); HTML.escape(t, into: &plain)
                case 2: h.markup(t); plain += Array(t.utf8)
                case 3: let n = rng.below(30) - 5; h.number(n); plain += Array(String(n).utf8)
                case 4: h += HTML.raw(t); plain += Array(t.utf8)
                case 5: marks.append((h.mark, plain.count))
                default:
                    if let (m, p) = marks.popLast() {
                        h.truncate(to: m)
                        plain.removeSubrange(p...)
                    }
                }
                #expect(h.count == plain.count)
            }
            #expect(h.bytes == plain)
            // Pieces are whole characters, so the bytes are UTF-8, and a value made at once
            // (no room ahead) equals and hashes as the one written in pieces.
            let copy = h, atOnce = HTML.raw(String(decoding: plain, as: UTF8.self))
            #expect(copy == atOnce && copy.hashValue == atOnce.hashValue)
            var moved = h
            #expect(moved.takeBytes() == plain)
            #expect(moved.isEmpty && h.bytes == plain && copy.bytes == plain)
        }
    }
}

@Suite("Escaping scan")
struct EscapingScanTests {
    @Test("the first byte to escape is found by words as byte by byte", arguments: [false, true])
    func firstSpecial(droppingControls: Bool) {
        var rng = SplitMix(seed: 22)
        let specials: [UInt8] = [0x26, 0x3C, 0x3E, 0x22, 0x27, 0x01, 0x09, 0x0A, 0x1F, 0x20, 0xC3, 0xA5]
        var hits = 0
        for _ in 0..<20_000 {
            let n = rng.below(30)
            let bytes = (0..<n).map { _ in rng.below(12) == 0 ? specials[rng.below(specials.count)] : UInt8(0x61 + rng.below(26)) }
            let found = bytes.withUnsafeBufferPointer { HTML.firstSpecial($0, droppingControls: droppingControls) }
            let plain = bytes.firstIndex { b in
                b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 || (droppingControls && b < 0x20)
            } ?? bytes.count
            if droppingControls {
                // A tab or newline counts as a hit there: the scan may stop at one (the
                // escaping loop keeps them), never after the first byte to escape.
                #expect(found <= plain && (found == plain || bytes[found] == 0x09 || bytes[found] == 0x0A), "\(bytes)")
            } else {
                #expect(found == plain, "\(bytes)")
            }
            if plain < bytes.count { hits += 1 }
        }
        #expect(hits > 1_000)
    }
}
