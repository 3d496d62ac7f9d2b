import Foundation
import HubTestSupport
import PilotHub

/// A hub written in code for bundle tests, with a real content folder on disk for its one
/// attachment: two projects, three methods, two tools, two lessons, two meetings, an
/// organisation, body links between documents and words that only one document holds
/// (`fikarummet` in the meeting's method, `valnötsträdet` in a left-out project).
enum BundleFixture {
    static func id(_ kind: DocumentKind, _ slug: String) -> DocumentID { DocumentID(kind: kind, slug: slug) }

    /// A fresh content folder holding the attachment, and the hub that refers to it.
    static func make(baseURL: String? = nil) throws -> (hub: Hub, content: URL) {
        let content = try ExternalTool.temporaryDirectory("content")
        let toolDir = content.appendingPathComponent("tools/checklista")
        try FileManager.default.createDirectory(at: toolDir, withIntermediateDirectories: true)
        try Data("%PDF-1.4 checklista\n".utf8).write(to: toolDir.appendingPathComponent("checklista.pdf"))
        return (hub(root: content.path, baseURL: baseURL), content)
    }

    static func hub(root: String, baseURL: String?) -> Hub {
        let m = { (s: String) in id(.methods, s) }
        let p = { (s: String) in id(.projects, s) }
        let docs: [Document] = [
            Document(id: p("alfa"), sourcePath: "projects/alfa.md", title: "Alfa i Skåne", summary: "Ett projekt i Skåne.",
                     tags: ["nis2"], region: "Skåne", body: "Projektet provade [behovsanalysen](../methods/behovsanalys.md).\n",
                     details: .project(ProjectDetails(owner: "Science Park Syd", ownerID: id(.organisations, "sps"),
                                                      companies: 12, women: 9, men: 14, hoursPerCompany: 7.5,
                                                      methods: [m("behovsanalys"), m("ovning")]))),
            Document(id: p("beta"), sourcePath: "projects/beta.md", title: "Beta i Örebro", summary: "Valnötsträdet växer här.",
                     region: "Örebro", body: "Under valnötsträdet samlades företagen.\n",
                     details: .project(ProjectDetails(companies: 30, women: 20, men: 10, hoursPerCompany: 4,
                                                      methods: [m("coachning")]))),
            Document(id: m("behovsanalys"), sourcePath: "methods/behovsanalys.md", title: "Behovsanalys",
                     summary: "Kartlägg behoven.", tags: ["nis2"],
                     body: "Vi träffas i fikarummet.\n\n## Steg ett\n\nSe [checklistan](../tools/checklista/index.md) och [övningen](ovning.md#syfte).\n\n## Steg två\n\nKlart.\n",
                     details: .method(MethodDetails(format: "behovsanalys", level: "grund", tools: [id(.tools, "checklista")]))),
            Document(id: m("ovning"), sourcePath: "methods/ovning.md", title: "Övning", summary: "Öva skarpt.",
                     body: "## Syfte\n\nAtt öva.\n", details: .method(MethodDetails(format: "övning", projects: [p("alfa")]))),
            Document(id: m("coachning"), sourcePath: "methods/coachning.md", title: "Coachning", summary: "Stöd över tid.",
                     body: "Coacha.\n", details: .method(MethodDetails(format: "coachning"))),
            Document(id: id(.tools, "checklista"), sourcePath: "tools/checklista/index.md", title: "Checklista",
                     summary: "En checklista.", body: "Ladda ner [checklistan](checklista.pdf).\n", attachments: ["checklista.pdf"],
                     details: .tool(ToolDetails(type: "checklista", file: "checklista.pdf", methods: [m("behovsanalys")]))),
            Document(id: id(.tools, "mall"), sourcePath: "tools/mall.md", title: "Mall", summary: "En mall.",
                     details: .tool(ToolDetails(type: "mall"))),
            Document(id: id(.lessons, "l1"), sourcePath: "lessons/l1.md", title: "Lärdom från Beta", summary: "Coachning fungerade.",
                     date: ContentDate(year: 2025, month: 1, day: 10),
                     details: .lesson(LessonDetails(project: p("beta"), methods: [m("coachning")], tools: [id(.tools, "mall")], outcome: "fungerade"))),
            Document(id: id(.lessons, "l2"), sourcePath: "lessons/l2.md", title: "Lärdom från Alfa", summary: "Behovsanalysen hjälpte.",
                     date: ContentDate(year: 2025, month: 2, day: 1),
                     details: .lesson(LessonDetails(project: p("alfa"), methods: [m("behovsanalys")], outcome: "delvis"))),
            Document(id: id(.meetings, "traff-1"), sourcePath: "meetings/traff-1.md", title: "Träff 1 i Malmö",
                     summary: "Vårens träff.", date: ContentDate(year: 2025, month: 3, day: 12),
                     details: .meeting(MeetingDetails(place: "Malmö", agenda: [
                        AgendaItem(time: "09:00", item: "Välkomna"),
                        AgendaItem(time: "09:30", item: "Behovsanalys i praktiken", ref: m("behovsanalys")),
                     ]))),
            Document(id: id(.meetings, "traff-2"), sourcePath: "meetings/traff-2.md", title: "Träff 2 i Örebro",
                     date: ContentDate(year: 2025, month: 9, day: 1),
                     details: .meeting(MeetingDetails(place: "Örebro", agenda: [AgendaItem(item: "Beta berättar", ref: p("beta"))]))),
            Document(id: id(.organisations, "sps"), sourcePath: "organisations/sps.md", title: "Science Park Syd", details: .organisation),
        ]
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
            if d.id == m("behovsanalys") { targets += [id(.tools, "checklista"), m("ovning")] }  // body links
            for t in targets { referrers[t, default: []].insert(d.id) }
        }
        return Hub(config: HubConfig(title: "Testhubben", baseURL: baseURL), documents: docs, contentRoot: root,
                   referrers: referrers.mapValues { $0.sorted() })
    }
}
