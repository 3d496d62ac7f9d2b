@testable import PilotHub


/// A small hub built in code: one document of every kind, linked to each other, plus
/// an English lesson, so pages can be checked without the content loader.
enum Fixture {
    static let method = DocumentID(kind: .methods, slug: "behovsanalys")
    static let tool = DocumentID(kind: .tools, slug: "checklista")
    static let lesson = DocumentID(kind: .lessons, slug: "snabb-start")
    static let project = DocumentID(kind: .projects, slug: "cybersaker-vardag")
    static let org = DocumentID(kind: .organisations, slug: "almi")
    static let meeting = DocumentID(kind: .meetings, slug: "traff-2025")
    static let about = DocumentID(kind: .pages, slug: "om")

    static func hub(extra: [Document] = [], baseURL: String? = nil, contentRoot: String = "/nonexistent") -> Hub {
        var docs = [
            Document(id: method, sourcePath: "methods/behovsanalys.md", title: "Behovsanalys", summary: "Kartlägg behoven först.",
                     date: ContentDate(year: 2024, month: 3, day: 1), tags: ["riskanalys", "GDPR"], region: "Skåne",
                     sector: ["handel"],
                     body: "Gör så här.\n\n## Steg ett\n\nText.\n\n## Steg två\n\nMer.\n\n## Steg tre\n\nSlut.\n", bodyStartLine: 12,
                     details: .method(MethodDetails(format: "behovsanalys", level: "grund", audience: ["företagsledare"],
                                                    duration: "2 timmar", tools: [tool]))),
            Document(id: tool, sourcePath: "tools/checklista/index.md", title: "Checklista för säkerhet", summary: "En checklista.",
                     tags: ["riskanalys"], body: "Ladda ner [planen](plan.pdf).\n", attachments: ["plan.pdf"],
                     details: .tool(ToolDetails(type: "checklista", license: "CC BY 4.0", url: "https://example.se/", file: "plan.pdf",
                                                methods: [method]))),
            Document(id: lesson, sourcePath: "lessons/snabb-start.md", title: "A quick start works", summary: "Start small.",
                     date: ContentDate(year: 2025, month: 1, day: 10), lang: "en", tags: ["GDPR"], region: "Västra Götaland",
                     body: "We learned [much](../methods/behovsanalys.md#steg-ett).\n",
                     details: .lesson(LessonDetails(project: project, methods: [method], tools: [tool], outcome: "fungerade"))),
            Document(id: project, sourcePath: "projects/cybersaker-vardag.md", title: "Cybersäker vardag", summary: "Ett projekt.",
                     region: "Skåne",
                     details: .project(ProjectDetails(owner: "Almi Syd", ownerID: org, periodStart: ContentDate(year: 2024, month: 1, day: 1),
                                                      periodEnd: ContentDate(year: 2025, month: 6, day: 30), companies: 40, women: 12, men: 30,
                                                      methods: [method]))),
            Document(id: org, sourcePath: "organisations/almi.md", title: "Almi Syd", details: .organisation),
            Document(id: meeting, sourcePath: "meetings/traff-2025.md", title: "Erfarenhetsträff 2025",
                     date: ContentDate(year: 2025, month: 5, day: 20),
                     details: .meeting(MeetingDetails(place: "Malmö", agenda: [AgendaItem(time: "09.00", item: "Behovsanalys i praktiken", ref: method),
                                                                               AgendaItem(item: "Fika")],
                                                      organisations: ["Almi Syd"]))),
            Document(id: about, sourcePath: "pages/om.md", title: "Om hubben", body: "Om.\n", details: .page),
        ]
        docs += extra
        let referrers: [DocumentID: [DocumentID]] = [
            method: [lesson, meeting, project, tool],
            tool: [lesson, method],
            project: [lesson],
            org: [project],
        ]
        return Hub(config: HubConfig(title: "Testhubben", baseURL: baseURL), documents: docs, contentRoot: contentRoot,
                   referrers: referrers)
    }

    static func renderer(_ hub: Hub = hub(), options: SiteOptions = SiteOptions()) -> SiteRenderer {
        SiteRenderer(hub: hub, options: options, searchRuntimePaths: [])
    }
}
