import Foundation
import HubContent
import HubMarkdown
import Testing
@testable import HubSearch

/// The sample hub (Content/) indexed and queried through the JS runtime with every query of
/// Resources/ranking-queries.json, each with its expected top result.
@Suite("Ranking on the sample content")
struct RankingTests {
    static let contentDir = NodeTests.packageRoot.appendingPathComponent("Content").path
    static let queriesURL = Bundle.module.bundleURL.appendingPathComponent("Resources/ranking-queries.json")
    static let hasContent = FileManager.default.fileExists(atPath: contentDir)
    static let hasQueries = FileManager.default.fileExists(atPath: queriesURL.path)

    @Test("every ranking query finds its expected top result",
          .enabled(if: hasContent, "Content/ is not in this checkout yet: ranking tests skipped"),
          .enabled(if: hasQueries, "Tests/HubSearchTests/Resources/ranking-queries.json is missing: ranking tests skipped"),
          .enabled(if: NodeTests.nodePath() != nil, "node is not installed: ranking tests skipped"))
    func ranking() throws {
        let (inputs, config, via) = ContentInputs.load(Self.contentDir)
        print("ranking: \(inputs.count) documents from Content/ via \(via)")
        #expect(inputs.count >= 10, "Content/ gave \(inputs.count) documents")
        // PILOTHUB_RANKING_SITE=dir keeps the built index there, for looking into a ranking.
        let keep = ProcessInfo.processInfo.environment["PILOTHUB_RANKING_SITE"]
        let site = keep.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("pilothub-ranking-\(UUID().uuidString)")
        defer { if keep == nil { try? FileManager.default.removeItem(at: site) } }
        for f in SearchIndexBuilder.build(inputs, config: config) + SearchIndexBuilder.runtimeFiles() {
            let url = site.appendingPathComponent(f.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(f.bytes).write(to: url)
        }
        let (status, output) = try NodeTests.runNode(["Tests/JS/ranking-check.js", site.path, Self.queriesURL.path])
        print(output)
        #expect(status == 0, "ranking queries failed:\n\(output)")
    }
}
