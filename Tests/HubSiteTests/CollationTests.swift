import HubTestSupport
import Testing
@testable import HubSite

@Suite("Collation keys")
struct CollationTests {
    /// The definition: lowercase the whole string, then weigh each scalar.
    static func slowKey(_ s: String) -> [UInt32] { s.lowercased().unicodeScalars.map { Collation.weight($0.value) } }

    @Test("the Latin byte path gives the definition's key for every scalar below U+0100")
    func everyLatinScalar() {
        for v in 1..<0x100 {
            let s = String(Unicode.Scalar(UInt8(v)))
            #expect(Collation.latinKey(s) == Self.slowKey(s), "U+\(String(v, radix: 16))")
            #expect(Collation.key("Ab" + s + "ÖÄ") == Self.slowKey("Ab" + s + "ÖÄ"))
        }
    }

    @Test("text beyond Latin-1 takes the general path, and 5,000 random titles agree")
    func random() {
        #expect(Collation.latinKey("Čapek") == nil)
        #expect(Collation.key("İstanbul ΣΟΦΊΑ") == Self.slowKey("İstanbul ΣΟΦΊΑ"))
        var rng = SplitMix(seed: 11)
        let pieces = ["A", "z", "Å", "ä", "Ö", "ø", "É", "ü", "ß", "×", "Þ", " ", "1", "-", "Č", "İ", "Σ", "e\u{301}", "ÿ"]
        for _ in 0..<5_000 {
            let s = (0..<Int(rng.next() % 10)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
            #expect(Collation.key(s) == Self.slowKey(s), "\(s)")
        }
    }
}
