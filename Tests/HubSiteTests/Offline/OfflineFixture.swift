import HubContent

/// A small hub written in code: three projects (two regions and one without), four methods
/// (one unused), a tool, two lessons, a meeting and an organisation, with a title that tries
/// to break out of markup and a CSV formula.
enum OfflineFixture {
    static func id(_ kind: DocumentKind, _ slug: String) -> DocumentID { DocumentID(kind: kind, slug: slug) }

    static var hub: Hub {
        let m = { (s: String) in id(.methods, s) }
        let p = { (s: String) in id(.projects, s) }
        let docs: [Document] = [
            Document(id: p("alfa"), sourcePath: "projects/alfa.md", title: "Alfa i Skåne", tags: ["nis2"], region: "Skåne",
                     details: .project(ProjectDetails(owner: "Science Park Syd", ownerID: id(.organisations, "sps"),
                                                      companies: 12, women: 9, men: 14, hoursPerCompany: 7.5,
                                                      methods: [m("behovsanalys"), m("ovning")]))),
            Document(id: p("beta"), sourcePath: "projects/beta.md", title: "Öppna Beta", region: "Örebro",
                     details: .project(ProjectDetails(companies: 30, women: 20, men: 10, hoursPerCompany: 4,
                                                      methods: [m("behovsanalys")]))),
            Document(id: p("gamma"), sourcePath: "projects/gamma.md", title: "=Gamma \"><script>", tags: ["nis2"],
                     details: .project(ProjectDetails(companies: 5, women: nil, men: nil, hoursPerCompany: nil))),
            Document(id: p("delta"), sourcePath: "projects/delta.md", title: "Delta", region: "Skåne",
                     details: .project(ProjectDetails(companies: nil, women: 3, men: 0, hoursPerCompany: 10))),
            Document(id: m("behovsanalys"), sourcePath: "methods/behovsanalys.md", title: "Behovsanalys", tags: ["nis2"],
                     details: .method(MethodDetails(format: "behovsanalys", tools: [id(.tools, "checklista")]))),
            Document(id: m("ovning"), sourcePath: "methods/ovning.md", title: "Övning, skarp", lang: "sv",
                     details: .method(MethodDetails(format: "övning", projects: [p("gamma")]))),
            Document(id: m("coachning"), sourcePath: "methods/coachning.md", title: "Coachning",
                     details: .method(MethodDetails(format: "coachning"))),
            Document(id: m("oanvand"), sourcePath: "methods/oanvand.md", title: "Oanvänd metod",
                     details: .method(MethodDetails())),
            Document(id: id(.tools, "checklista"), sourcePath: "tools/checklista.md", title: "Checklista",
                     details: .tool(ToolDetails(type: "checklista", methods: [m("behovsanalys")]))),
            Document(id: id(.tools, "mall"), sourcePath: "tools/mall.md", title: "Mall",
                     details: .tool(ToolDetails(type: "mall"))),
            Document(id: id(.lessons, "l1"), sourcePath: "lessons/l1.md", title: "Lärdom ett",
                     details: .lesson(LessonDetails(project: p("beta"), methods: [m("coachning")], tools: [id(.tools, "mall")]))),
            Document(id: id(.lessons, "l2"), sourcePath: "lessons/l2.md", title: "Lärdom två",
                     details: .lesson(LessonDetails(project: p("alfa"), methods: [m("behovsanalys")]))),
            Document(id: id(.meetings, "traff-1"), sourcePath: "meetings/traff-1.md", title: "Träff 1; Malmö, vår",
                     summary: "Vi ses\\ och lär", date: ContentDate(year: 2025, month: 2, day: 28), tags: ["nis2"],
                     details: .meeting(MeetingDetails(place: "Malmö, Science Park", agenda: [
                        AgendaItem(time: "09:00", item: "Välkomna"),
                        AgendaItem(time: "09:30", item: "Behovsanalys i praktiken", ref: m("behovsanalys")),
                        AgendaItem(item: "Lärdomar från Beta", ref: id(.lessons, "l1")),
                     ]))),
            Document(id: id(.organisations, "sps"), sourcePath: "organisations/sps.md", title: "Science Park Syd",
                     details: .organisation),
            Document(id: id(.pages, "om"), sourcePath: "pages/om.md", title: "Om hubben", details: .page),
        ]
        // Reverse links as the loader records them: target -> documents referring to it.
        var referrers: [DocumentID: Set<DocumentID>] = [:]
        for d in docs {
            var targets: [DocumentID] = []
            switch d.details {
            case .project(let x): targets = x.methods + (x.ownerID.map { [$0] } ?? [])
            case .method(let x): targets = x.tools + x.projects
            case .tool(let x): targets = x.methods
            case .lesson(let x): targets = x.methods + x.tools + (x.project.map { [$0] } ?? [])
            case .meeting(let x): targets = x.agenda.compactMap(\.ref)
            default: break
            }
            for t in targets { referrers[t, default: []].insert(d.id) }
        }
        return Hub(config: HubConfig(title: "Testhubb", baseURL: "https://hub.example.se/pilot/"), documents: docs,
                   contentRoot: "/nonexistent", referrers: referrers.mapValues { $0.sorted() })
    }
}
