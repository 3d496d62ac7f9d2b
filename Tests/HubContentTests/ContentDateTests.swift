import HubTestSupport
import Testing
@testable import HubContent

@Suite("Content dates")
struct ContentDateTests {
    @Test("iso is YYYY-MM-DD with each part zero-padded", arguments: [
        (2026, 11, 27, "2026-11-27"), (1, 1, 1, "0001-01-01"), (999, 12, 31, "0999-12-31"), (9999, 9, 9, "9999-09-09"),
    ])
    func known(year: Int, month: Int, day: Int, expected: String) {
        #expect(ContentDate(year: year, month: month, day: day).iso == expected)
    }

    @Test("iso agrees with the padded definition on 20,000 random dates, in range and out of it")
    func random() {
        var rng = SplitMix(seed: 27)
        for _ in 0..<20_000 {
            let y = Int(rng.next() % 12_000) - 1_000, m = Int(rng.next() % 120) - 10, d = Int(rng.next() % 120) - 10
            #expect(ContentDate(year: y, month: m, day: d).iso == ContentDate.paddedISO(y, m, d), "\(y) \(m) \(d)")
        }
    }
}
