import Foundation
import HubTestSupport
import Testing
@testable import HubSearch

/// The word-at-a-time and no-copy shortcuts of the index builder, each against its simple
/// definition (byte by byte, scalar by scalar, copy and stem).
@Suite("Index fast paths agree with their definitions")
struct FastPathTests {
    /// Eight-byte words: random ones, and every byte value at every position among random bytes.
    static func words() -> [UInt64] {
        var rng = SplitMix(seed: 77)
        var out: [UInt64] = []
        for _ in 0..<20_000 { out.append(rng.next()) }
        // Mostly ASCII, where the range tests sit.
        for _ in 0..<20_000 { out.append(rng.next() & 0x7F7F_7F7F_7F7F_7F7F) }
        for position in 0..<8 {
            for b in 0..<256 {
                let others = rng.next() & ~(UInt64(0xFF) << (8 * position))
                out.append(others | UInt64(b) << (8 * position))
            }
        }
        return out
    }

    @Test("eight bytes at a time: letters, capitals, bytes from 0xC4, as byte by byte")
    func wordBits() {
        var mismatches = 0, checked = 0
        for x in Self.words() {
            let (word, upper) = ByteTokenizer.asciiLetterBits(x)
            var anyHigh = false
            for k in 0..<8 {
                let b = UInt8(truncatingIfNeeded: x >> (8 * k))
                let isWord = b < 0x80 && ByteTokenizer.asciiFlags[Int(b)] & ByteTokenizer.letter != 0
                let isUpper = b >= 0x41 && b <= 0x5A
                if (word >> (8 * k + 7)) & 1 != (isWord ? 1 : 0) { mismatches += 1 }
                if (upper >> (8 * k + 7)) & 1 != (isUpper ? 1 : 0) { mismatches += 1 }
                // Only bit 7 of each byte may be set.
                if (word | upper) & ~0x8080_8080_8080_8080 != 0 { mismatches += 1 }
                if b >= 0xC4 { anyHigh = true }
                checked += 1
            }
            if ByteTokenizer.noneFromC4(x) == anyHigh { mismatches += 1 }
        }
        #expect(mismatches == 0)
        #expect(checked > 300_000)
    }

    @Test("scalars below U+0100 all take the byte path, as the eight-byte check of isFast assumes")
    func latin1IsFast() {
        for v in 0..<0x100 { #expect(ByteTokenizer.table.lower[v] != ByteTokenizer.slow, "U+\(String(v, radix: 16))") }
    }

    @Test("isFast accepts exactly the texts of fast scalars, wherever the others stand")
    func isFastDefinition() {
        let pieces = ["a", "Z", "abcdefg", "LÖSENORD", " ", "\n", "å", "Ö", "é", "ÿ", "Ā", "ı", "İ", "\u{023A}", "\u{023E}", "ǅ",
                      "e\u{0301}", "—", "…", "🔒", "\u{1F100}", "Ω", "字", "\u{FE0F}", "\u{2000}", "-", "'"]
        func definition(_ s: String) -> Bool {
            s.unicodeScalars.allSatisfy { u in
                u.value < 0x300 ? ByteTokenizer.table.lower[Int(u.value)] != ByteTokenizer.slow : ByteTokenizer.isInert(u.value)
            }
        }
        var rng = SplitMix(seed: 909)
        var mismatches = 0, fast = 0, slow = 0
        for _ in 0..<4_000 {
            var s = ""
            // Mostly fast pieces, so that a single slow one decides.
            for _ in 0..<rng.below(30) { s += pieces[rng.below(4) == 0 ? rng.below(pieces.count) : rng.below(11)] }
            let expected = definition(s)
            var copy = s
            if copy.withUTF8({ ByteTokenizer.isFast($0) }) != expected { mismatches += 1 }
            if expected { fast += 1 } else { slow += 1 }
        }
        #expect(mismatches == 0)
        #expect(fast > 500 && slow > 500)
    }

    @Test("the document sink gives the ids and keys a byte interner gives the same tokens")
    func sinkAgreesWithInterner() {
        let pieces = ["lösenord", "Lösenord", "IT-säkerhet", "NIS2", "e-post", "don't", "company’s", "Ö", "å", " ", "\n", ". ",
                      "-", "’", "\u{2011}", "é", "e\u{0301}", "lo\u{0308}senord", "🔒", "\u{1F100}x", "ΣΑΣ", "字符",
                      String(repeating: "ab", count: 10), "abcdefghijklmnopq"]
        var rng = SplitMix(seed: 31)
        var mismatches = 0, tokens = 0
        for _ in 0..<400 {
            var sink = DocTokenSink(capacity: 4, tokens: 4)
            var interner = ByteInterner(capacity: 4)
            var expectedIDs: [Int32] = []
            for _ in 0..<(1 + rng.below(4)) {
                var text = ""
                for _ in 0..<rng.below(60) { text += pieces[rng.below(pieces.count)] }
                ByteTokenizer.tokenize(text, into: &sink)
                for t in ByteTokenizer.tokens(text) { expectedIDs.append(Int32(interner.intern(t))) }
            }
            let (table, ids) = sink.finish()
            tokens += ids.count
            if ids != expectedIDs || table.count != interner.count { mismatches += 1; continue }
            for e in 0..<table.count {
                let key = Array(table.arena[Int(table.starts[e])..<Int(table.starts[e + 1])])
                if key != Array(interner.key(e)) || (table.spellings[e] ?? key) != interner.spelling(e) { mismatches += 1 }
            }
        }
        #expect(mismatches == 0)
        #expect(tokens > 5_000)
    }

    @Test("every Snowball Swedish stem is a prefix of its word, as the stem-length API assumes")
    func swedishStemsArePrefixes() throws {
        let voc = try StemmerConformanceTests.lines("swedish", "voc.txt")
        let out = try StemmerConformanceTests.lines("swedish", "output.txt")
        var notPrefix = 0
        for (word, stem) in zip(voc, out) {
            if !word.unicodeScalars.starts(with: stem.unicodeScalars) { notPrefix += 1 }
            var w = word.unicodeScalars.map(\.value)
            let k = w.withUnsafeBufferPointer { SwedishStemmer.stemLength($0) }
            SwedishStemmer.stem(&w)
            if k != w.count { notPrefix += 1 }
        }
        #expect(notPrefix == 0)
        #expect(voc.count == 30_738)
    }

    @Test("the stem length of a slice is the length of the stem of its copy")
    func stemLengthOfSlices() throws {
        let voc = try StemmerConformanceTests.lines("swedish", "voc.txt")
        var rng = SplitMix(seed: 5)
        var mismatches = 0
        for word in voc {
            let w = word.unicodeScalars.map(\.value)
            let from = rng.below(w.count + 1), to = from + rng.below(w.count - from + 1)
            let k = w.withUnsafeBufferPointer { SwedishStemmer.stemLength(UnsafeBufferPointer(rebasing: $0[from..<to])) }
            let expected = Stemmer.stem(StemText.string(w[from..<to]), language: .sv)
            if StemText.string(w[from..<(from + k)]) != expected { mismatches += 1 }
        }
        #expect(mismatches == 0)
    }

    @Test("step 1 suffixes grouped by last letter hold every suffix once, longest first")
    func step1Groups() {
        let grouped = SwedishStemmer.step1ByLast.flatMap { $0 }
        #expect(grouped.count == SwedishStemmer.step1.count)
        #expect(Set(grouped) == Set(SwedishStemmer.step1))
        for (g, group) in SwedishStemmer.step1ByLast.enumerated() {
            #expect(group.allSatisfy { SwedishStemmer.step1Group($0.last!) == g })
            #expect(zip(group, group.dropFirst()).allSatisfy { $0.count >= $1.count })
        }
    }

    @Test("compound splits made with compact values are the splits made with arrays of ranges")
    func compactSplits() throws {
        let voc = try StemmerConformanceTests.lines("swedish", "voc.txt")
        // Half the list as the site's vocabulary, so that some heads are known and some not.
        let d = Decompounder(vocabulary: voc.enumerated().filter { $0.offset % 2 == 0 }.map(\.element))
        var rng = SplitMix(seed: 12)
        var words = voc.filter { $0.unicodeScalars.count >= Decompounder.minWord }
        // Made-up compounds of two to five words, some with a linking s.
        for _ in 0..<6_000 {
            var w = ""
            for k in 0..<(2 + rng.below(4)) {
                if k > 0 && rng.below(3) == 0 { w += "s" }
                w += voc[rng.below(voc.count)]
            }
            words.append(w)
        }
        var mismatches = 0, split = 0, checked = 0
        for word in words {
            let w = word.unicodeScalars.map(\.value)
            guard w.allSatisfy({ $0 < 0x300 }), w.count <= Decompounder.CompactSplit.maxLength else { continue }
            let compact = d.latinParts(w, compact: true)
            if compact != d.latinParts(w, compact: false) { mismatches += 1 }
            if compact.count >= 2 { split += 1 }
            checked += 1
        }
        #expect(mismatches == 0)
        #expect(checked > 8_000 && split > 2_000, "\(checked) words, \(split) split")
    }

    @Test("eight bytes at a time: a Markdown special byte (or ^) is found exactly when there is one")
    func plainTextSpecials() {
        var mismatches = 0, specials = 0
        for x in Self.words() {
            var any = false
            for k in 0..<8 {
                let b = Int(truncatingIfNeeded: x >> (8 * k)) & 0xFF
                if MarkdownPlainText.special[b] || b == 0x5E { any = true }
            }
            if MarkdownPlainText.maySpecial(x) != any { mismatches += 1 }
            if any { specials += 1 }
        }
        #expect(mismatches == 0)
        #expect(specials > 1_000)
    }

    @Test("below U+0300, a digit is what hasDigit says, for every scalar and for random words")
    func digitsFromScalars() {
        var checked = 0
        for v in UInt32(0)..<0x300 {
            guard let u = Unicode.Scalar(v) else { continue }
            #expect(IndexBuilder.hasDigit(latin: [v]) == SearchTokenizer.hasDigit(String(u)), "U+\(String(v, radix: 16))")
            checked += 1
        }
        #expect(checked == 0x300)
        var rng = SplitMix(seed: 3)
        let pieces: [UInt32] = [0x61, 0x7A, 0x31, 0xE5, 0xB2, 0xBD, 0x2BB, 0x27, 0x2D]
        for _ in 0..<500 {
            let w = (0..<rng.below(8)).map { _ in pieces[rng.below(pieces.count)] }
            #expect(IndexBuilder.hasDigit(latin: w) == SearchTokenizer.hasDigit(StemText.string(w)))
        }
    }

    @Test("eight bytes at a time: a byte JSON escapes (or 0xE2) is found exactly when there is one")
    func jsonSpecials() {
        var mismatches = 0, specials = 0
        for x in Self.words() {
            var any = false
            for k in 0..<8 where JSONWriter.special[Int(truncatingIfNeeded: x >> (8 * k)) & 0xFF] { any = true }
            if JSONWriter.maySpecial(x) != any { mismatches += 1 }
            if any { specials += 1 }
        }
        #expect(mismatches == 0)
        #expect(specials > 1_000)
    }

    /// Compares both one-pass excerpts of `t` (as a String and as JSON) with the definition,
    /// squeezed then clipped; counts mismatches and clipped results.
    static func compareExcerpt(_ t: String, limit: Int, mismatches: inout Int, clipped: inout Int) {
        let expected = IndexBuilder.clip(IndexBuilder.squeeze(t), limit)
        let (text, scalars) = IndexBuilder.excerpt(t, limit: limit)
        if !text.unicodeScalars.elementsEqual(expected.unicodeScalars) || scalars != expected.unicodeScalars.count { mismatches += 1 }
        var json = JSONWriter(), reference = JSONWriter()
        if IndexBuilder.writeExcerpt(utf8: Array(t.utf8), limit: limit, into: &json) != scalars { mismatches += 1 }
        reference.string(expected)
        if json.bytes != reference.bytes { mismatches += 1 }
        if expected.hasSuffix("…") { clipped += 1 }
    }

    @Test("one-pass excerpts of Latin text with controls and two-byte scalars are the squeezed and clipped text",
          arguments: [1, 2, 7, 50, 320])
    func latinExcerpts(limit: Int) {
        let pieces = ["å", "ÄÖ", "säkerhet", "\u{01}", "\u{7F}", "ß", "ǅ", "ʃ", "\u{2FF}", "x", " ", "  ", "\n", "\t", "—", "…",
                      "\r", "e\u{0301}", "lösenordshantering", String(repeating: "é", count: 12)]
        var rng = SplitMix(seed: UInt64(100 + limit))
        var mismatches = 0, clipped = 0
        for _ in 0..<1_000 {
            var t = ""
            for _ in 0..<rng.below(60 + 2 * limit) { t += pieces[rng.below(rng.below(5) == 0 ? pieces.count : 16)] }
            Self.compareExcerpt(t, limit: limit, mismatches: &mismatches, clipped: &clipped)
        }
        #expect(mismatches == 0)
        #expect(clipped > 100)
    }

    @Test("one-pass excerpts of mostly ASCII text (runs copied eight bytes at a time) are the squeezed and clipped text",
          arguments: [1, 5, 8, 9, 64, 320])
    func asciiExcerpts(limit: Int) {
        let pieces = ["information", "security", "NIS2-direktivet", "a", "ab", "abcdefgh", "abcdefghijklmnopq", "!", "~", "\u{7F}",
                      " ", "  ", "\n", "\t", ".", ",", "(x)", "ä", "Ö", "—", "\u{01}", "\r", "e\u{0301}", String(repeating: "z", count: 23)]
        var rng = SplitMix(seed: UInt64(300 + limit))
        var mismatches = 0, clipped = 0
        for _ in 0..<1_000 {
            var t = ""
            // Mostly the ASCII pieces; now and then one that is not.
            for _ in 0..<rng.below(40 + 2 * limit) { t += pieces[rng.below(rng.below(6) == 0 ? pieces.count : 17)] }
            Self.compareExcerpt(t, limit: limit, mismatches: &mismatches, clipped: &clipped)
        }
        #expect(mismatches == 0)
        #expect(clipped > 100)
    }

    @Test("eight bytes at a time: the end of a printable ASCII run is found as byte by byte")
    func runEnds() {
        var wrong = 0
        for x in Self.words() {
            var expected: UInt64 = 0
            for k in 0..<8 {
                let b = UInt8(truncatingIfNeeded: x >> (8 * UInt64(k)))
                if b <= 0x20 || b >= 0x80 { expected |= 0x80 << (8 * UInt64(k)) }
            }
            if IndexBuilder.runEnd(x) != expected { wrong += 1 }
        }
        #expect(wrong == 0)
    }

    @Test("a compound part is a stop word by its bytes exactly when its String is in the Swedish list")
    func stopWordByBytes() {
        // Every stop word, its slices (most are no stop words), and random words of Swedish letters.
        var words: [[UInt32]] = []
        for w in StopWords.swedish.sorted() {
            let u = w.unicodeScalars.map(\.value)
            for a in 0..<u.count { for b in (a + 1)...u.count { words.append(Array(u[a..<b])) } }
        }
        let letters = Array("abcdefghijklmnopqrstuvwxyzåäöé".unicodeScalars.map(\.value))
        var rng = SplitMix(seed: 4242)
        for _ in 0..<5_000 { words.append((0..<(1 + rng.below(6))).map { _ in letters[rng.below(letters.count)] }) }
        var mismatches = 0, stops = 0
        for w in words {
            let expected = StopWords.swedish.contains(StemText.string(w))
            if StemText.withUTF8(w[...], { StopWords.swedishTable.contains($0) }) != expected { mismatches += 1 }
            if expected { stops += 1 }
        }
        #expect(mismatches == 0)
        #expect(stops >= StopWords.swedish.count)
        #expect(words.count > 5_000)
    }

    @Test("a term's accumulator adds each field's weight to that field's frequency, by index as by name")
    func accumulatorFieldsByIndex() {
        var rng = SplitMix(seed: 99)
        var mismatches = 0, adds = 0
        for _ in 0..<500 {
            var acc = IndexBuilder.TermAcc()
            var expected = [Double](repeating: 0, count: 6)
            for _ in 0..<rng.below(20) {
                let field = SearchField.allCases[rng.below(SearchField.allCases.count)]
                let weight = rng.below(2) == 0 ? 1 : 0.5
                acc.add(field: field, weight: weight, section: rng.below(3) - 1)
                // The definition: the field's own element of the tuple.
                switch field {
                case .title: expected[0] += weight
                case .summary: expected[1] += weight
                case .tags: expected[2] += weight
                case .headings: expected[3] += weight
                case .body: expected[4] += weight
                case .meta: expected[5] += weight
                }
                adds += 1
            }
            let tf = acc.tf
            if [tf.0, tf.1, tf.2, tf.3, tf.4, tf.5] != expected { mismatches += 1 }
        }
        #expect(mismatches == 0)
        #expect(adds > 4_000)
    }
}
