import HubContent

/// The facets file: each facet's values and every document's.
extension IndexBuilder {
    /// One facet's values, sorted, and every document's as indices into them: document d's are
    /// `indices[starts[d] ..< starts[d + 1]]`.
    struct FacetColumn: Sendable {
        var values: [String]
        var indices: [Int]
        var starts: [Int]

        /// Facet `f` of `docs`: values are keyed as a `Set` keys them (the first spelling of
        /// equal strings kept), one lookup per document's value in a `ByteInterner` (String
        /// equality on the bytes, no `Hasher`).
        init(_ docs: [IndexedDocument], facet f: Int) {
            var ids = ByteInterner(capacity: 64)
            var first: [String] = []
            indices = []
            starts = [0]
            starts.reserveCapacity(docs.count + 1)
            for d in docs {
                for v in d.facets[f] {
                    let id = ids.intern(v)
                    if id == first.count { first.append(v) }
                    indices.append(id)
                }
                starts.append(indices.count)
            }
            let order = first.indices.sorted { first[$0] < first[$1] }
            var rank = [Int](repeating: 0, count: first.count)
            for (r, id) in order.enumerated() { rank[id] = r }
            for k in indices.indices { indices[k] = rank[indices[k]] }
            values = order.map { first[$0] }
        }
    }

    /// Facet values (`v`, per facet, sorted) and, per document, a string of varints: for each
    /// facet the number of values, then their indices. Facets, then chunks of documents, on
    /// every core.
    func writeFacets(_ docs: [IndexedDocument], into files: inout [SearchOutputFile]) {
        let columns = Array(searchFacetNames.indices).parallelMap { FacetColumn(docs, facet: $0) }
        var j = JSONWriter()
        j.raw("{\"f\":")
        j.stringArray(searchFacetNames)
        j.raw(",\"v\":[")
        for (i, c) in columns.enumerated() {
            if i > 0 { j.raw(",") }
            j.stringArray(c.values)
        }
        j.raw("],\"d\":[")
        let per = 512
        let chunks: [[UInt8]] = Array(stride(from: 0, to: docs.count, by: per)).parallelMap { first in
            var enc: [UInt8] = []
            for d in first..<min(first + per, docs.count) {
                enc += d == 0 ? [0x22] : [0x2C, 0x22]
                for c in columns {
                    IndexEncoding.appendVarint(c.starts[d + 1] - c.starts[d], to: &enc)
                    for k in c.starts[d]..<c.starts[d + 1] { IndexEncoding.appendVarint(c.indices[k], to: &enc) }
                }
                enc.append(0x22)
            }
            return enc
        }
        for c in chunks { j.bytes += c }
        j.raw("]}")
        files.append(Self.file("facets", j))
    }
}
