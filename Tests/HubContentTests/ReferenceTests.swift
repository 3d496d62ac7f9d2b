import Foundation
import Testing
@testable import HubContent
import HubDiagnostics
import HubTestSupport

private func check(_ files: [String: String], includeDrafts: Bool = false) throws -> (Hub?, [Diagnostic], [String]) {
    let site = try TestSite(files)
    defer { site.remove() }
    let (hub, diagnostics) = site.load(includeDrafts: includeDrafts)
    return (hub, diagnostics, site.summary(diagnostics))
}

private let base: [String: String] = [
    "methods/behovsanalys.md": Minimal.method("Behovsanalys"),
    "tools/mall/index.md": "---\ntitle: Mall\n---\n",
    "projects/p.md": Minimal.project,
]

private func with(_ extra: [String: String]) -> [String: String] { base.merging(extra) { $1 } }

@Suite("References in front matter")
struct FrontMatterReferenceTests {
    @Test("bare slugs and kind/slug both resolve")
    func resolve() throws {
        let (hub, ds, _) = try check(with(["lessons/l.md": "---\ntitle: L\nproject: projects/p\nmethods: [behovsanalys]\ntools:\n  - tools/mall\n---\n"]))
        #expect(ds.isEmpty)
        guard case .lesson(let l)? = hub?[DocumentID(kind: .lessons, slug: "l")]?.details else { Issue.record("no lesson"); return }
        #expect(l.project == DocumentID(kind: .projects, slug: "p"))
        #expect(l.methods == [DocumentID(kind: .methods, slug: "behovsanalys")])
        #expect(l.tools == [DocumentID(kind: .tools, slug: "mall")])
    }

    @Test("a reference to nothing is an error with a did-you-mean at the value")
    func unknown() throws {
        let (_, ds, s) = try check(with(["lessons/l.md": "---\ntitle: L\nproject: p\nmethods: [mall, behovsanalyss]\n---\n"]))
        #expect(s == ["lessons/l.md:4:11 wrong-kind-reference", "lessons/l.md:4:17 unknown-reference"])
        #expect(ds[1].suggestion == "behovsanalys")
        #expect(ds[0].message.en.contains("is a tool, not a method"))
    }

    @Test("kind/slug of the wrong kind is an error")
    func wrongKind() throws {
        let (_, _, s) = try check(with(["methods/m.md": "---\ntitle: M\ntools: [methods/behovsanalys]\nprojects: [projects/q]\n---\n"]))
        #expect(s == ["methods/m.md:3:9 wrong-kind-reference", "methods/m.md:4:12 unknown-reference"])
    }

    @Test("agenda refs name any kind as kind/slug")
    func agenda() throws {
        let (hub, ds, s) = try check(with(["meetings/m.md": """
            ---
            title: M
            date: 2025-01-01
            agenda:
              - time: "09.30"
                item: Metoden
                ref: methods/behovsanalys
              - item: Verktyget
                ref: mall
              - item: Okänt
                ref: verktyg/mall
              - item: Saknas
                ref: methods/behovsanalyss
            ---

            """]))
        #expect(s == ["meetings/m.md:11:10 unknown-reference", "meetings/m.md:13:10 unknown-reference"])
        #expect(ds.map(\.suggestion) == ["tools/mall", "methods/behovsanalys"])
        guard case .meeting(let m)? = hub?[DocumentID(kind: .meetings, slug: "m")]?.details else { Issue.record("no meeting"); return }
        #expect(m.agenda.map(\.ref) == [DocumentID(kind: .methods, slug: "behovsanalys"), DocumentID(kind: .tools, slug: "mall"), nil, nil])
        #expect(m.agenda.first?.time == "09.30")
    }

    @Test("a project's owner links to the organisation with that title")
    func owner() throws {
        let (hub, ds, _) = try check(["organisations/spn.md": "---\ntitle: Science Park Norr\n---\n",
                                      "projects/a.md": "---\ntitle: A\nowner: Science Park Norr\n---\n",
                                      "projects/b.md": "---\ntitle: B\nowner: Någon annan\n---\n"])
        #expect(ds.isEmpty)
        guard case .project(let a)? = hub?[DocumentID(kind: .projects, slug: "a")]?.details,
              case .project(let b)? = hub?[DocumentID(kind: .projects, slug: "b")]?.details else { Issue.record("no projects"); return }
        #expect(a.ownerID == DocumentID(kind: .organisations, slug: "spn"))
        #expect(b.ownerID == nil)
        #expect(b.owner == "Någon annan")
        #expect(hub?.referrers[DocumentID(kind: .organisations, slug: "spn")] == [DocumentID(kind: .projects, slug: "a")])
    }

    @Test("a tool's file must be an attachment of its folder")
    func attachment() throws {
        let (hub, ds, s) = try check(["tools/t/index.md": "---\ntitle: T\nfile: mall.docx\n---\n", "tools/t/mall.dotx": "x",
                                      "tools/t/img/a.png": "x", "tools/u.md": "---\ntitle: U\nfile: x.pdf\n---\n"])
        #expect(s == ["tools/t/index.md:3:7 unknown-attachment", "tools/u.md:3:7 unknown-attachment"])
        #expect(ds[0].suggestion == "mall.dotx")
        #expect(hub?[DocumentID(kind: .tools, slug: "t")]?.attachments == ["img/a.png", "mall.dotx"])
    }
}

@Suite("Links in bodies")
struct BodyLinkTests {
    @Test("relative .md links resolve from flat and folder documents")
    func resolve() throws {
        let (hub, ds, _) = try check(with([
            "lessons/l.md": "---\ntitle: L\nproject: p\n---\n\n[a](../methods/behovsanalys.md) [b](m.md#steg) [c](../tools/mall/index.md)\n[d](https://example.se/x.md) [e](#top) [f](../methods/)\n",
            "lessons/m.md": "---\ntitle: M\nproject: p\n---\n\n[g](../tools/mall.md)\n",
            "tools/mall/index.md": "---\ntitle: Mall\n---\n\n[h](../../methods/behovsanalys.md) [i](../../lessons/l.md?x=1) [j](bilaga.pdf) ![k](bilder/a%20b.png)\n",
            "tools/mall/bilaga.pdf": "x", "tools/mall/bilder/a b.png": "x",
            "pages/p.md": "---\ntitle: P\n---\n\n[l](../tools/mall/bilaga.pdf)\n",
        ]))
        #expect(ds.isEmpty)
        #expect(hub?.referrers[DocumentID(kind: .methods, slug: "behovsanalys")] == [
            DocumentID(kind: .tools, slug: "mall"), DocumentID(kind: .lessons, slug: "l")])
        #expect(hub?.referrers[DocumentID(kind: .tools, slug: "mall")] == [DocumentID(kind: .lessons, slug: "l"), DocumentID(kind: .lessons, slug: "m")])
    }

    @Test("a broken link is an error at the link's file line and column, with a did-you-mean")
    func broken() throws {
        let (_, ds, s) = try check(with(["pages/a.md": "---\ntitle: Å\n---\n\nFörsta raden.\nSe [behovsanalysen](../methods/behovsanalyss.md).\n"]))
        #expect(s == ["pages/a.md:6:21 broken-link"])
        #expect(ds[0].suggestion == "../methods/behovsanalys.md")
    }

    @Test("links and images to missing attachments are errors with a did-you-mean")
    func missingFile() throws {
        let (_, ds, s) = try check(with(["tools/mall/mall.xlsx": "x", "pages/a.md": "---\ntitle: A\n---\n[x](../tools/mall/mall.xslx) ![b](bild.png)\n"]))
        #expect(s == ["pages/a.md:4:5 missing-file", "pages/a.md:4:35 missing-file"])
        #expect(ds.map(\.suggestion) == ["../tools/mall/mall.xlsx", nil])
    }

    @Test("a link's column counts characters, so å is one column")
    func swedishColumn() throws {
        let (_, _, s) = try check(["pages/a.md": "---\ntitle: A\n---\n\nÅtgärdslistan för små företag: [x](saknas.md)\n"])
        #expect(s == ["pages/a.md:5:36 broken-link"])
    }

    @Test("a link out of the content folder is an error")
    func outside() throws {
        #expect(try check(["pages/a.md": "---\ntitle: A\n---\n[x](../../../etc/passwd.md)\n"]).2 == ["pages/a.md:4:5 link-outside-content"])
    }

    @Test("a link to a .md file that is no document is an error")
    func notDocument() throws {
        #expect(try check(["pages/a.md": "---\ntitle: A\n---\n[x](../README.md)\n"]).2 == ["pages/a.md:4:5 broken-link"])
    }
}

@Suite("Reverse links and drafts")
struct ReverseLinkTests {
    @Test("a method lists the lessons and projects that used it, though its own projects field is empty")
    func reverse() throws {
        let (hub, ds, _) = try check([
            "methods/m.md": "---\ntitle: M\nprojects: []\n---\n",
            "projects/p.md": "---\ntitle: P\nmethods: [m]\n---\n",
            "lessons/l.md": "---\ntitle: L\nproject: p\n---\n\nVi använde [metoden](../methods/m.md) två gånger: [igen](../methods/m.md).\n",
        ])
        #expect(ds.isEmpty)
        let m = DocumentID(kind: .methods, slug: "m")
        #expect(hub?.referrers[m] == [DocumentID(kind: .projects, slug: "p"), DocumentID(kind: .lessons, slug: "l")].sorted())
        #expect(hub?.referrers(of: m, kind: .lessons).map(\.title) == ["L"])
        #expect(hub?.referrers[DocumentID(kind: .projects, slug: "p")] == [DocumentID(kind: .lessons, slug: "l")])
    }

    @Test("drafts are left out unless asked for; a link to one is a warning")
    func drafts() throws {
        let files = ["methods/utkast.md": "---\ntitle: U\ndraft: true\n---\n",
                     "pages/a.md": "---\ntitle: A\n---\n\n[u](../methods/utkast.md)\n"]
        let (hub, ds, s) = try check(files)
        #expect(s == ["pages/a.md:5:5 reference-to-draft"])
        #expect(ds[0].severity == .warning)
        #expect(hub?.documents.map(\.slug) == ["a"])
        #expect(hub?.referrers.isEmpty == true)
        let (all, ds2, _) = try check(files, includeDrafts: true)
        #expect(ds2.isEmpty)
        #expect(all?.documents.map(\.slug) == ["utkast", "a"])
        #expect(all?.referrers[DocumentID(kind: .methods, slug: "utkast")] == [DocumentID(kind: .pages, slug: "a")])
    }
}

@Suite("Reverse references")
struct ReverseReferenceTests {
    /// The definition: for each target that is a document, the set of documents naming it
    /// (not itself), sorted.
    static func definition(_ references: [DocumentID: [DocumentID]]) -> [DocumentID: [DocumentID]] {
        var sets: [DocumentID: Set<DocumentID>] = [:]
        for (from, targets) in references {
            for t in targets where t != from && references[t] != nil { sets[t, default: []].insert(from) }
        }
        return sets.mapValues { $0.sorted() }
    }

    @Test("reverse equals the set definition on 200 random reference graphs, with repeats, self links and missing targets")
    func random() {
        var rng = SplitMix(seed: 42)
        func next(_ n: Int) -> Int { rng.below(n) }
        let kinds: [DocumentKind] = [.methods, .tools, .lessons, .projects]
        for _ in 0..<200 {
            let ids = (0..<(1 + next(40))).map { _ in DocumentID(kind: kinds[next(kinds.count)], slug: "d\(next(30))") }
            var refs: [DocumentID: [DocumentID]] = [:]
            for id in ids {
                refs[id] = (0..<next(8)).map { _ in next(5) == 0 ? DocumentID(kind: .meetings, slug: "x\(next(3))") : ids[next(ids.count)] }
            }
            #expect(ContentLoader.reverse(refs) == Self.definition(refs))
        }
    }
}

@Suite("Order and identity of kinds and documents")
struct KindOrderTests {
    @Test("a kind's ordinal is its place in allCases, and < and hashing follow it")
    func ordinal() {
        let all = DocumentKind.allCases
        for (i, a) in all.enumerated() {
            #expect(a.ordinal == i)
            for (j, b) in all.enumerated() { #expect((a < b) == (i < j)) }
        }
        #expect(Set(all).count == all.count)
        #expect(Set(all.map { DocumentID(kind: $0, slug: "x") }).count == all.count)
    }

    @Test("a kind found from folder-name bytes is the kind init(rawValue:) finds from the string")
    func kindFromFolderBytes() {
        var names = DocumentKind.allCases.flatMap { k in
            [k.rawValue, k.singular, k.rawValue.uppercased(), String(k.rawValue.dropLast()), k.rawValue + "s", "x" + k.rawValue, k.rawValue + "/"]
        }
        names += ["", "m", "p", "tool", "pagesx", "méthods", "methods\u{0}", "lessons ", " lessons"]
        var rng = SplitMix(seed: 11)
        let letters = Array("aeilmnoprstgdjkc".utf8)
        for _ in 0..<2000 {
            names.append(String(decoding: (0..<(1 + rng.below(13))).map { _ in letters[rng.below(letters.count)] }, as: UTF8.self))
        }
        var found = 0
        for name in names {
            let bytes = Array(name.utf8)
            let fast = bytes.withUnsafeBufferPointer { DocumentKind(folder: $0) }
            #expect(fast == DocumentKind(rawValue: name), "\(name)")
            if fast != nil { found += 1 }
        }
        #expect(found >= DocumentKind.allCases.count)
    }

    @Test("Hub sorts documents given out of order, and keeps ones given in order, with the same index")
    func hubOrder() {
        func doc(_ kind: DocumentKind, _ slug: String) -> Document {
            Document(id: DocumentID(kind: kind, slug: slug), sourcePath: "\(kind.rawValue)/\(slug).md", title: slug, details: .page)
        }
        let sorted = [doc(.projects, "b"), doc(.methods, "a"), doc(.methods, "c"), doc(.lessons, "a"), doc(.pages, "z")]
        var rng = SplitMix(seed: 7)
        for _ in 0..<20 {
            var shuffled = sorted
            for i in shuffled.indices.reversed() { shuffled.swapAt(i, rng.below(i + 1)) }
            let hub = Hub(config: HubConfig(), documents: shuffled, contentRoot: "/x")
            #expect(hub.documents.map(\.id) == sorted.map(\.id))
            for d in sorted { #expect(hub[d.id]?.title == d.title) }
            #expect(hub.documents(of: .methods).map(\.slug) == ["a", "c"])
            #expect(hub.documents(of: .tools).isEmpty)
        }
    }

    @Test("files whose slugs differ only in case, or as x.md and x/index.md, are duplicates; other slugs are not")
    func duplicates() throws {
        let (hub, _, s) = try check([
            "pages/Abc.md": "---\ntitle: A\n---\n", "pages/abc.md": "---\ntitle: B\n---\n",
            "pages/x.md": "---\ntitle: X\n---\n", "pages/x/index.md": "---\ntitle: Y\n---\n",
            "pages/abd.md": "---\ntitle: D\n---\n", "methods/abc.md": Minimal.method("M"),
        ])
        #expect(s == ["pages/Abc.md:1:1 duplicate-slug", "pages/abc.md:1:1 duplicate-slug",
                      "pages/x.md:1:1 duplicate-slug", "pages/x/index.md:1:1 duplicate-slug"])
        #expect(hub?.documents.map(\.id.description) == ["methods/abc", "pages/Abc", "pages/abd", "pages/x"])
    }
}

@Suite("Content walker")
struct ContentWalkerListingTests {
    @Test("a folder with names that are not ASCII is read as fully as one without")
    func nonASCII() throws {
        let (hub, ds, _) = try check([
            "pages/öl.md": "---\ntitle: Ö\n---\n", "pages/al.md": "---\ntitle: A\n---\n", "pages/e\u{301}.md": "---\ntitle: E\n---\n",
            "methods/b.md": Minimal.method("B"), "methods/a.md": Minimal.method("A"),
        ])
        #expect(ds.isEmpty)
        #expect(hub?.documents.map(\.id.description) == ["methods/a", "methods/b", "pages/al", "pages/e\u{301}", "pages/öl"])
    }
}

@Suite("Unsafe names")
struct UnsafeNameTests {
    @Test("the byte test for control characters agrees with the scalar definition on 2,000 random names")
    func controlCharacters() {
        let pool: [Unicode.Scalar] = ["a", "Z", "-", "å", "é", "\u{301}", "\u{7E}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{A0}",
                                      "\u{C2}", "\u{100}", "\u{1F}", "\u{0}", "\u{9}", "\u{2028}", "\u{1F600}", "\u{FFFD}", "\u{142}"]
        var rng = SplitMix(seed: 99)
        func next(_ n: Int) -> Int { rng.below(n) }
        for _ in 0..<2000 {
            var name = "n"
            for _ in 0..<(1 + next(6)) { name.unicodeScalars.append(pool[next(pool.count)]) }
            let defined = name.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
            #expect((ContentWalker.unsafeNameReason(name)?.en == "the name contains control characters") == defined, "\(Array(name.unicodeScalars))")
        }
        #expect(ContentWalker.unsafeNameReason("a\\b")?.en == "the name contains a slash or backslash")
    }
}
