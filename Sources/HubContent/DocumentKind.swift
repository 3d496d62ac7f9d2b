/// The kinds of document in `Content/`; the raw value is the folder name, which is
/// also the first part of a reference (`methods/behovsanalys`) and of the page URL.
public enum DocumentKind: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case projects, methods, tools, lessons, meetings, organisations, pages

    /// `project`, `method` … as written after `pilothub new`.
    public var singular: String {
        switch self {
        case .projects: "project"
        case .methods: "method"
        case .tools: "tool"
        case .lessons: "lesson"
        case .meetings: "meeting"
        case .organisations: "organisation"
        case .pages: "page"
        }
    }

    /// Accepts the folder name or the singular (`methods`, `method`).
    public init?(name: String) {
        let n = name.lowercased()
        if let k = DocumentKind(rawValue: n) { self = k; return }
        if let k = DocumentKind.allCases.first(where: { $0.singular == n }) { self = k; return }
        return nil
    }

    public static func < (a: DocumentKind, b: DocumentKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
