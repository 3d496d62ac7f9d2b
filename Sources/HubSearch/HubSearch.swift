// SKELETON: the search stage (issue 5) fills these in: tokenizer, stemmers, index builder,
// shard writer. The API is fixed here so that the site can call it meanwhile.
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

/// Builds the prebuilt index under `search/`.
public enum SearchIndexBuilder {
    /// The manifest, term shards and document data for `inputs`, as files under `search/`.
    public static func build(_ inputs: [SearchInput], config: HubConfig) -> [SearchOutputFile] {
        []
    }

    /// The browser runtime files (`search/pilothub-search.js` …), copied as they are.
    public static func runtimeFiles() -> [SearchOutputFile] {
        []
    }
}
