import HubTestSupport
import Testing
@testable import HubSearch

/// The JSON writer's number and punctuation shortcuts must write the bytes of the simple
/// definitions (`String(v)`, the string's UTF-8).
@Suite("JSON writer shortcuts")
struct JSONWriterTests {
    @Test("an integer is written as String(v) writes it, for every size and sign")
    func integers() {
        var values: [Int] = Array(-1_100...1_100) + [Int.max, Int.min, Int.max - 1, Int.min + 1]
        var p = 1
        for _ in 0..<18 {
            p *= 10
            values += [p - 1, p, p + 1, -p + 1, -p, -p - 1]
        }
        var rng = SplitMix(seed: 8)
        for _ in 0..<5_000 { values.append(Int(truncatingIfNeeded: rng.next()) >> Int(rng.below(63))) }
        var wrong = 0
        for v in values {
            var j = JSONWriter()
            j.bytes = [0x5B]
            j.int(v)
            if j.bytes != [0x5B] + Array(String(v).utf8) { wrong += 1 }
        }
        #expect(wrong == 0)
    }

    @Test("raw literals are appended as their UTF-8, short or long, ASCII or not")
    func rawText() {
        var j = JSONWriter(), expected: [UInt8] = []
        func add(_ s: StaticString, _ text: String) {
            j.raw(s)
            expected += Array(text.utf8)
        }
        add("", ""); add("[", "["); add(",\"", ",\""); add("\",", "\","); add("]}", "]}"); add("abcd", "abcd")
        add("abcde", "abcde"); add("å", "å"); add("åäö", "åäö"); add("{\"v\":1,\"n\":", "{\"v\":1,\"n\":"); add("🔒", "🔒")
        #expect(j.bytes == expected)
    }
}
