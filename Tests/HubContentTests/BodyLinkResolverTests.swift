import Foundation
import Testing
@testable import HubContent

/// `BodyLinkResolver.resolveQuickly` answers the common cases on bytes; whenever it answers,
/// the answer must be the general path's.
@Suite("Body link fast path")
struct BodyLinkResolverTests {
    static let catalog = ReferenceCatalog(
        files: [(DocumentID(kind: .methods, slug: "behovsanalys"), "B", false),
                (DocumentID(kind: .tools, slug: "mall"), "M", false),
                (DocumentID(kind: .lessons, slug: "x"), "X", true),
                (DocumentID(kind: .methods, slug: "index"), "I", false)],
        attachmentPaths: ["tools/mall/mall.xlsx", "methods/bild.png", "lessons/a b.pdf", "tools/mall/bild.PNG"])

    static let folders = ["methods", "tools/mall", "lessons", "projects/p"]

    /// Destinations built from pieces that hit every branch: schemes, anchors, queries,
    /// `.`/`..`, folders, `index.md`, case, percent escapes, non-ASCII, attachments.
    static var destinations: [String] {
        let prefixes = ["", "./", "../", "../../", "../methods/", "../tools/", "../tools/mall/", "/", "\\", "https://", "mailto:", "x:", "../methods/../tools/", ".././"]
        let names = ["behovsanalys.md", "behovsanalys.MD", "behovsanalys.Md", "behovsanlys.md", "mall/index.md", "mall/Index.md", "mall.xlsx",
                     "bild.png", "bild.PNG", "a b.pdf", "a%20b.pdf", "behovs%61nalys.md", "x.md", "index.md", "åäö.md", "", ".md", "mall/",
                     "methods/behovsanalys.md", "a/b/c.md", "..", ".", "index.md/index.md", "e\u{301}.md"]
        let suffixes = ["", "#steg", "?q=1", "#", "?"]
        var out: [String] = []
        for p in prefixes { for n in names { for s in suffixes { out.append(p + n + s) } } }
        return out
    }

    @Test("the fast path agrees with the general path wherever it answers")
    func agrees() {
        var answered = 0, total = 0
        for folder in Self.folders {
            for d in Self.destinations {
                for isImage in [false, true] {
                    total += 1
                    let general = BodyLinkResolver.resolveGenerally(d, isImage: isImage, from: folder, catalog: Self.catalog)
                    guard let quick = BodyLinkResolver.resolveQuickly(d, isImage: isImage, from: folder, catalog: Self.catalog) else {
                        // Problems, percent escapes and non-ASCII paths are left to the general path;
                        // a plain link to an existing document is not.
                        let plain = !d.contains("%") && d.utf8.allSatisfy { $0 < 0x80 }
                        if case .found = general, plain { Issue.record("\(folder) \(d) \(isImage): fast path gave up on a found link") }
                        continue
                    }
                    answered += 1
                    #expect(quick == general, "\(folder) + \(d) (image: \(isImage))")
                }
            }
        }
        // The fast path must actually answer a good share, or it is no fast path.
        #expect(answered > total / 4, "answered \(answered) of \(total)")
    }

    @Test("found documents, attachments and skipped links come out of the fast path")
    func commonCases() {
        let c = Self.catalog
        #expect(BodyLinkResolver.resolveQuickly("../methods/behovsanalys.md#steg", isImage: false, from: "lessons", catalog: c)
                == .found(DocumentID(kind: .methods, slug: "behovsanalys"), at: 0))
        #expect(BodyLinkResolver.resolveQuickly("mall.xlsx", isImage: false, from: "tools/mall", catalog: c) == .notChecked)
        #expect(BodyLinkResolver.resolveQuickly("../tools/mall/index.md", isImage: false, from: "methods", catalog: c)
                == .found(DocumentID(kind: .tools, slug: "mall"), at: 1))
        #expect(BodyLinkResolver.resolveQuickly("https://example.se/a.md", isImage: false, from: "methods", catalog: c) == .notChecked)
        #expect(BodyLinkResolver.resolveQuickly("../methods/saknas.md", isImage: false, from: "lessons", catalog: c) == nil)
    }
}
