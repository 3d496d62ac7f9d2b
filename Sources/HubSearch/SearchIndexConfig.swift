/// The indexed fields, in the order the weights below use.
public enum SearchField: Int, Sendable, CaseIterable {
    case title, summary, tags, headings, body, meta
}

/// Tunables of the index: field weights (BM25F), shard and chunk sizes, excerpt text kept.
public struct SearchIndexOptions: Sendable {
    /// BM25F weight per field (title, summary, tags, headings, body, meta). The title says
    /// what a page is about; tags are chosen by editors; body words are many and weak.
    public var weights: [Double] = [10, 4, 5, 3, 1, 2]
    /// BM25F length normalisation per field.
    public var b: [Double] = [0.3, 0.5, 0.3, 0.5, 0.75, 0.3]
    /// BM25 saturation.
    public var k1: Double = 1.2
    /// Weight of a compound part (`kryptering` inside `diskkryptering`) against a whole word.
    public var partWeight: Double = 0.5
    /// A term shard is split by a longer prefix when its file would exceed this many bytes.
    public var shardTargetBytes: Int = 24_000
    /// Documents per document-data file (loaded for the results shown).
    public var docsPerChunk: Int = 3
    /// Text kept per section for excerpts, and per document, in Unicode scalars.
    public var excerptSectionChars: Int = 320
    public var excerptDocumentChars: Int = 1_100
    /// Quantisation of the precomputed term scores (score × this, rounded).
    public var scoreScale: Double = 50

    public init() {}
}
