/// What the index build needs of one prepared page besides its tokens: made in the page's
/// job (`IndexBuilder.prepare`), so that the build, which waits for every page, does no work
/// per document that one page alone decides. The section texts are not kept: only their
/// excerpts, already written as JSON, are.
struct IndexedDocument: Sendable {
    var url: String
    var lang: StemLanguage
    /// The number of sections: a term found only outside the body links to one past the last.
    var sectionCount: Int
    /// Values per facet, in `searchFacetNames` order.
    var facets: [[String]]
    /// The document's entry in its document-data chunk (`IndexBuilder.documentEntry`).
    var entry: [UInt8]
}
