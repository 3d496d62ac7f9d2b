import Testing
@testable import HubFrontMatter

// SKELETON: replaced by the real tests of this target.
@Suite("HubFrontMatter smoke")
struct HubFrontMatterSmokeTests {
    @Test("the module links")
    func links() { #expect(Bool(true)) }
}
