import Testing
import HubContent
@testable import HubSite

@Suite("Bundle selection")
struct BundleSelectionTests {
    let hub = OfflineFixture.hub
    func slugs(_ scope: BundleScope) throws -> [String] {
        try BundleSelection.select(scope, in: hub).get().documents.map(\.description)
    }

    @Test("a meeting takes its agenda's documents and what they refer to, one level deeper")
    func meeting() throws {
        // Agenda: behovsanalys, l1. behovsanalys -> checklista; l1 -> beta, coachning, mall.
        // Not two levels: beta's methods stay out unless reached otherwise.
        #expect(try slugs(.meeting("traff-1")) == [
            "projects/beta", "methods/behovsanalys", "methods/coachning", "tools/checklista", "tools/mall",
            "lessons/l1", "meetings/traff-1",
        ])
    }

    @Test("a project takes its owner, methods, lessons and their tools")
    func project() throws {
        #expect(try slugs(.project("alfa")) == [
            "projects/alfa", "methods/behovsanalys", "methods/ovning", "tools/checklista", "lessons/l2", "organisations/sps",
        ])
        #expect(try slugs(.project("beta")) == [
            "projects/beta", "methods/behovsanalys", "methods/coachning", "tools/checklista", "tools/mall", "lessons/l1",
        ])
    }

    @Test("a tag takes every document with it, whatever its case")
    func tag() throws {
        #expect(try slugs(.tag("NIS2")) == ["projects/alfa", "projects/gamma", "methods/behovsanalys", "meetings/traff-1"])
    }

    @Test("an unknown slug or tag fails with a suggestion")
    func unknown() {
        guard case .failure(let f) = BundleSelection.select(.meeting("traff-2"), in: hub) else { Issue.record("no failure"); return }
        #expect(f.suggestion == "traff-1")
        guard case .failure(let g) = BundleSelection.select(.tag("nis"), in: hub) else { Issue.record("no failure"); return }
        #expect(g.suggestion == "nis2")
    }

    @Test("everything takes every document; the handbook none")
    func wholeAndHandbook() throws {
        #expect(try slugs(.everything).count == hub.documents.count)
        #expect(try slugs(.handbook).isEmpty)
    }
}
