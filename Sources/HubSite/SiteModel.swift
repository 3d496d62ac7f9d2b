import HubContent
import HubDiagnostics

/// Everything every page needs to know about the whole site, computed once before the
/// pages render in parallel: lookups from content paths to pages, taxonomy folders,
/// attachments, navigation. Immutable and `Sendable`, so renderers share it freely.
///
/// A class: every page's `Layout` and renderer holds it, and copying a struct of twenty
/// collections would update as many reference counts, on storage all threads share.
/// `@unchecked` only because `pageShells` is assigned at the end of `init` (the shells
/// are built from the finished model); nothing writes it afterwards.
public final class SiteModel: @unchecked Sendable {
    public let hub: Hub
    public let options: SiteOptions
    public let links: SiteLinks
    /// The base URL from the options or `hub.yml`, normalized to end in `/`.
    public let baseURL: String?
    /// `methods/x.md` / `methods/x/index.md` → the document.
    public var bySourcePath: [String: DocumentID] { sourcePositions.mapValues { hub.documents[$0].id } }
    /// `methods/x.md` / `methods/x/index.md` → the document's position in `hub.documents`.
    let sourcePositions: [String: Int]
    /// By position in `hub.documents`: the URL of its page relative to the root
    /// (`links.url(ofDirectory: SiteLinks.pageDirectory(id))`), made once for every link to it.
    let pageURLs: [String]
    /// `pageURLs` as linked from one and from two folders deep (`../` and `../../` before
    /// each): every link to a document from a document page is one of these, made once.
    let pageHrefs: [[String]]
    /// `sourcePositions` for the ASCII paths, looked up by bytes (`BodyLinks.fastResolution`).
    let sourceTable: PathTable
    /// Content-relative attachment path (`tools/x/plan.pdf`) → output-relative path.
    public let attachmentOutput: [String: String]
    /// Attachments to copy: content-relative source → output-relative destination, sorted.
    public let attachmentCopies: [AttachmentCopy]
    /// The same copies grouped by document.
    public let attachmentsByDocument: [DocumentID: [AttachmentCopy]]
    /// Tag → folder name, region → folder name.
    public let tagSlugs: [String: String]
    public let regionSlugs: [String: String]
    /// Tags and regions with the documents carrying them, sorted by collation.
    public let tags: [(label: String, documents: [DocumentID])]
    public let regions: [(label: String, documents: [DocumentID])]
    /// Kinds with at least one document, in navigation order.
    public let navKinds: [DocumentKind]
    /// Free pages (about, accessibility statement) linked from every footer, by title.
    public let footerPages: [Document]
    /// Organisation document by title: meeting pages link the organisations they name.
    public let organisationsByTitle: [String: DocumentID]
    /// Search runtime scripts to load on every page, in order, relative to the root.
    public let searchScripts: [String]
    /// Problems found while building the model (unsafe slugs and attachments).
    public let diagnostics: [Diagnostic]
    /// Document id → its position in `hub.documents`, to ask whether one exists (and where)
    /// without copying it out of the hub.
    let documentIndex: [DocumentID: Int]
    /// Each document's place in `Collation.less` order of titles, by position in
    /// `hub.documents`; equal titles share a rank. Pages sort by it instead of comparing
    /// collation keys, which cost a lowercasing each.
    let titleRanks: [Int]
    /// By position in `hub.documents`: the positions of the documents that refer to it
    /// (`hub.referrers`), in id order. Fact boxes group and exclude these by position, with
    /// no set of ids hashed per page.
    let referrerPositions: [[Int]]
    /// By position in `hub.documents`: whether its slug can be a folder (`SiteSlug.isSafeComponent`),
    /// asked by every page that lists documents.
    let safeSlugs: [Bool]
    /// `tags` and `regions` with their documents' positions in `hub.documents` instead of ids.
    let tagPositions: [[Int]]
    let regionPositions: [[Int]]
    /// Every document's, tag's and region's link pieces, escaped once (see `LinkTable`).
    let linkTable: LinkTable
    /// The page frame per root (`./`, `../`, `../../`) and language, built once for all pages.
    private(set) var pageShells: [PageShell] = []

    /// Navigation order: what promoters look for first.
    public static let kindOrder: [DocumentKind] = [.methods, .tools, .lessons, .projects, .meetings, .organisations]

    public init(hub: Hub, options: SiteOptions, searchRuntimePaths: [String] = []) {
        self.hub = hub
        self.options = options
        self.links = SiteLinks(style: options.linkStyle)
        var base = options.baseURL ?? hub.config.baseURL.map(SiteOptions.normalizedBase)
        if let b = base, !SiteOptions.isValidBaseURL(b) { base = nil }
        self.baseURL = base

        // Parts that need only the documents are made on other cores while this one walks
        // the documents below: the model is built before any page renders, so all of it is
        // on the build's critical path.
        let docs = hub.documents
        let links = self.links
        let urlsWork = Background { () -> [[String]] in
            let urls = docs.indices.map { links.url(ofDirectory: SiteLinks.pageDirectory(docs[$0].id)) }
            return [urls, urls.map { "../" + $0 }, urls.map { "../../" + $0 }]
        }
        let ranksWork = Background { SiteModel.ranks(docs.indices.map { docs[$0].title }) }
        let referrersWork = Background { () -> (index: [DocumentID: Int], positions: [[Int]]) in
            var index: [DocumentID: Int] = [:]
            index.reserveCapacity(docs.count)
            for i in docs.indices { index[docs[i].id] = i }
            // Documents are sorted by id, so positions keep the referrers' id order.
            let positions = docs.indices.map { i in (hub.referrers[docs[i].id] ?? []).compactMap { index[$0] } }
            return (index, positions)
        }
        var diags: [Diagnostic] = []
        var bySource: [String: Int] = [:]
        var attOut: [String: String] = [:]
        var copies: [AttachmentCopy] = []
        // Tags and regions in the order first seen, with their documents (in id order, as the
        // documents are) and, per document, the ones it carries: one lookup per tag of each
        // document, here, instead of one per tag on every page that links it.
        var tagSeen = Terms(), regionSeen = Terms()
        var docTagStart: [Int32] = [], docTags: [Int32] = [], docRegion: [Int32] = []
        // Fields read in place (`docs[i].x`): a copy of a whole document costs a retain per field.
        bySource.reserveCapacity(docs.count)
        docTagStart.reserveCapacity(docs.count + 1)
        docRegion.reserveCapacity(docs.count)
        var safe: [Bool] = []
        safe.reserveCapacity(docs.count)
        for i in docs.indices {
            let id = docs[i].id, sourcePath = docs[i].sourcePath
            bySource[sourcePath] = i
            docTagStart.append(Int32(docTags.count))
            docRegion.append(-1)
            safe.append(SiteSlug.isSafeComponent(id.slug))
            guard safe[i] else {
                diags.append(.error("unsafe-slug", at: SourceLocation(path: sourcePath, line: 1),
                                    sv: "slugen '\(id.slug)' kan inte bli ett mappnamn (snedstreck, punkter eller styrtecken)",
                                    en: "the slug '\(id.slug)' cannot be a folder name (slashes, dots or control characters)"))
                continue
            }
            for t in docs[i].tags { docTags.append(tagSeen.add(t, id, i)) }
            if let r = docs[i].region { docRegion[i] = regionSeen.add(r, id, i) }
            guard sourcePath.hasSuffix("/index.md") || sourcePath == "index.md" else { continue }
            let folder = String(sourcePath.dropLast("index.md".count))
            let pageDir = SiteLinks.pageDirectory(id)
            for att in docs[i].attachments {
                guard ContentPath.isSafeAttachmentName(att), att != "index.html" else {
                    diags.append(.error("unsafe-attachment", at: SourceLocation(path: sourcePath, line: 1),
                                        sv: "bilagan '\(att)' ligger utanför dokumentets mapp eller har ett otillåtet namn",
                                        en: "the attachment '\(att)' lies outside the document's folder or has a forbidden name"))
                    continue
                }
                attOut[folder + att] = pageDir + att
                copies.append(AttachmentCopy(document: id, sourcePath: folder + att, outputPath: pageDir + att))
            }
        }
        self.sourcePositions = bySource
        self.sourceTable = PathTable(docs.indices.map { (docs[$0].sourcePath, $0) })
        self.attachmentOutput = attOut
        self.attachmentCopies = copies.sorted { $0.outputPath < $1.outputPath }
        self.attachmentsByDocument = Dictionary(grouping: self.attachmentCopies, by: \.document)
        docTagStart.append(Int32(docTags.count))
        self.safeSlugs = safe
        let tagSlugs = SiteSlug.assign(tagSeen.labels), regionSlugs = SiteSlug.assign(regionSeen.labels)
        self.tagSlugs = tagSlugs
        self.regionSlugs = regionSlugs
        // Documents were visited in id order, so each term's list is sorted already.
        let tagOrder = tagSeen.collated(), regionOrder = regionSeen.collated()
        self.tags = tagOrder.order.map { (tagSeen.labels[$0], tagSeen.documents[$0]) }
        self.regions = regionOrder.order.map { (regionSeen.labels[$0], regionSeen.documents[$0]) }
        self.tagPositions = tagOrder.order.map { tagSeen.positions[$0] }
        self.regionPositions = regionOrder.order.map { regionSeen.positions[$0] }
        for k in docTags.indices { docTags[k] = tagOrder.rank[Int(docTags[k])] }
        for k in docRegion.indices where docRegion[k] >= 0 { docRegion[k] = regionOrder.rank[Int(docRegion[k])] }
        let present = Set(docs.indices.map { docs[$0].kind })
        self.navKinds = SiteModel.kindOrder.filter { present.contains($0) }
        self.footerPages = hub.documents(of: .pages).filter { SiteSlug.isSafeComponent($0.slug) }
            .sorted { Collation.less($0.title, $1.title) }
        var byTitle: [String: DocumentID] = [:]
        for o in hub.documents(of: .organisations) where byTitle[o.title] == nil { byTitle[o.title] = o.id }
        self.organisationsByTitle = byTitle
        let wanted = ["search/pilothub-stemmers.js", "search/pilothub-search.js", "search/pilothub-search-ui.js"]
        let available = Set(searchRuntimePaths)
        self.searchScripts = wanted.filter { available.contains($0) }
        self.diagnostics = diags
        self.linkTable = LinkTable(documents: docs, tags: tags.map { ($0.label, tagSlugs[$0.label]!) },
                                   regions: regions.map { ($0.label, regionSlugs[$0.label]!) }, style: links.style,
                                   tagStart: docTagStart, tagIndices: docTags, regionIndex: docRegion)
        let referrers = referrersWork.wait()
        self.documentIndex = referrers.index
        self.referrerPositions = referrers.positions
        self.titleRanks = ranksWork.wait()
        let urls = urlsWork.wait()
        self.pageURLs = urls[0]
        self.pageHrefs = urls
        // Pages are at most two folders deep (`methods/x/`, `tags/x/`).
        var shells: [PageShell] = []
        for root in ["./", "../", "../../"] {
            for lang in ["sv", "en"] { shells.append(PageShell(layout: Layout(site: self, directory: "", lang: lang, root: root))) }
        }
        self.pageShells = shells
    }

    /// Tags (or regions) in the order first seen, with their documents.
    private struct Terms {
        var index: [String: Int32] = [:]
        var labels: [String] = []
        var documents: [[DocumentID]] = []
        var positions: [[Int]] = []

        /// Records the document `id` at position `p` under `label`; the label's index in first-seen order.
        mutating func add(_ label: String, _ id: DocumentID, _ p: Int) -> Int32 {
            if let k = index[label] {
                documents[Int(k)].append(id)
                positions[Int(k)].append(p)
                return k
            }
            let k = Int32(labels.count)
            index[label] = k
            labels.append(label)
            documents.append([id])
            positions.append([p])
            return k
        }

        /// The first-seen indices in `Collation.less` order of labels, and each one's place in it.
        func collated() -> (order: [Int], rank: [Int32]) {
            // `Collation.less` with each label's key made once, not once per comparison.
            let keys = labels.map(Collation.key)
            let order = labels.indices.sorted { i, j in
                keys[i] != keys[j] ? keys[i].lexicographicallyPrecedes(keys[j]) : labels[i] < labels[j]
            }
            var rank = [Int32](repeating: 0, count: labels.count)
            for (r, k) in order.enumerated() { rank[k] = Int32(r) }
            return (order, rank)
        }
    }

    /// Whether the hub has a document with this id.
    func contains(_ id: DocumentID) -> Bool { documentIndex[id] != nil }

    /// The title rank of a document of the hub (see `titleRanks`).
    func titleRank(_ id: DocumentID) -> Int { documentIndex[id].map { titleRanks[$0] } ?? Int.max }

    /// Ranks in `Collation.less` order: equal keys and equal strings, equal rank.
    static func ranks(_ titles: [String]) -> [Int] {
        let keys = titles.map(Collation.key)
        let order = titles.indices.sorted { i, j in
            keys[i] != keys[j] ? keys[i].lexicographicallyPrecedes(keys[j]) : titles[i] < titles[j]
        }
        var ranks = [Int](repeating: 0, count: titles.count)
        var rank = 0
        for (k, i) in order.enumerated() {
            if k > 0, keys[order[k - 1]] != keys[i] || titles[order[k - 1]] != titles[i] { rank += 1 }
            ranks[i] = rank
        }
        return ranks
    }

    /// Strings for the site's own pages (listings, start page): the hub's default language.
    public var siteLang: String { hub.config.defaultLanguage == "en" ? "en" : "sv" }

    /// Whether feed and sitemap are written (they need absolute URLs).
    public var writesFeeds: Bool { baseURL != nil }
}

/// One attachment to copy next to its page.
public struct AttachmentCopy: Sendable, Hashable {
    public var document: DocumentID
    /// Relative to the content folder.
    public var sourcePath: String
    /// Relative to the output folder.
    public var outputPath: String
}
