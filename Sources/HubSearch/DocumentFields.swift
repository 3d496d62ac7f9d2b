import HubContent
import HubMarkdown

/// The facet names, in the order the index stores them.
public let searchFacetNames = ["kind", "tags", "region", "sector", "format", "level", "project", "year"]

/// What the index keeps of one page: the texts of its fields, its sections with anchors, and
/// its facet values.
struct DocumentFields: Sendable {
    struct Section: Sendable {
        var anchor: String
        var heading: String
        /// The plain text, as UTF-8 (kept as bytes: the tokenizer and the excerpts read bytes,
        /// and a String would validate them once more).
        var text: [UInt8]
    }

    var url: String
    var title: String
    var kind: String
    var lang: StemLanguage
    var summary: String
    var tags: [String]
    var meta: [String]
    var sections: [Section]
    /// Values per facet, in `searchFacetNames` order.
    var facets: [[String]]

    /// `input` is borrowed, and its document read in place: a copy of a `Document` costs a
    /// reference-count update per field, for each of thousands of documents.
    init(_ input: borrowing SearchInput, projectTitles: [String: String]) {
        url = input.url
        title = input.document.title
        kind = input.document.kind.rawValue
        lang = StemLanguage(code: input.document.lang)
        summary = input.document.summary ?? ""
        tags = input.document.tags
        // Section text may still be Markdown source (link destinations, emphasis): index and
        // excerpt its plain text.
        sections = input.sections.map {
            var markdown = $0.text
            return Section(anchor: $0.heading?.id ?? "", heading: $0.heading?.text ?? "", text: markdown.withUTF8 { MarkdownPlainText.plain(bytes: $0) })
        }
        var meta: [String] = []
        if let r = input.document.region { meta.append(r) }
        meta += input.document.sector
        var format: [String] = [], level: [String] = [], projects: [String] = []
        var year = input.document.date?.year
        func projectName(_ id: DocumentID) -> String { projectTitles[id.description] ?? id.slug }
        switch input.document.details {
        case .method(let m):
            if let f = m.format { format = [f] }
            if let l = m.level { level = [l] }
            meta += m.audience
            projects = m.projects.map(projectName)
        case .tool(let t):
            if let ty = t.type { meta.append(ty) }
            projects = []
        case .lesson(let l):
            if let p = l.project { projects = [projectName(p)] }
            if let o = l.outcome { meta.append(o) }
        case .project(let p):
            projects = [input.document.title]
            if year == nil { year = p.periodStart?.year }
            if let o = p.owner { meta.append(o) }
        case .meeting(let m):
            if let place = m.place { meta.append(place) }
        default:
            break
        }
        meta += format + level
        self.meta = meta
        func uniq(_ a: [String]) -> [String] {
            // Most facets hold one value or none: no set needed.
            if a.count < 2 { return a.first.map { $0.isEmpty ? [] : [$0] } ?? [] }
            return Array(Set(a.filter { !$0.isEmpty })).sorted()
        }
        facets = [
            [kind], uniq(input.document.tags), uniq(input.document.region.map { [$0] } ?? []), uniq(input.document.sector), uniq(format), uniq(level),
            uniq(projects), year.map { [String($0)] } ?? [],
        ]
    }
}
