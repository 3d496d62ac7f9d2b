import Foundation
import Testing
import HubContent
@testable import HubSite

@Suite("Programme figures")
struct ProgrammeFiguresTests {
    let hub = OfflineFixture.hub
    var figures: ProgrammeFigures { ProgrammeFigures(hub: hub) }

    /// The project details, read straight from the documents, for sums computed here.
    var details: [(Document, ProjectDetails)] {
        hub.documents.compactMap { d in if case .project(let p) = d.details { (d, p) } else { nil } }
    }

    @Test("totals equal the sums of the project fields")
    func totals() {
        var companies = 0, women = 0, men = 0
        var hours = 0.0
        for (_, p) in details {
            companies += p.companies ?? 0
            women += p.women ?? 0
            men += p.men ?? 0
            if let c = p.companies, let h = p.hoursPerCompany { hours += Double(c) * h }
        }
        #expect(figures.projectCount == details.count)
        #expect(figures.companies == companies)
        #expect(figures.women == women)
        #expect(figures.men == men)
        #expect(figures.hours == hours)
        #expect(figures.womenShare! + figures.menShare! == 100)
        #expect(abs(figures.womenShare! - Double(women) * 100 / Double(women + men)) < 1e-9)
        #expect(figures.projectsWithoutHours.map(\.id.slug) == ["gamma", "delta"])
        #expect(figures.projectsWithoutCompanies.map(\.id.slug) == ["delta"])
        #expect(figures.projectsWithoutParticipants.map(\.id.slug) == ["gamma"])
    }

    @Test("regions count projects and companies, in Swedish order, with the unnamed region last")
    func regions() {
        var expected: [String: (Int, Int)] = [:]
        for (d, p) in details {
            let key = d.region ?? ""
            expected[key, default: (0, 0)].0 += 1
            expected[key, default: (0, 0)].1 += p.companies ?? 0
        }
        #expect(figures.regions.count == expected.count)
        for row in figures.regions {
            let e = expected[row.region ?? ""]
            #expect(row.projects == e?.0)
            #expect(row.companies == e?.1)
        }
        #expect(figures.regions.map(\.region) == ["Skåne", "Örebro", nil])
        #expect(figures.regions.reduce(0) { $0 + $1.projects } == figures.projectCount)
    }

    @Test("a method counts each project once, whether the project, the method or a lesson says so")
    func methods() {
        var uses: [DocumentID: Set<DocumentID>] = [:]
        let projectIDs = Set(details.map(\.0.id))
        for d in hub.documents {
            switch d.details {
            case .project(let p): for m in p.methods { uses[m, default: []].insert(d.id) }
            case .method(let m): for p in m.projects where projectIDs.contains(p) { uses[d.id, default: []].insert(p) }
            case .lesson(let l): if let p = l.project { for m in l.methods { uses[m, default: []].insert(p) } }
            default: break
            }
        }
        #expect(figures.methods.count == hub.documents(of: .methods).count)
        for row in figures.methods {
            #expect(Set(row.projects) == uses[row.id] ?? [], "\(row.id)")
        }
        // alfa (project field + lesson l2, counted once) and beta.
        #expect(figures.methods.first?.id.slug == "behovsanalys")
        #expect(figures.methods.first?.projects.count == 2)
        #expect(figures.methods.last?.projects.isEmpty == true)
        #expect(figures.used(method: OfflineFixture.id(.methods, "coachning"), by: OfflineFixture.id(.projects, "beta")))
        #expect(!figures.used(method: OfflineFixture.id(.methods, "coachning"), by: OfflineFixture.id(.projects, "alfa")))
    }

    @Test("projects are in Swedish alphabetical order (Ö after Z)")
    func order() {
        #expect(figures.projects.map(\.id.slug) == ["gamma", "alfa", "delta", "beta"])
    }

    @Test("numbers are written the Swedish and the English way")
    func formats() {
        #expect(FigureFormat.integer(1_234_567, lang: "sv") == "1\u{00A0}234\u{00A0}567")
        #expect(FigureFormat.integer(1_234_567, lang: "en") == "1,234,567")
        #expect(FigureFormat.integer(999, lang: "sv") == "999")
        #expect(FigureFormat.decimal(22.5, lang: "sv") == "22,5")
        #expect(FigureFormat.decimal(40, lang: "en") == "40")
        #expect(FigureFormat.percent(41.25, lang: "sv") == "41,3\u{00A0}%")
        #expect(FigureFormat.percent(100, lang: "en") == "100.0%")
        #expect(FigureFormat.plain(1234.5, decimalComma: true) == "1234,5")
    }
}
