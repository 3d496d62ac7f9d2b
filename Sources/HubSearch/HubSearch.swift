// The search stage: tokenizer, stemmers, decompounding, index builder, shard writer.
// The output format is described in Resources/README.txt.
import Foundation
import HubContent
import HubMarkdown

/// A file the search stage wants written, relative to the output root (`search/manifest.js`).
public struct SearchOutputFile: Sendable, Hashable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// One page to index.
public struct SearchInput: Sendable {
    public var document: Document
    /// The page's URL relative to the site root: `methods/x/` (web) or `methods/x/index.html` (bundle).
    public var url: String
    /// The body's heading sections (from the parsed Markdown); a heading's `id` is the anchor
    /// a result can jump to.
    public var sections: [MarkdownSection]

    public init(document: Document, url: String, sections: [MarkdownSection]) {
        self.document = document
        self.url = url
        self.sections = sections
    }
}

/// A page made ready for the index (`SearchIndexBuilder.prepare`): everything the index needs
/// of it that no other page decides, so that the build, which waits for every page, only
/// merges.
public struct PreparedSearchPage: Sendable {
    let document: IndexedDocument
    let tokens: IndexBuilder.DocTokens
}

/// Builds the prebuilt index under `search/`.
public enum SearchIndexBuilder {
    /// The manifest, term shards and document data for `inputs`, as files under `search/`.
    /// Files are sorted by path and byte-identical for the same input.
    public static func build(_ inputs: [SearchInput], config: HubConfig) -> [SearchOutputFile] {
        build(inputs, config: config, options: SearchIndexOptions())
    }

    /// As `build(_:config:)`, with tunables (field weights, shard and chunk sizes).
    public static func build(_ inputs: [SearchInput], config: HubConfig, options: SearchIndexOptions) -> [SearchOutputFile] {
        IndexBuilder(options: options, hubLanguage: StemLanguage(code: config.defaultLanguage)).build(inputs)
    }

    /// One page prepared for `build(prepared:config:)`: its token table, facet values and
    /// document-data entry (with the section excerpts).
    /// This is most of the index's work per page and needs no other page, so the site build
    /// does it in each page's job, on all cores, while the page's text is at hand.
    /// `projectTitles` holds every indexed project (`projectTitles(_:where:)`).
    public static func prepare(document: borrowing Document, url: String, sections: [MarkdownSection],
                               projectTitles: [String: String], config: HubConfig) -> PreparedSearchPage {
        IndexBuilder(options: SearchIndexOptions(), hubLanguage: StemLanguage(code: config.defaultLanguage))
            .prepare(DocumentFields(document: document, url: url, sections: sections, projectTitles: projectTitles))
    }

    /// `prepare` with the sections' texts as UTF-8 (`MarkdownDocument.sectionsUTF8`), as the
    /// site build has them: the same entry, without a `String` per section.
    public static func prepare(document: borrowing Document, url: String, sectionTexts: [MarkdownSection.UTF8Text],
                               projectTitles: [String: String], config: HubConfig) -> PreparedSearchPage {
        IndexBuilder(options: SearchIndexOptions(), hubLanguage: StemLanguage(code: config.defaultLanguage))
            .prepare(DocumentFields(document: document, url: url, sectionTexts: sectionTexts, projectTitles: projectTitles))
    }

    /// The titles of the projects among `documents` at the positions `include` accepts (the
    /// pages that are indexed), keyed as lessons and methods name them (`projects/x`).
    public static func projectTitles(_ documents: [Document], where include: (Int) -> Bool) -> [String: String] {
        var titles: [String: String] = [:]
        for i in documents.indices where documents[i].kind == .projects && include(i) {
            titles[documents[i].id.description] = documents[i].title
        }
        return titles
    }

    /// The same files as `build(_:config:)` gives for the pages `prepared` was made from,
    /// in any order.
    public static func build(prepared: [PreparedSearchPage], config: HubConfig) -> [SearchOutputFile] {
        IndexBuilder(options: SearchIndexOptions(), hubLanguage: StemLanguage(code: config.defaultLanguage)).build(prepared: prepared)
    }

    /// The names of the runtime files, in the order pages load them.
    public static let runtimeFileNames = ["pilothub-stemmers.js", "pilothub-search.js", "pilothub-search-ui.js"]

    /// The browser runtime files (`search/pilothub-search.js` …), as they are in
    /// Resources/: carried in the binary (`SearchRuntimeSource`), so a copied `pilothub`
    /// needs no resource folder beside it.
    public static func runtimeFiles() -> [SearchOutputFile] {
        runtimeFileNames.compactMap { name in
            SearchRuntimeSource.files.first { $0.name == name }.map { SearchOutputFile(path: "search/" + name, bytes: Array($0.text.utf8)) }
        }
    }
}
