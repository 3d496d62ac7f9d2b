import Foundation
import Testing
@testable import HubContent
import HubDiagnostics

@Suite("Export")
struct ExportTests {
    @Test("JSON keys are sorted and strings escaped")
    func json() {
        let v = JSONValue.object(["b": .int(1), "a": .array([.string("x\"\n\u{1}"), .null, .bool(true), .double(2.5), .double(3)]),
                                  "Ä": .object([:]), "c": .array([])])
        #expect(v.serialized() == "{\n  \"a\": [\n    \"x\\\"\\n\\u0001\",\n    null,\n    true,\n    2.5,\n    3\n  ],\n  \"b\": 1,\n  \"c\": [],\n  \"Ä\": {}\n}\n")
    }

    @Test("export holds fields, resolved references and reverse links, and is the same every time")
    func export() throws {
        let root = resourcePath("fixtures/valid")
        let first = HubExport.json(try #require(ContentLoader.load(contentDirectory: root).hub))
        let second = HubExport.json(try #require(ContentLoader.load(contentDirectory: root).hub))
        #expect(first == second)
        let parsed = try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any]
        let docs = try #require(parsed?["documents"] as? [[String: Any]])
        #expect(docs.count == 12)
        let lesson = try #require(docs.first { $0["id"] as? String == "lessons/mfa-forst" })
        let refs = try #require(lesson["references"] as? [String: Any])
        #expect(refs["project"] as? String == "projects/saker-vardag-norr")
        #expect(refs["methods"] as? [String] == ["methods/behovsanalys", "methods/mfa-workshop"])
        #expect((lesson["fields"] as? [String: Any])?["date"] as? String == "2024-11-20")
        let method = try #require(docs.first { $0["id"] as? String == "methods/mfa-workshop" })
        #expect((method["referrers"] as? [String])?.contains("lessons/mfa-forst") == true)
    }
}

@Suite("New documents")
struct TemplateTests {
    @Test("slugs are lowercase ASCII with dashes", arguments: [
        ("Behovsanalys på plats", "behovsanalys-pa-plats"), ("Öva incidenter – steg för steg!", "ova-incidenter-steg-for-steg"),
        ("Café-möte 2025", "cafe-mote-2025"), ("  ÅÄÖ  ", "aao"), ("NIS2 för leverantörer", "nis2-for-leverantorer"), ("!!!", ""),
    ])
    func slug(title: String, slug: String) {
        #expect(Slug.make(title) == slug)
    }

    @Test("each kind's template is a draft: left out quietly, and with drafts every placeholder is an error without a did-you-mean",
          arguments: DocumentKind.allCases)
    func template(kind: DocumentKind) throws {
        let text = DocumentTemplate.make(kind: kind, title: "Ny \"titel\" på svenska", today: ContentDate(year: 2025, month: 2, day: 29 - 1))
        #expect(text.contains("\ndraft: true\n"))
        #expect(text.contains("## "))
        let site = try TestSite(["\(kind.rawValue)/ny.md": text, "projects/p.md": "---\ntitle: P\n---\n", "methods/m.md": "---\ntitle: M\n---\n"])
        defer { site.remove() }
        let (hub, diagnostics) = site.load()
        #expect(site.summary(diagnostics) == [])
        #expect(hub?[DocumentID(kind: kind, slug: "ny")] == nil)

        let (draftHub, withDrafts) = site.load(includeDrafts: true)
        let placeholders = text.components(separatedBy: "\"<").count - 1
        #expect(placeholders >= 1)
        #expect(withDrafts.map(\.id) == Array(repeating: "placeholder", count: placeholders))
        #expect(withDrafts.allSatisfy { $0.suggestion == nil && $0.message.en.hasPrefix("replace the placeholder <") })
        #expect(draftHub?[DocumentID(kind: kind, slug: "ny")]?.title == "Ny \"titel\" på svenska")

        // Taking away draft: true without filling in fails the check too.
        try site.write("\(kind.rawValue)/ny.md", Data(text.replacingOccurrences(of: "draft: true\n", with: "").utf8))
        #expect(site.load().diagnostics.map(\.id) == Array(repeating: "placeholder", count: placeholders))
    }

    @Test("a method scaffold names the allowed formats and levels in its placeholders")
    func methodPlaceholders() throws {
        let text = DocumentTemplate.make(kind: .methods, title: "Test", today: ContentDate(year: 2025, month: 3, day: 1))
        #expect(!text.contains("format: behovsanalys\n") && !text.contains("level: grund\n"))
        let site = try TestSite(["methods/test.md": text])
        defer { site.remove() }
        let messages = site.load(includeDrafts: true).diagnostics.map(\.message.en)
        #expect(messages.contains { $0.hasPrefix("replace the placeholder <välj: behovsanalys, utbildning") && $0.contains("in 'format'") && $0.contains("(allowed: behovsanalys") })
        #expect(messages.contains { $0.contains("in 'level'") })
        #expect(messages.contains { $0.contains("in 'summary'") })
    }
}
