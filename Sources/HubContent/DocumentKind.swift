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

    /// The kind whose folder name (raw value) is `bytes`, as `init(rawValue:)` finds it from
    /// a string: for the link checker, which asks for every link of every document.
    init?(folder bytes: UnsafeBufferPointer<UInt8>) {
        let names = DocumentKind.folderNames
        for k in 0..<names.count where names[k].count == bytes.count {
            let name = names[k]
            var i = 0
            while i < bytes.count && name[i] == bytes[i] { i += 1 }
            if i == bytes.count { self = DocumentKind.folderKinds[k]; return }
        }
        return nil
    }

    /// The folder names as bytes, and their kinds, in the order of `allCases` (made once:
    /// `allCases` is a new array at every use).
    static let folderNames: [[UInt8]] = allCases.map { Array($0.rawValue.utf8) }
    static let folderKinds: [DocumentKind] = allCases

    /// The position in `allCases`, which is the order of kinds. A switch, not a search of
    /// `allCases`: every sort of documents compares kinds thousands of times.
    var ordinal: Int {
        switch self {
        case .projects: 0
        case .methods: 1
        case .tools: 2
        case .lessons: 3
        case .meetings: 4
        case .organisations: 5
        case .pages: 6
        }
    }

    public static func < (a: DocumentKind, b: DocumentKind) -> Bool {
        a.ordinal < b.ordinal
    }

    /// Hashes the case, not the raw value: the default for a `RawRepresentable` hashes the
    /// folder name as a string, which doubled the cost of every `DocumentID` lookup.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(UInt8(truncatingIfNeeded: ordinal))
    }
}
