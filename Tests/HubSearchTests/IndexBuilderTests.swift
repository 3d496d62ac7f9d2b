import Foundation
import HubContent
import Testing
@testable import HubSearch

@Suite("Index builder")
struct IndexBuilderTests {
    static let files = SearchIndexBuilder.build(SearchFixture.inputs, config: HubConfig())

    static func text(_ path: String) -> String? {
        files.first { $0.path == path }.map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    @Test("every file is a script under search/ that registers itself")
    func registers() {
        for f in Self.files {
            let s = String(decoding: f.bytes, as: UTF8.self)
            let name = (f.path as NSString).lastPathComponent.replacingOccurrences(of: ".js", with: "")
            #expect(f.path.hasPrefix("search/") && f.path.hasSuffix(".js"))
            #expect(s.hasPrefix("PilotHubSearch.register(\"\(name)\","))
            #expect(s.hasSuffix(");\n"))
        }
    }

    @Test("the manifest is small and lists the shards")
    func manifest() throws {
        let m = try #require(Self.text("search/manifest.js"))
        #expect(m.utf8.count < 400)
        #expect(m.contains("\"n\":\(SearchFixture.inputs.count)"))
    }

    @Test("compound parts and folded variants are terms of their documents")
    func terms() throws {
        let shards = Self.files.filter { $0.path.hasPrefix("search/t") }.map { String(decoding: $0.bytes, as: UTF8.self) }.joined()
        #expect(shards.contains("[\"diskkryptering\","))
        #expect(shards.contains("[\"kryptering\",2,"))   // the tool, and the method via diskkryptering
        #expect(shards.contains("[\"brandvagg\","))
        #expect(shards.contains("[\"brandvägg\","))
        #expect(!shards.contains("[\"och\","))          // stop words are not indexed
    }

    @Test("shards are cut by prefix when they grow past the target size")
    func sharding() {
        var options = SearchIndexOptions()
        options.shardTargetBytes = 300
        let files = SearchIndexBuilder.build(SearchFixture.inputs, config: HubConfig(), options: options)
        let shards = files.filter { $0.path.hasPrefix("search/t") }
        #expect(shards.count > 5)
        // Every shard but single-prefix ones that cannot be split further stays near the target.
        let big = shards.filter { $0.bytes.count > 3 * 300 }
        #expect(big.count <= 2, "\(big.map(\.path))")
    }

    @Test("document data keeps anchors, headings and clipped text")
    func documents() throws {
        let all = Self.files.filter { $0.path.hasPrefix("search/d-") }.map { String(decoding: $0.bytes, as: UTF8.self) }.joined()
        #expect(all.contains("[\"efter-incidenten\",\"Efter incidenten\","))
        #expect(all.contains("\\u003c3 dagar"))  // no raw `<` in a script file
    }

    @Test("huge and empty inputs build without crashing")
    func robustness() {
        let big = String(repeating: "säkerhetskopiering incidenthantering 3-2-1 ", count: 2000)
        let inputs = [
            SearchFixture.input(.pages, "empty", "", details: .page, sections: []),
            SearchFixture.input(.pages, "big", big, details: .page, sections: [SearchFixture.section("Rubrik", "rubrik", big)]),
        ]
        let files = SearchIndexBuilder.build(inputs, config: HubConfig())
        #expect(files.contains { $0.path == "search/manifest.js" })
        #expect(SearchIndexBuilder.build([], config: HubConfig()).contains { $0.path == "search/manifest.js" })
    }
}
