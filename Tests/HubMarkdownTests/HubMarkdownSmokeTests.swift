import Testing
@testable import HubMarkdown

// SKELETON: replaced by the real tests of this target.
@Suite("HubMarkdown smoke")
struct HubMarkdownSmokeTests {
    @Test("the module links")
    func links() { #expect(Bool(true)) }
}
