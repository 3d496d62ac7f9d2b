import HubTestSupport
import Testing
@testable import HubSearch

/// A document's facet values are made unique and sorted without a `Set` for short lists;
/// the result must be the `Set` definition's, down to which spelling of equal values is kept.
@Suite("Facet values, unique and sorted")
struct FacetValueTests {
    @Test("the values of random lists, with repeats, empty values and equal spellings, are the Set definition's")
    func sameAsSet() {
        let pieces = ["IT-säkerhet", "Kommun", "kommun", "", "é", "e\u{301}", "Å", "A\u{30A}", "Region Skåne", "z", "a", "0", "ö"]
        var rng = SplitMix(seed: 21)
        var wrong = 0
        for _ in 0..<3_000 {
            var a: [String] = []
            for _ in 0..<rng.below(rng.below(8) == 0 ? 50 : 9) { a.append(pieces[rng.below(pieces.count)]) }
            let expected = a.count < 2 ? a.filter { !$0.isEmpty } : Array(Set(a.filter { !$0.isEmpty })).sorted()
            let got = DocumentFields.uniqueSorted(a)
            // Compared as bytes: equal spellings are equal Strings, and which one is kept matters.
            if got.map({ Array($0.utf8) }) != expected.map({ Array($0.utf8) }) { wrong += 1 }
        }
        #expect(wrong == 0)
    }
}
