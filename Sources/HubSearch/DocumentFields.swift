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

    init(_ input: borrowing SearchInput, projectTitles: [String: String]) {
        self.init(document: input.document, url: input.url, sections: input.sections, projectTitles: projectTitles)
    }

    /// The document is borrowed and read in place: a copy of a `Document` costs a
    /// reference-count update per field, for each of thousands of documents.
    init(document: borrowing Document, url: String, sections markdownSections: [MarkdownSection], projectTitles: [String: String]) {
        self.init(document: document, url: url, sectionTexts: markdownSections.map { MarkdownSection.UTF8Text(heading: $0.heading, text: Array($0.text.utf8)) },
                  projectTitles: projectTitles)
    }

    init(document: borrowing Document, url: String, sectionTexts markdownSections: [MarkdownSection.UTF8Text], projectTitles: [String: String]) {
        self.url = url
        title = document.title
        kind = document.kind.rawValue
        lang = StemLanguage(code: document.lang)
        summary = document.summary ?? ""
        tags = document.tags
        // Section text may still be Markdown source (link destinations, emphasis): index and
        // excerpt its plain text.
        sections = markdownSections.map {
            Section(anchor: $0.heading?.id ?? "", heading: $0.heading?.text ?? "", text: $0.text.withUnsafeBufferPointer { MarkdownPlainText.plain(bytes: $0) })
        }
        var meta: [String] = []
        if let r = document.region { meta.append(r) }
        meta += document.sector
        var format: [String] = [], level: [String] = [], projects: [String] = []
        var year = document.date?.year
        func projectName(_ id: DocumentID) -> String { projectTitles[id.description] ?? id.slug }
        switch document.details {
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
            projects = [document.title]
            if year == nil { year = p.periodStart?.year }
            if let o = p.owner { meta.append(o) }
        case .meeting(let m):
            if let place = m.place { meta.append(place) }
        default:
            break
        }
        meta += format + level
        self.meta = meta
        let uniq = Self.uniqueSorted
        facets = [
            [kind], uniq(document.tags), uniq(document.region.map { [$0] } ?? []), uniq(document.sector), uniq(format), uniq(level),
            uniq(projects), year.map { [String($0)] } ?? [],
        ]
    }

    /// The non-empty values of `a`, each once (by `String` equality, the first spelling kept,
    /// as a `Set` keeps it), sorted: `Array(Set(a.filter { !$0.isEmpty })).sorted()`. A facet
    /// holds a few values, so duplicates are found by comparing with those kept, with no
    /// hashing; distinct values have one sorted order, whatever order they come in.
    static func uniqueSorted(_ a: [String]) -> [String] {
        // Most facets hold one value or none.
        if a.count < 2 { return a.first.map { $0.isEmpty ? [] : [$0] } ?? [] }
        if a.count > 32 { return Array(Set(a.filter { !$0.isEmpty })).sorted() }
        var kept: [String] = []
        kept.reserveCapacity(a.count)
        for v in a where !v.isEmpty && !kept.contains(v) { kept.append(v) }
        return kept.sorted()
    }
}
