import Foundation
import PilotHub

/// Reads a content folder for the benchmark. Uses `ContentLoader` and `Markdown` when they
/// deliver; while those stages are still skeletons it falls back to a small reader of the
/// generated corpus (flat front-matter keys, block and flow lists), which is
/// enough to index the same words, sections and facets.
enum CorpusReader {
    static func inputs(contentDirectory: String) -> (inputs: [SearchInput], via: String) {
        let (hub, _) = ContentLoader.load(contentDirectory: contentDirectory)
        if let hub, !hub.documents.isEmpty {
            return (hub.documents.map(input), "ContentLoader")
        }
        return (fallback(contentDirectory), "fallback reader (ContentLoader is a skeleton)")
    }

    static func fallback(_ dir: String) -> [SearchInput] {
        let fm = FileManager.default
        var out: [SearchInput] = []
        for kind in DocumentKind.allCases {
            let folder = dir + "/" + kind.rawValue
            guard let names = try? fm.contentsOfDirectory(atPath: folder) else { continue }
            for name in names.sorted() where name.hasSuffix(".md") {
                guard let text = try? String(contentsOfFile: folder + "/" + name, encoding: .utf8) else { continue }
                let slug = String(name.dropLast(3))
                out.append(parse(text, kind: kind, slug: slug, path: folder + "/" + name))
            }
        }
        return out
    }

    static func unquote(_ s: Substring) -> String {
        var v = s.trimmingCharacters(in: .whitespaces)
        if v.count >= 2, (v.hasPrefix("\"") && v.hasSuffix("\"")) || (v.hasPrefix("'") && v.hasSuffix("'")) {
            v = String(v.dropFirst().dropLast())
        }
        return v
    }

    static func parse(_ text: String, kind: DocumentKind, slug: String, path: String) -> SearchInput {
        var scalars: [String: String] = [:]
        var lists: [String: [String]] = [:]
        var body = text
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") {
            var key: String?
            for line in lines[1..<end] {
                if line.hasPrefix("  - "), let k = key {
                    if !line.contains(": ") { lists[k, default: []].append(unquote(line.dropFirst(4))) }
                } else if !line.hasPrefix(" "), let colon = line.firstIndex(of: ":") {
                    let k = String(line[..<colon])
                    let v = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                    key = k
                    if v.hasPrefix("[") && v.hasSuffix("]") {
                        lists[k] = v.dropFirst().dropLast().split(separator: ",").map { unquote($0) }
                    } else if !v.isEmpty {
                        scalars[k] = unquote(Substring(v))
                    }
                }
            }
            body = lines[(end + 1)...].joined(separator: "\n")
        }
        func date(_ s: String?) -> ContentDate? {
            guard let p = s?.split(separator: "-"), p.count == 3, let y = Int(p[0]), let m = Int(p[1]), let d = Int(p[2]) else { return nil }
            return ContentDate(year: y, month: m, day: d)
        }
        let details: KindDetails
        switch kind {
        case .methods: details = .method(MethodDetails(format: scalars["format"], level: scalars["level"], audience: lists["audience"] ?? []))
        case .tools: details = .tool(ToolDetails(type: scalars["type"]))
        case .lessons:
            details = .lesson(LessonDetails(project: scalars["project"].map { DocumentID(kind: .projects, slug: $0) }, outcome: scalars["outcome"]))
        case .projects: details = .project(ProjectDetails(owner: scalars["owner"]))
        case .meetings: details = .meeting(MeetingDetails(place: scalars["place"]))
        case .organisations: details = .organisation
        case .pages: details = .page
        }
        let doc = Document(id: DocumentID(kind: kind, slug: slug), sourcePath: path, title: scalars["title"] ?? slug,
                           summary: scalars["summary"], date: date(scalars["date"]), lang: scalars["lang"] ?? "sv",
                           tags: lists["tags"] ?? [], region: scalars["region"], sector: lists["sector"] ?? [],
                           body: body, details: details)
        return input(doc)
    }

    /// A page with its sections cut at the headings the Markdown engine finds.
    static func input(_ d: Document) -> SearchInput {
        SearchInput(document: d, url: "\(d.kind.rawValue)/\(d.slug)/",
                    sections: Markdown.parse(d.body).sections)
    }
}
