import Foundation
import HubContent
import HubFrontMatter
import HubMarkdown
@testable import HubSearch

/// The search inputs of a content folder. Uses ContentLoader and Markdown when they deliver;
/// while either is still a skeleton on this branch, reads the files itself with the front-matter
/// parser and splits sections at ATX headings, so the ranking tests can run meanwhile.
enum ContentInputs {
    static func load(_ dir: String) -> (inputs: [SearchInput], config: HubConfig, via: String) {
        let (hub, _) = ContentLoader.load(contentDirectory: dir)
        var docs = hub?.documents ?? []
        var via = "ContentLoader"
        if docs.isEmpty {
            docs = readDocuments(dir)
            via = "fallback reader (ContentLoader is a skeleton here)"
        }
        var inputs: [SearchInput] = []
        for d in docs where !d.draft {
            let sections = Markdown.parse(d.body).sections
            inputs.append(SearchInput(document: d, url: "\(d.kind.rawValue)/\(d.slug)/", sections: sections))
        }
        return (inputs, hub?.config ?? HubConfig(), via)
    }

    static func readDocuments(_ dir: String) -> [Document] {
        let fm = FileManager.default
        var out: [Document] = []
        for kind in DocumentKind.allCases {
            let folder = dir + "/" + kind.rawValue
            guard let names = try? fm.contentsOfDirectory(atPath: folder) else { continue }
            for name in names.sorted() {
                var path = folder + "/" + name
                var slug = name
                if name.hasSuffix(".md") { slug = String(name.dropLast(3)) } else {
                    path += "/index.md"
                    if !fm.fileExists(atPath: path) { continue }
                }
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
                if let d = document(text, kind: kind, slug: slug, path: path) { out.append(d) }
            }
        }
        return out
    }

    static func document(_ text: String, kind: DocumentKind, slug: String, path: String) -> Document? {
        let parsed = FrontMatter.parseDocument(text, path: path)
        var map: [String: YAMLValue] = [:]
        if case .map(let entries)? = parsed.fields?.value { for e in entries { map[e.key] = e.value.value } }
        func str(_ k: String) -> String? {
            switch map[k] {
            case .string(let s)?: return s
            case .int(let i)?: return String(i)
            case .double(let d)?: return String(d)
            case .date(let d)?: return d.iso
            default: return nil
            }
        }
        func list(_ k: String) -> [String] {
            switch map[k] {
            case .list(let l)?:
                return l.compactMap { if case .string(let s) = $0.value { return s }; if case .int(let i) = $0.value { return String(i) }; return nil }
            case .string(let s)?: return [s]
            default: return []
            }
        }
        func date(_ v: YAMLValue?) -> ContentDate? {
            switch v {
            case .date(let d)?: return ContentDate(year: d.year, month: d.month, day: d.day)
            case .timestamp(let t)?: return ContentDate(year: t.date.year, month: t.date.month, day: t.date.day)
            default: return nil
            }
        }
        func ids(_ k: String, _ kind: DocumentKind) -> [DocumentID] {
            list(k).map { DocumentID(kind: kind, slug: $0.split(separator: "/").last.map(String.init) ?? $0) }
        }
        guard let title = str("title") else { return nil }
        let details: KindDetails
        switch kind {
        case .methods:
            details = .method(MethodDetails(format: str("format"), level: str("level"), audience: list("audience"), duration: str("duration"),
                                            tools: ids("tools", .tools), projects: ids("projects", .projects)))
        case .tools: details = .tool(ToolDetails(type: str("type"), license: str("license"), url: str("url"), file: str("file")))
        case .lessons:
            details = .lesson(LessonDetails(project: str("project").map { DocumentID(kind: .projects, slug: $0.split(separator: "/").last.map(String.init) ?? $0) },
                                            methods: ids("methods", .methods), tools: ids("tools", .tools), outcome: str("outcome")))
        case .projects:
            var start: ContentDate?
            if case .map(let p)? = map["period"] { start = date(p.first { $0.key == "start" }?.value.value) }
            details = .project(ProjectDetails(owner: str("owner"), partners: list("partners"), periodStart: start))
        case .meetings: details = .meeting(MeetingDetails(place: str("place")))
        case .organisations: details = .organisation
        case .pages: details = .page
        }
        var draft = false
        if case .bool(let b)? = map["draft"] { draft = b }
        return Document(id: DocumentID(kind: kind, slug: slug), sourcePath: path, title: title, summary: str("summary"),
                        date: date(map["date"]), lang: str("lang") ?? "sv", tags: list("tags"), region: str("region"),
                        sector: list("sector"), draft: draft, body: parsed.body, details: details)
    }
}
