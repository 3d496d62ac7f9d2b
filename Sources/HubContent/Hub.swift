/// The whole validated content: configuration, every document sorted by id, and the
/// reverse links computed from references (never written twice by authors).
public struct Hub: Sendable {
    public var config: HubConfig
    /// Sorted by `id`, so that everything built from it is deterministic.
    public private(set) var documents: [Document]
    /// Absolute path of the content folder the hub was loaded from.
    public var contentRoot: String
    private var index: [DocumentID: Int]
    /// Where each kind's documents lie in `documents` (sorting by id keeps a kind together).
    private var kindRanges: [DocumentKind: Range<Int>]
    /// For each document, the documents that refer to it (any field or body link), sorted.
    public var referrers: [DocumentID: [DocumentID]]

    public init(config: HubConfig, documents: [Document], contentRoot: String, referrers: [DocumentID: [DocumentID]] = [:]) {
        // A stable sort leaves a list already in order as it is, so one that is (the
        // loader's) skips it: sorting moves whole documents, each many references.
        let inOrder = documents.indices.dropFirst().allSatisfy { !(documents[$0].id < documents[$0 - 1].id) }
        self.init(config: config, sortedDocuments: inOrder ? documents : documents.sorted { $0.id < $1.id },
                  contentRoot: contentRoot, referrers: referrers)
    }

    /// `documents` must be sorted by id.
    init(config: HubConfig, sortedDocuments documents: [Document], contentRoot: String, referrers: [DocumentID: [DocumentID]]) {
        self.config = config
        self.documents = documents
        self.contentRoot = contentRoot
        var index: [DocumentID: Int] = [:]
        index.reserveCapacity(documents.count)
        var ranges: [DocumentKind: Range<Int>] = [:]
        // By position, not `for d in documents`: that copies each document to read its id.
        for i in documents.indices {
            let id = documents[i].id
            index[id] = i
            ranges[id.kind] = (ranges[id.kind]?.lowerBound ?? i)..<(i + 1)
        }
        self.index = index
        self.kindRanges = ranges
        self.referrers = referrers
    }

    public subscript(id: DocumentID) -> Document? {
        index[id].map { documents[$0] }
    }

    /// The documents of one kind, sorted by slug: a slice, not a copy, because pages ask
    /// for it while thousands of them render.
    public func documents(of kind: DocumentKind) -> ArraySlice<Document> {
        kindRanges[kind].map { documents[$0] } ?? []
    }

    /// Documents of `kind` that refer to `id` (e.g. the lessons that used a method).
    public func referrers(of id: DocumentID, kind: DocumentKind) -> [Document] {
        (referrers[id] ?? []).filter { $0.kind == kind }.compactMap { self[$0] }
    }
}
