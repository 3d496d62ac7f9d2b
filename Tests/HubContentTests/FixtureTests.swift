import Foundation
import Testing
@testable import HubContent
import HubDiagnostics

private func fixture(_ name: String) -> String {
    resourcePath("fixtures/\(name)")
}

private func relative(_ ds: [Diagnostic], root: String) -> [String] {
    ds.map { d in
        let path = d.location.path.hasPrefix(root + "/") ? String(d.location.path.dropFirst(root.count + 1)) : d.location.path
        return "\(path):\(d.location.line):\(d.location.column) \(d.severity.rawValue) \(d.id)" + (d.suggestion.map { " → \($0)" } ?? "")
    }
}

@Suite("Whole fixture sites")
struct FixtureTests {
    @Test("the valid fixture loads with no errors and no warnings, every kind present")
    func valid() throws {
        let root = fixture("valid")
        let (hub, diagnostics) = ContentLoader.load(contentDirectory: root)
        #expect(relative(diagnostics, root: root) == [])
        let hub1 = try #require(hub)
        #expect(Set(hub1.documents.map(\.kind)) == Set(DocumentKind.allCases))
        #expect(hub1.documents.count == 12)
        #expect(hub1.config.title == "Piloter för säker digitalisering – testhubb")
        #expect(hub1.config.vocabularies["sector"] == ["tillverkning", "handel", "bygg"])
        let method = DocumentID(kind: .methods, slug: "behovsanalys")
        #expect(hub1[method]?.attachments == ["intervjuguide.pdf"])
        #expect(hub1[method]?.sourcePath == "methods/behovsanalys/index.md")
        #expect(hub1.referrers(of: method, kind: .lessons).map(\.slug) == ["mfa-forst"])
        #expect(hub1.referrers(of: method, kind: .projects).map(\.slug) == ["saker-vardag-norr"])
        #expect(hub1.referrers[method]?.map(\.description) == [
            "projects/saker-vardag-norr", "methods/mfa-workshop", "tools/incidentmall", "tools/losenordschecklista",
            "lessons/mfa-forst", "meetings/traff-umea-2025", "pages/om",
        ])
        guard case .project(let p)? = hub1[DocumentID(kind: .projects, slug: "saker-vardag-norr")]?.details else {
            Issue.record("no project"); return
        }
        #expect(p.ownerID == DocumentID(kind: .organisations, slug: "science-park-norr"))
        #expect(hub1[DocumentID(kind: .lessons, slug: "backup-provas")]?.lang == "en")
    }

    /// Each planted mistake, at its exact place.
    static let expected = [
        "hub.yml:1:1 warning unknown-field → title",
        "lessons/backup-provas.md:1:1 error missing-field",
        "lessons/backup-provas.md:4:7 error invalid-date",
        "lessons/mfa-forst.md:8:11 error unknown-reference → behovsanalys",
        "lessons/mfa-forst.md:9:9 error wrong-kind-reference",
        "lessons/mfa-forst.md:10:10 error invalid-value",
        "meetings/traff-umea-2025.md:1:1 error missing-field",
        "meetings/traff-umea-2025.md:11:10 error unknown-reference → lessons/mfa-forst",
        "methods/dubblett.md:1:1 error duplicate-slug",
        "methods/dubblett/index.md:1:1 error duplicate-slug",
        "methods/mfa-workshop.md:3:1 warning unknown-field → summary",
        "methods/mfa-workshop.md:5:9 error invalid-value → utbildning",
        "methods/mfa-workshop.md:16:28 error broken-link → behovsanalys.md",
        "notes.txt:1:1 warning unknown-top-level",
        "organisations/science-park-norr.md:5:7 error invalid-value",
        "pages/hemlig.md:5:17 error link-outside-content",
        "pages/om.md:1:1 error missing-front-matter",
        "projects/saker-vardag-norr.md:6:9 error invalid-value → Västerbotten",
        "projects/saker-vardag-norr.md:13:8 error period-end-before-start",
        "projects/saker-vardag-norr.md:14:12 error wrong-type",
        "projects/trygg-handel-syd.md:5:18 error not-in-vocabulary → lösenord",
        "tools/incidentmall.md:7:6 error invalid-url",
        "tools/losenordschecklista/index.md:7:7 error unknown-attachment → checklista.pdf",
    ]

    @Test("the broken fixture reports every planted mistake at its file:line:column")
    func broken() {
        let root = fixture("broken")
        let (_, diagnostics) = ContentLoader.load(contentDirectory: root)
        #expect(relative(diagnostics, root: root) == Self.expected)
        #expect(Set(diagnostics.map(\.id)).count >= 12)
    }

    @Test("the broken fixture prints as the golden file (PILOTHUB_UPDATE_GOLDEN=1 rewrites it)", arguments: [DiagnosticLanguage.en, .sv])
    func golden(language: DiagnosticLanguage) throws {
        let root = fixture("broken")
        let (_, diagnostics) = ContentLoader.load(contentDirectory: root)
        let printer = DiagnosticPrinter(language: language, sources: ContentLoader.sourceFiles(for: diagnostics))
        let text = (printer.format(diagnostics) + printer.summary(diagnostics) + "\n").replacingOccurrences(of: root + "/", with: "broken/")
        let name = "broken-\(language.rawValue).txt"
        if ProcessInfo.processInfo.environment["PILOTHUB_UPDATE_GOLDEN"] == "1" {
            let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Resources/golden/\(name)")
            try Data(text.utf8).write(to: source)
        }
        let golden = try String(contentsOfFile: resourcePath("golden/\(name)"), encoding: .utf8)
        #expect(text == golden)
    }

    @Test("the sample Content/ of the repository loads with no errors and no warnings")
    func sample() {
        let (hub, diagnostics) = ContentLoader.load(contentDirectory: Self.sampleContent)
        let printer = DiagnosticPrinter(language: .en)
        #expect(diagnostics.isEmpty, "\(printer.format(diagnostics))")
        // 7 organisations, 7 projects, 15 methods, 10 tools, 25 lessons, 3 meetings, 2 pages.
        #expect(hub?.documents.count == 69)
        #expect(Set(hub?.documents.map(\.kind) ?? []) == Set(DocumentKind.allCases))
    }

    static let sampleContent = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Content").path
}
