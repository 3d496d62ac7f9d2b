import Foundation
import HubMarkdown
import Testing
@testable import HubContent

/// The site build loads with `loadKeepingBodies`: the whole parse of each body is kept for
/// the page renderer. Everything else must be what `load` gives, and each kept parse must be
/// its own document's.
@Suite("Loading with the bodies kept")
struct KeptBodiesTests {
    static func doc(_ title: String, _ body: String, draft: Bool = false) -> String {
        "---\ntitle: \(title)\n\(draft ? "draft: true\n" : "")---\n\n\(body)"
    }

    @Test("same hub and diagnostics as load, one parse per document in its order, duplicates and drafts left out")
    func alignedWithDocuments() throws {
        let site = try TestSite([
            "methods/b.md": Self.doc("B", "# Bee\n\nSe [a](a.md) och [saknas](saknas.md).\n"),
            "methods/a.md": Self.doc("A", "Ett [verktyg](../tools/t.md) och <b>rå HTML</b>.\n\n- [ ] att göra\n"),
            "methods/dubbel.md": Self.doc("Dubbel 1", "Första.\n"),
            "methods/dubbel/index.md": Self.doc("Dubbel 2", "Andra.\n"),
            "methods/utkast.md": Self.doc("Utkast", "Ej publicerad.\n", draft: true),
            "tools/t.md": Self.doc("T", "## Verktyg\n\nText med *betoning*.\n"),
        ])
        defer { site.remove() }
        let plain = site.load()
        let kept = ContentLoader.loadKeepingBodies(contentDirectory: site.root)
        let hub = try #require(kept.hub)
        #expect(hub.documents.map(\.id) == plain.hub?.documents.map(\.id))
        #expect(site.summary(kept.diagnostics) == site.summary(plain.diagnostics))
        #expect(!kept.diagnostics.isEmpty, "the duplicate and the missing link are reported")
        #expect(kept.bodies.count == hub.documents.count)
        #expect(!hub.documents.contains { $0.id.slug == "utkast" })
        let options = MarkdownOptions(headingIDs: true, taskLabels: .init(open: "att göra", done: "klart"))
        for (doc, body) in zip(hub.documents, kept.bodies) {
            let parse = try #require(body, "\(doc.id)")
            let fresh = Markdown.parse(doc.body, options: options)
            #expect(parse.links == fresh.links, "\(doc.id)")
            #expect(parse.rendering(with: options)?.html() == fresh.html(), "\(doc.id)")
        }
        // With drafts, the draft's parse is there too, in its place.
        let drafts = ContentLoader.loadKeepingBodies(contentDirectory: site.root, includeDrafts: true)
        let ids = try #require(drafts.hub).documents.map(\.id)
        #expect(ids.contains(DocumentID(kind: .methods, slug: "utkast")))
        for (doc, body) in zip(try #require(drafts.hub).documents, drafts.bodies) {
            #expect(body?.html() == Markdown.parse(doc.body).html(), "\(doc.id)")
        }
    }
}
