import HubContent

/// What pages write to link a document, a tag or a region, escaped once for the whole site.
/// Fact boxes, related lists and rows link the same few thousand documents, tags and
/// regions tens of thousands of times: escaping a slug and a title for each link, and
/// hashing a tag to find its folder, cost more than the rest of the link.
///
/// A link's folder is written after the page's way back to the root (`Layout.appendHref`);
/// every piece was escaped by `HTML.escape`, and all of them lie in one buffer, so that
/// reading one costs no reference count.
struct LinkTable: Sendable {
    /// One link target: its folder (`methods/x/`, with `index.html` for bundles) and its
    /// text (the title or label), escaped.
    struct Entry: Sendable {
        var href: Range<Int>
        var text: Range<Int>
    }

    private(set) var bytes: [UInt8] = []
    /// By position in `hub.documents`.
    private(set) var documents: [Entry] = []
    /// By index in `SiteModel.tags` and `SiteModel.regions`.
    private(set) var tags: [Entry] = []
    private(set) var regions: [Entry] = []
    /// By document position: where its tags' indices in `tags` start in `documentTagIndices`
    /// (one more entry than documents). A tag with no page (`-1`) is written unlinked.
    private(set) var documentTagStart: [Int32] = []
    private(set) var documentTagIndices: [Int32] = []
    /// By document position: its region's index in `regions`, `-1` for none or no page.
    private(set) var documentRegion: [Int32] = []

    /// `tagStart`, `tagIndices` and `regionIndex` as `documentTagStart`, `documentTagIndices`
    /// and `documentRegion` hold them.
    init(documents docs: [Document], tags: [(label: String, slug: String)], regions: [(label: String, slug: String)],
         style: SiteOptions.LinkStyle, tagStart: [Int32], tagIndices: [Int32], regionIndex: [Int32]) {
        bytes.reserveCapacity(docs.count * 96)
        documents.reserveCapacity(docs.count)
        for i in docs.indices {
            documents.append(entry(folder: docs[i].id.kind.rawValue, slug: docs[i].id.slug, text: docs[i].title, style: style))
        }
        for t in tags { self.tags.append(entry(folder: "tags", slug: t.slug, text: t.label, style: style)) }
        for r in regions { self.regions.append(entry(folder: "regions", slug: r.slug, text: r.label, style: style)) }
        documentTagStart = tagStart
        documentTagIndices = tagIndices
        documentRegion = regionIndex
    }

    private mutating func entry(folder: String, slug: String, text: String, style: SiteOptions.LinkStyle) -> Entry {
        // Escaping is per byte: the folder's parts escaped one by one equal the whole escaped.
        let start = bytes.count
        HTML.escape(folder, into: &bytes)
        bytes.append(0x2F)
        HTML.escape(slug, into: &bytes)
        bytes.append(0x2F)
        if style == .indexFiles { bytes.append(contentsOf: "index.html".utf8) }
        let mid = bytes.count
        HTML.escape(text, into: &bytes)
        return Entry(href: start..<mid, text: mid..<bytes.count)
    }

    /// The tag indices of the document at position `p`.
    func tagIndices(ofDocument p: Int) -> ArraySlice<Int32> {
        documentTagIndices[Int(documentTagStart[p])..<Int(documentTagStart[p + 1])]
    }

    /// Appends a piece of the buffer (already escaped).
    @inline(__always)
    func write(_ r: Range<Int>, to h: inout HTML) {
        bytes.withUnsafeBufferPointer { h.markup(bytes: UnsafeBufferPointer(rebasing: $0[r])) }
    }
}
