import Foundation
import HubContent
import Testing
@testable import HubSearch

/// The index built from `SearchFixture` is committed under Tests/JS/fixture/ for the node tests.
/// This suite checks that the committed copy is what the builder writes today.
/// Regenerate with `PILOTHUB_UPDATE_FIXTURE=1 swift test --filter IndexFixtureTests`.
@Suite("Index fixture for the JS tests")
struct IndexFixtureTests {
    static let fixtureDir = NodeTests.packageRoot.appendingPathComponent("Tests/JS/fixture")

    static func expectedFiles() -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for f in SearchIndexBuilder.build(SearchFixture.inputs, config: HubConfig()) { files[f.path] = f.bytes }
        var j = JSONWriter()
        j.raw("[\n")
        for (i, text) in SearchFixture.tokenizerCases.enumerated() {
            if i > 0 { j.raw(",\n") }
            j.raw("[")
            j.string(text)
            j.raw(",")
            j.stringArray(SearchTokenizer.tokens(text))
            j.raw("]")
        }
        j.raw("\n]\n")
        files["tokens.json"] = j.bytes
        return files
    }

    @Test("the committed fixture index equals a fresh build")
    func fixtureIsCurrent() throws {
        let files = Self.expectedFiles()
        let fm = FileManager.default
        if ProcessInfo.processInfo.environment["PILOTHUB_UPDATE_FIXTURE"] == "1" {
            try? fm.removeItem(at: Self.fixtureDir)
            for (path, bytes) in files {
                let url = Self.fixtureDir.appendingPathComponent(path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: url)
            }
            print("fixture regenerated: \(files.count) files in \(Self.fixtureDir.path)")
        }
        var stale: [String] = []
        for (path, bytes) in files.sorted(by: { $0.key < $1.key }) {
            let data = fm.contents(atPath: Self.fixtureDir.appendingPathComponent(path).path)
            if data.map(Array.init) != bytes { stale.append(path) }
        }
        let committed = (try? fm.contentsOfDirectory(atPath: Self.fixtureDir.appendingPathComponent("search").path)) ?? []
        let extra = committed.filter { files["search/" + $0] == nil }
        #expect(stale.isEmpty && extra.isEmpty, "stale fixture files \(stale), extra \(extra): run PILOTHUB_UPDATE_FIXTURE=1 swift test --filter IndexFixtureTests")
    }

    @Test("pages prepared one by one, in any order, give the same index as the inputs built at once")
    func prepared() {
        let inputs = SearchFixture.inputs
        let titles = SearchIndexBuilder.projectTitles(inputs.map(\.document)) { _ in true }
        let pages = inputs.reversed().map {
            SearchIndexBuilder.prepare(document: $0.document, url: $0.url, sections: $0.sections, projectTitles: titles, config: HubConfig())
        }
        let files = SearchIndexBuilder.build(prepared: pages, config: HubConfig())
        #expect(files == SearchIndexBuilder.build(inputs, config: HubConfig()))
        #expect(files.count > 3)
    }

    @Test("the build is deterministic")
    func deterministic() {
        let a = SearchIndexBuilder.build(SearchFixture.inputs, config: HubConfig())
        let b = SearchIndexBuilder.build(SearchFixture.inputs.reversed(), config: HubConfig())
        #expect(a == b)
        #expect(a.contains { $0.path == "search/manifest.js" })
        #expect(a.contains { $0.path == "search/facets.js" })
    }

    @Test("runtimeFiles() returns the three scripts under search/")
    func runtime() {
        let files = SearchIndexBuilder.runtimeFiles()
        #expect(files.map(\.path) == ["search/pilothub-stemmers.js", "search/pilothub-search.js", "search/pilothub-search-ui.js"])
        #expect(files.allSatisfy { $0.bytes.count > 500 })
    }
}
