import Testing
@testable import HubSearch

// SKELETON: replaced by the real tests of this target.
@Suite("HubSearch smoke")
struct HubSearchSmokeTests {
    @Test("the module links")
    func links() { #expect(Bool(true)) }
}
