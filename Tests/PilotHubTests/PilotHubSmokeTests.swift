import Testing
@testable import PilotHub

// SKELETON: replaced by the real tests of this target.
@Suite("PilotHub smoke")
struct PilotHubSmokeTests {
    @Test("the module links")
    func links() { #expect(Bool(true)) }
}
