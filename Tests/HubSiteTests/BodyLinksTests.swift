import HubContent
import HubMarkdown
import HubTestSupport
import Testing
@testable import HubSite

/// Body links resolved as bytes and found without hashing must resolve and rewrite exactly
/// as the definitions do.
@Suite("Body link resolution")
struct BodyLinksTests {
    static let bases = ["", "methods/", "tools/x/", "å/", "a/b/", "lessons/"]

    static func randomText(_ rng: inout SplitMix, _ alphabet: [String], _ length: Int) -> String {
        (0..<rng.below(length)).map { _ in alphabet[rng.below(alphabet.count)] }.joined()
    }

    @Test("a destination resolves as bytes exactly as cut by characters and resolved as text")
    func resolution() {
        let fixed = ["../tools/x.md", "../tools/x.md#steg-1", "x.md", "./a/../b/", "../../x", "%2e/x", "C:x", "../ä.md", "a/%C3%A5",
                     "/x", "~x", "", "#a", "?q", "x?#", "a\\b", "a\u{0}b", "..", "../", "a//b/", "https://x.se/", "//x.se/a", "x.md#a#b"]
        for base in Self.bases {
            let ascii: [UInt8]? = base.utf8.allSatisfy { $0 < 0x80 } ? Array(base.utf8) : nil
            for d in fixed {
                #expect(BodyLinks.resolution(d, base: base, asciiBase: ascii) == BodyLinks.resolutionSlow(d, base: base), "\(base) \(d)")
            }
            var rng = SplitMix(seed: 11)
            let alphabet = ["a", "b", ".", "/", "..", "../", "#", "?", ":", "\\", "%", "2e", "%2F", "-", "\u{0}", "x.md", "~", "å"]
            for _ in 0..<3_000 {
                let d = Self.randomText(&rng, alphabet, 9)
                #expect(BodyLinks.resolution(d, base: base, asciiBase: ascii) == BodyLinks.resolutionSlow(d, base: base), "\(base) \(d.debugDescription)")
            }
        }
    }

    @Test("a source path's folder is cut on its bytes exactly as by characters")
    func folder() {
        func slow(_ p: String) -> String { p.lastIndex(of: "/").map { String(p[...$0]) } ?? "" }
        var rng = SplitMix(seed: 13)
        let alphabet = ["a", "/", "x.md", "index.md", "å", "\u{301}", "-"]
        for path in ["", "/", "a", "a/", "/a", "tools/x/index.md", "methods/x.md", "å/\u{301}x.md", "a/\u{301}b"]
            + (0..<2_000).map({ _ in Self.randomText(&rng, alphabet, 7) }) {
            #expect(BodyLinks.folder(of: path) == slow(path), "\(path.debugDescription)")
        }
    }

    @Test("an ASCII path without % resolves in one pass exactly as resolve does")
    func resolveASCII() {
        var rng = SplitMix(seed: 12)
        let alphabet = ["a", "b", ".", "/", "..", "../", "\\", ":", "\u{0}", "~", "x.md", "%", "å"]
        var checked = 0
        for base in Self.bases where base.utf8.allSatisfy({ $0 < 0x80 }) {
            for _ in 0..<3_000 {
                let path = Array(Self.randomText(&rng, alphabet, 8).utf8)
                let fast = path.withUnsafeBufferPointer { p in Array(base.utf8).withUnsafeBufferPointer { ContentPath.resolveASCII(p, base: $0) } }
                let slow = ContentPath.resolve(path, asciiBase: Array(base.utf8))
                if path.contains(where: { $0 >= 0x80 || $0 == 0x25 }) {
                    #expect(fast == nil)
                } else {
                    #expect(fast == slow, "\(base) \(String(decoding: path, as: UTF8.self).debugDescription)")
                    checked += 1
                }
            }
        }
        #expect(checked > 5_000)
    }

    @Test("rewriting finds every destination, with few links and with many, as the table of targets says")
    func rewriter() {
        let r = Fixture.renderer()
        let doc = r.site.hub[Fixture.lesson]!
        let layout = Layout(site: r.site, directory: "lessons/snabb-start/", lang: "en")
        for count in [0, 1, 5, BodyLinks.linearLimit, BodyLinks.linearLimit + 1, 40] {
            var dests = (0..<count).map { i in
                ["../methods/behovsanalys.md#s\(i)", "../tools/checklista/plan.pdf?v=\(i)", "../x\(i).md", "../../\(i).md"][i % 4]
            }
            dests += dests.prefix(3)  // repeated destinations
            dests.append("https://example.se/")
            let links = dests.enumerated().map { MarkdownLink(destination: $1, isImage: false, line: $0 + 1, column: 1) }
            let b = BodyLinks(document: doc, links: links, site: r.site)
            let targets = b.targets
            #expect(targets.count == Set(dests).count - 1, "every local destination once")
            // `../xN.md` is missing (i % 4 == 2), `../../N.md` lies outside (i % 4 == 3).
            #expect(b.diagnostics.count == (count + 1) / 4 + count / 4, "\(count)")
            let rewrite = b.rewriter(layout: layout)
            for d in dests + ["../nowhere.md", "#x"] {
                #expect(rewrite(d, false) == targets[d].map { BodyLinks.href($0, layout: layout) }, "\(count) \(d)")
            }
        }
    }
}
