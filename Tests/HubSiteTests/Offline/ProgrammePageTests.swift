import Foundation
import HubTestSupport
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

@Suite("Programme page at scale")
struct ProgrammeScaleTests {
    /// `methods` methods and `projects` projects; project i uses method i mod `methods`.
    static func hub(methods: Int, projects: Int) -> Hub {
        var docs: [Document] = []
        for m in 0..<methods {
            docs.append(Document(id: DocumentID(kind: .methods, slug: "m\(m)"), sourcePath: "methods/m\(m).md", title: "Metod \(m)",
                                 details: .method(MethodDetails())))
        }
        for p in 0..<projects {
            docs.append(Document(id: DocumentID(kind: .projects, slug: "p\(p)"), sourcePath: "projects/p\(p).md", title: "Projekt \(p)",
                                 details: .project(ProjectDetails(companies: 1, methods: [DocumentID(kind: .methods, slug: "m\(p % methods)")]))))
        }
        return Hub(config: HubConfig(), documents: docs, contentRoot: "/nonexistent")
    }

    @Test("the page written as bytes equals the page built from strings", arguments: [
        (0, 0), (3, 4), (10, 20), (60, 50), (120, 100),
    ])
    func bytesEqualStrings(methods: Int, projects: Int) {
        let hubs = methods == 0 ? [OfflineFixture.hub] : [Self.hub(methods: methods, projects: projects)]
        let links: [@Sendable (DocumentID) -> String?] = [{ _ in nil }, { "../\($0.kind.rawValue)/\($0.slug)/?a=1&b=\"" }]
        for hub in hubs {
            let figures = ProgrammeFigures(hub: hub)
            for lang in ["sv", "en"] {
                for link in links {
                    let page = ProgrammePage(figures: figures, lang: lang, link: link)
                    let plain = page.bodyPlain()
                    #expect(page.body() == plain)
                    #expect(page.bodyMarkup().bytes == Array(plain.utf8))
                }
            }
        }
    }

    @Test("a matrix too large for a table becomes a list of the used pairs, and the chart shows the most used methods")
    func largeMatrix() {
        let figures = ProgrammeFigures(hub: Self.hub(methods: 60, projects: 50))
        let html = ProgrammePage(figures: figures, lang: "sv", link: { _ in nil }).body()
        #expect(!html.contains("<table class=\"matrix\">"))
        #expect(html.contains("<dl class=\"matrix-list\">"))
        #expect(html.components(separatedBy: "data-figure=\"matrix.").count - 1 == 50)
        // 40 method bars, 2 for women and men, 1 in each region chart (every project lacks a region).
        #expect(html.components(separatedBy: "<rect class=\"bar\"").count - 1 == ProgrammePage.maxChartBars + 4)
        #expect(html.contains("de 40 mest använda"))
    }

    @Test("the CSV writes the whole matrix while it is small, and only the used pairs past its limit")
    func largeCSV() {
        let small = ProgrammeFigures(hub: Self.hub(methods: 10, projects: 20)).csvTable()
        #expect(small.rows.filter { $0[0] == "matrix" }.count == 200)
        let large = ProgrammeFigures(hub: Self.hub(methods: 120, projects: 100)).csvTable()
        let matrix = large.rows.filter { $0[0] == "matrix" }
        #expect(matrix.count == 100)
        #expect(matrix.allSatisfy { $0[4] == "1" })
    }
}
