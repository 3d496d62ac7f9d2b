import Foundation
import Testing
@testable import HubContent
import HubDiagnostics

/// Loads a site made of `files` and returns `path:line:column id` of every diagnostic.
private func check(_ files: [String: String], includeDrafts: Bool = false) throws -> (Hub?, [Diagnostic], [String]) {
    let site = try TestSite(files)
    defer { site.remove() }
    let (hub, diagnostics) = site.load(includeDrafts: includeDrafts)
    return (hub, diagnostics, site.summary(diagnostics))
}

@Suite("Required fields and types")
struct RequiredAndTypeTests {
    @Test("every kind requires a title")
    func title() throws {
        let (_, ds, s) = try check(["pages/a.md": "---\nsummary: Ingen titel\n---\n"])
        #expect(s == ["pages/a.md:1:1 missing-field"])
        #expect(ds[0].message.en.contains("'title'"))
    }

    @Test("an empty title is reported at its key")
    func emptyTitle() throws {
        #expect(try check(["pages/a.md": "---\nsummary: x\ntitle:\n---\n"]).2 == ["pages/a.md:3:1 missing-field"])
    }

    @Test("a lesson requires project and a meeting requires date")
    func kindRequired() throws {
        let (_, ds, s) = try check(["lessons/a.md": "---\ntitle: L\n---\n", "meetings/m.md": "---\ntitle: M\n---\n"])
        #expect(s == ["lessons/a.md:1:1 missing-field", "meetings/m.md:1:1 missing-field"])
        #expect(ds[0].message.en.contains("'project'"))
        #expect(ds[1].message.en.contains("'date'"))
    }

    @Test("a document without front matter is an error")
    func noFrontMatter() throws {
        #expect(try check(["pages/a.md": "# Bara text\n"]).2 == ["pages/a.md:1:1 missing-front-matter"])
    }

    @Test("values of the wrong type are errors at the value", arguments: [
        ("companies: många", "projects", 12), ("women: 2.5", "projects", 8), ("tags: nätfiske", "methods", 7),
        ("draft: kanske", "methods", 8), ("date: 2024", "methods", 7), ("hours_per_company: [1]", "projects", 20),
        ("period: 2024-01-01", "projects", 9), ("agenda: Välkommen", "meetings", 9),
    ])
    func wrongType(line: String, kind: String, column: Int) throws {
        let date = kind == "meetings" ? "date: 2025-01-01\n" : ""
        let (_, ds, s) = try check(["\(kind)/a.md": "---\ntitle: A\n\(date)\(line)\n---\n"])
        #expect(s == ["\(kind)/a.md:\(kind == "meetings" ? 4 : 3):\(column) wrong-type"])
        #expect(ds.count == 1)
    }

    @Test("a contact that looks like a person's address is a warning", arguments: [
        ("anna.svensson@exempel.se", true), ("mailto:Åsa.Öberg@exempel.se", true), ("sakerhet@exempel.se", false),
        ("it-stod.syd@exempel.se", false), ("Projektledaren", false),
    ])
    func contact(value: String, personal: Bool) throws {
        let (_, ds, s) = try check(["projects/a.md": "---\ntitle: A\ncontact: \(value)\n---\n"])
        #expect(s == (personal ? ["projects/a.md:3:10 personal-contact"] : []))
        #expect(ds.allSatisfy { $0.severity == .warning })
    }

    @Test("numbers that cannot be negative")
    func negative() throws {
        #expect(try check(["projects/a.md": "---\ntitle: A\ncompanies: -3\n---\n"]).2 == ["projects/a.md:3:12 negative-number"])
    }

    @Test("numbers, dates and lists that are right load as typed values")
    func typed() throws {
        let (hub, ds, _) = try check(["projects/a.md": """
            ---
            title: 2024
            date: 2024-02-29
            companies: 12
            hours_per_company: 7.5
            partners: [Ett, Två]
            period:
              start: 2024-01-01
              end: 2024-12-31
            ---

            """])
        #expect(ds.isEmpty)
        let doc = try #require(hub?.documents.first)
        #expect(doc.title == "2024")
        #expect(doc.date == ContentDate(year: 2024, month: 2, day: 29))
        guard case .project(let p) = doc.details else { Issue.record("not a project"); return }
        #expect(p.companies == 12)
        #expect(p.hoursPerCompany == 7.5)
        #expect(p.partners == ["Ett", "Två"])
        #expect(p.periodStart == ContentDate(year: 2024, month: 1, day: 1))
        #expect(p.periodEnd == ContentDate(year: 2024, month: 12, day: 31))
    }
}

@Suite("Enumerations and vocabularies")
struct EnumerationTests {
    @Test("a value outside an enumeration is an error with a did-you-mean", arguments: [
        ("methods", "format: utbilding", 9, "utbildning"), ("methods", "level: grunt", 8, "grund"),
        ("tools", "type: checklistor", 7, "checklista"), ("lessons", "outcome: fungerad", 10, "fungerade"),
        ("pages", "lang: sve", 7, "sv"), ("pages", "region: skåne", 9, "Skåne"), ("pages", "region: Vastra Gotaland", 9, "Västra Götaland"),
    ])
    func enumeration(kind: String, line: String, column: Int, suggestion: String) throws {
        let project = kind == "lessons" ? "project: p\n" : ""
        let (_, ds, s) = try check(["\(kind)/a.md": "---\ntitle: A\n\(project)\(line)\n---\n", "projects/p.md": Minimal.project])
        #expect(s == ["\(kind)/a.md:\(kind == "lessons" ? 4 : 3):\(column) invalid-value"])
        #expect(ds.first?.suggestion == suggestion)
    }

    @Test("all 21 regions are accepted as spelled", arguments: ContentSchema.regions)
    func regions(region: String) throws {
        #expect(try check(["pages/a.md": "---\ntitle: A\nregion: \(region)\n---\n"]).1.isEmpty)
    }

    @Test("a value outside a hub.yml vocabulary is an error with a did-you-mean; the column counts å as one")
    func vocabulary() throws {
        let (_, ds, s) = try check([
            "hub.yml": "vocabularies:\n  tags: [nätfiske, lösenord]\n  audience: [styrelser]\n",
            "methods/a.md": "---\ntitle: A\ntags: [nätfiske, lösenordd]\naudience: [styrelse]\nsector: [vad som helst]\n---\n",
        ])
        #expect(s == ["methods/a.md:3:18 not-in-vocabulary", "methods/a.md:4:12 not-in-vocabulary"])
        #expect(ds.map(\.suggestion) == ["lösenord", "styrelser"])
    }

    @Test("a transposed key in hub.yml ('titel') gets a did-you-mean")
    func transposedHubKey() {
        let (_, ds) = HubConfig.parse("titel: Hubben\n", path: "hub.yml")
        #expect(ds.map(\.id) == ["unknown-field"])
        #expect(ds.map(\.suggestion) == ["title"])
    }

    @Test("without hub.yml the defaults serve")
    func defaults() throws {
        let (hub, ds, _) = try check(["methods/a.md": "---\ntitle: A\ntags: [vad som helst]\n---\n"])
        #expect(ds.isEmpty)
        #expect(hub?.config.title == "PilotHub")
        #expect(hub?.config.defaultLanguage == "sv")
        #expect(hub?.documents.first?.lang == "sv")
    }

    @Test("hub.yml is read, and its unknown keys are warnings")
    func hubYML() throws {
        let (hub, ds, s) = try check(["hub.yml": "title: Hubben\nbase_url: https://example.se/\nlanguage: en\ntitl: x\n",
                                      "pages/a.md": "---\ntitle: A\n---\n"])
        #expect(s == ["hub.yml:4:1 unknown-field"])
        #expect(ds[0].suggestion == "title")
        #expect(hub?.config.title == "Hubben")
        #expect(hub?.config.baseURL == "https://example.se/")
        #expect(hub?.documents.first?.lang == "en")
    }
}

@Suite("Dates")
struct DateTests {
    @Test("impossible dates are errors", arguments: ["2024-13-45", "2023-02-29", "2024-04-31", "2024-00-10"])
    func impossible(date: String) throws {
        #expect(try check(["pages/a.md": "---\ntitle: A\ndate: \(date)\n---\n"]).2 == ["pages/a.md:3:7 invalid-date"])
        #expect(try check(["pages/a.md": "---\ntitle: A\nupdated: \"\(date)\"\n---\n"]).2.map { $0.hasSuffix("invalid-date") } == [true])
    }

    @Test("ContentDate knows leap years")
    func leap() {
        #expect(ContentDate.isValid(year: 2024, month: 2, day: 29))
        #expect(ContentDate.isValid(year: 2000, month: 2, day: 29))
        #expect(!ContentDate.isValid(year: 1900, month: 2, day: 29))
    }

    @Test("a period that ends before it starts is an error at its end")
    func period() throws {
        #expect(try check(["projects/a.md": "---\ntitle: A\nperiod:\n  start: 2024-05-01\n  end: 2024-04-30\n---\n"]).2
                == ["projects/a.md:5:8 period-end-before-start"])
    }
}

@Suite("Unknown fields")
struct UnknownFieldTests {
    @Test("an unknown field is a warning with a did-you-mean")
    func unknown() throws {
        let (_, ds, s) = try check(["methods/a.md": "---\ntitle: A\nsumary: x\n---\n"])
        #expect(s == ["methods/a.md:3:1 unknown-field"])
        #expect(ds[0].severity == .warning)
        #expect(ds[0].suggestion == "summary")
    }

    @Test("a field of another kind is a warning naming that kind")
    func otherKind() throws {
        let (_, ds, _) = try check(["pages/a.md": "---\ntitle: A\nformat: övning\n---\n"])
        #expect(ds.map(\.id) == ["unknown-field"])
        #expect(ds[0].message.en.contains("only for a method"))
    }
}
