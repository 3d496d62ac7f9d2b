import Foundation
import Testing
@testable import HubSearch

/// The Snowball reference lists (snowball-data): every word, no sampling.
@Suite("Snowball stemmer conformance")
struct StemmerConformanceTests {
    static func lines(_ folder: String, _ file: String) throws -> [String] {
        let url = Bundle.module.bundleURL.appendingPathComponent("Resources/snowball/\(folder)/\(file)")
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    static func check(folder: String, language: StemLanguage, expectedCount: Int) throws {
        let voc = try lines(folder, "voc.txt")
        let out = try lines(folder, "output.txt")
        #expect(voc.count == out.count)
        #expect(voc.count == expectedCount)
        var mismatches: [String] = []
        for (word, expected) in zip(voc, out) {
            let got = Stemmer.stem(word, language: language)
            if got != expected { mismatches.append("\(word) -> \(got), expected \(expected)") }
        }
        let agree = voc.count - mismatches.count
        print("\(language.rawValue): \(agree)/\(voc.count)")
        for m in mismatches.prefix(30) { print("  mismatch \(m)") }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(5))")
    }

    @Test("the Swedish stemmer agrees with every word of the Snowball list")
    func swedish() throws {
        try Self.check(folder: "swedish", language: .sv, expectedCount: 30_738)
    }

    @Test("the English (Porter2) stemmer agrees with every word of the Snowball list")
    func english() throws {
        try Self.check(folder: "english", language: .en, expectedCount: 42_649)
    }

    @Test("the in-place scalar API gives the same stem as the String API",
          arguments: [("kryptering", StemLanguage.sv), ("behörigheterna", .sv), ("aftonbladet", .sv), ("generously", .en), ("added", .en)])
    func scalarAPI(word: String, language: StemLanguage) {
        var scalars = word.unicodeScalars.map(\.value)
        Stemmer.stem(scalars: &scalars, language: language)
        #expect(StemText.string(scalars) == Stemmer.stem(word, language: language))
    }

    @Test("short and empty words never crash", arguments: ["", "a", "'", "''", "ä", "'s'", "yy", "ees"])
    func shortWords(word: String) {
        _ = Stemmer.stem(word, language: .sv)
        _ = Stemmer.stem(word, language: .en)
    }
}
