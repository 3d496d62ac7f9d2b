/// The whole validated content: configuration, every document sorted by id, and the
/// reverse links computed from references (never written twice by authors).
public struct Hub: Sendable {
    public var config: HubConfig
    /// Sorted by `id`, so that everything built from it is deterministic.
    public var documents: [Document]
    /// Absolute path of the content folder the hub was loaded from.
    public var contentRoot: String
    private var index: [DocumentID: Int]
    /// For each document, the documents that refer to it (any field or body link), sorted.
    public var referrers: [DocumentID: [DocumentID]]

    public init(config: HubConfig, documents: [Document], contentRoot: String, referrers: [DocumentID: [DocumentID]] = [:]) {
        self.config = config
        self.documents = documents.sorted { $0.id < $1.id }
        self.contentRoot = contentRoot
        var index: [DocumentID: Int] = [:]
        for (i, d) in self.documents.enumerated() { index[d.id] = i }
        self.index = index
        self.referrers = referrers
    }

    public subscript(id: DocumentID) -> Document? {
        index[id].map { documents[$0] }
    }

    public func documents(of kind: DocumentKind) -> [Document] {
        documents.filter { $0.kind == kind }
    }

    /// Documents of `kind` that refer to `id` (e.g. the lessons that used a method).
    public func referrers(of id: DocumentID, kind: DocumentKind) -> [Document] {
        (referrers[id] ?? []).filter { $0.kind == kind }.compactMap { self[$0] }
    }
}
