import Foundation
import Testing
import HubContent
@testable import HubSite

@Suite("Programme page")
struct ProgrammePageTests {
    let hub = OfflineFixture.hub

    func page(_ lang: String = "sv") -> String {
        ProgrammePage(figures: ProgrammeFigures(hub: hub), lang: lang, link: { "../\($0.kind.rawValue)/\($0.slug)/" }).body()
    }

    @Test("the page's figure cells equal sums computed here from the fixture's front matter",
          .enabled(if: ExternalTool.hasPython))
    func figuresMatch() throws {
        let parsed = try PageFigures.parse(page())
        var companies = 0, women = 0, men = 0, hours = 0.0, projects = 0
        for d in hub.documents {
            guard case .project(let p) = d.details else { continue }
            projects += 1
            companies += p.companies ?? 0
            women += p.women ?? 0
            men += p.men ?? 0
            if let c = p.companies, let h = p.hoursPerCompany { hours += Double(c) * h }
        }
        #expect(parsed.figures["totals.projects"] == String(projects))
        #expect(parsed.figures["totals.companies"] == String(companies))
        #expect(parsed.figures["totals.women"] == String(women))
        #expect(parsed.figures["totals.men"] == String(men))
        #expect(Double(parsed.figures["totals.hours"] ?? "") == hours)
        #expect(parsed.figures["sum.companies"] == String(companies))
        #expect(parsed.figures["region.Skåne.projects"] == "2")
        #expect(parsed.figures["region.Skåne.companies"] == "12")
        #expect(parsed.figures["region..projects"] == "1")
        #expect(parsed.figures["method.methods/behovsanalys"] == "2")
        #expect(parsed.figures["matrix.methods/coachning.projects/beta"] == "1")
        #expect(parsed.figures["matrix.methods/coachning.projects/alfa"] == "0")
        let matrixCells = parsed.figures.keys.filter { $0.hasPrefix("matrix.") }.count
        #expect(matrixCells == hub.documents(of: .methods).count * projects)
    }

    @Test("every chart is an img with title and description and sits beside a table of the same figures",
          .enabled(if: ExternalTool.hasPython))
    func charts() throws {
        let parsed = try PageFigures.parse(page())
        #expect(parsed.svgCount == 4)
        #expect(parsed.svgWithTitleAndDesc == parsed.svgCount)
        #expect(parsed.pairsWithTableAndChart == 3)
        #expect(Set(parsed.ids).count == parsed.ids.count, "ids repeat")
        #expect(parsed.hrefs.contains("programme.csv"))
        #expect(parsed.hrefs.contains("programme-semikolon.csv"))
    }

    @Test("a hostile title stays text, and English pages write English numbers")
    func escapingAndLanguage() {
        let sv = page()
        #expect(!sv.contains("\"><script>"))
        #expect(sv.contains("=Gamma &quot;&gt;&lt;script&gt;"))
        let en = page("en")
        #expect(en.contains("The programme in figures"))
        let f = ProgrammeFigures(hub: hub)
        #expect(en.contains(FigureFormat.percent(f.womenShare!, lang: "en")))
    }
}
