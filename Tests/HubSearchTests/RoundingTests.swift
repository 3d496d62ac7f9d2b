import HubTestSupport
import Testing
@testable import HubSearch

/// Posting scores are rounded without a call to `round`; the result must be the standard
/// library's rounding (to nearest, halves away from zero) for every score.
@Suite("Score rounding")
struct RoundingTests {
    static func values() -> [Double] {
        var out: [Double] = [0, 0.5, 1, 1.5, 2.5, 0.49999999999999994, 0.5000000000000001, 4_503_599_627_370_495.5,
                             4_503_599_627_370_496, 9_007_199_254_740_992, 1e300, .infinity, -0.0, -0.5, -1.5, -2.4]
        var rng = SplitMix(seed: 5)
        for _ in 0..<20_000 {
            let x = Double(rng.next() % 1_000_000_000) / 1_000
            out += [x, x.nextUp, x.nextDown]
        }
        for k in 0..<2_000 {
            let half = Double(k) + 0.5
            out += [half, half.nextUp, half.nextDown, Double(k), Double(k).nextUp, Double(k).nextDown]
        }
        for e in 0..<64 {
            let p = Double(sign: .plus, exponent: e, significand: 1)
            out += [p, p.nextUp, p.nextDown, p + 0.5]
        }
        return out
    }

    @Test("rounding by truncation and fraction is Int(x.rounded()) for scores of every size")
    func sameAsRounded() {
        var wrong = 0, checked = 0
        for x in Self.values() where x.isFinite && abs(x) < 9e18 {
            checked += 1
            if IndexBuilder.roundedHalfAway(x) != Int(x.rounded()) { wrong += 1 }
        }
        #expect(wrong == 0)
        #expect(checked > 60_000)
    }
}
