/// Compact encodings shared with the JS runtime (which decodes them in `pilothub-search.js`).
enum IndexEncoding {
    /// 64 characters safe inside a JSON string and a file name.
    static let alphabet: [UInt8] = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_".utf8)

    /// Appends `value` as a variable-length number: 5 data bits per character, low bits first;
    /// a character at index 32 or more means another follows.
    static func appendVarint(_ value: Int, to out: inout [UInt8]) {
        var v = max(0, value)
        while v >= 32 {
            out.append(alphabet[32 + (v & 31)])
            v >>= 5
        }
        out.append(alphabet[v])
    }

    /// `appendVarint` into memory the caller has made room in, for the postings' many numbers.
    struct VarintWriter {
        let base: UnsafeMutablePointer<UInt8>
        var count = 0
        /// The alphabet, without the lazy global behind `alphabet`.
        static let digits: StaticString = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"

        @inline(__always) mutating func append(_ value: Int) {
            let a = Self.digits.utf8Start
            var v = max(0, value)
            while v >= 32 {
                base[count] = a[32 + (v & 31)]
                count += 1
                v >>= 5
            }
            base[count] = a[v]
            count += 1
        }
    }

    /// A shard or file name part for a term prefix: ASCII letters and digits kept, anything
    /// else as `_` + hex code point, so names are the same on every file system.
    static func fileSafe(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            let v = u.value
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) {
                out.unicodeScalars.append(u)
            } else {
                out += "_" + String(v, radix: 16)
            }
        }
        return out
    }
}

/// A tiny deterministic JSON writer (arrays, strings, numbers, objects with keys in the given
/// order), so the output is byte-identical across runs.
struct JSONWriter {
    var bytes: [UInt8] = []

    /// Appends the UTF-8 of the literal `s` (JSON punctuation): a few bytes, appended one by
    /// one where the literal is written (inlined, so its bytes are constants), which costs
    /// less than the general append of a sequence.
    @inline(__always) mutating func raw(_ s: StaticString) {
        let p = s.utf8Start, n = s.utf8CodeUnitCount
        if n <= 4 {
            for i in 0..<n { bytes.append(p[i]) }
        } else {
            bytes.append(contentsOf: UnsafeBufferPointer(start: p, count: n))
        }
    }

    /// Bytes that need an escape (and 0xE2, the lead byte of U+2028 and U+2029).
    static let special: [Bool] = (0..<256).map { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || $0 == 0xE2 }

    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { string(utf8: $0) }
    }

    /// Is one of the eight bytes of `x` `special`? A byte below 0x20 borrows when 0x20 is
    /// subtracted from it; a byte equal to c is a zero byte of `x ^ c` and borrows when one is.
    @inline(__always) static func maySpecial(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func below(_ v: UInt64, _ c: UInt64) -> UInt64 { (v &- c &* ones) & ~v & high }
        let m = below(x, 0x20) | below(x ^ (0x22 &* ones), 1) | below(x ^ (0x5C &* ones), 1)
            | below(x ^ (0x3C &* ones), 1) | below(x ^ (0xE2 &* ones), 1)
        return m != 0
    }

    /// `string` of the text whose (valid) UTF-8 is `p`.
    mutating func string(utf8 p: UnsafeBufferPointer<UInt8>) {
        bytes.append(0x22)
        do {
            Self.special.withUnsafeBufferPointer { special in
                let n = p.count
                var run = 0, i = 0
                let raw = UnsafeRawPointer(p.baseAddress)
                while i < n {
                    // Eight bytes at a time while none needs an escape.
                    if let raw, i + 8 <= n, !Self.maySpecial(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8; continue }
                    let b = p[i]
                    if !special[Int(b)] { i += 1; continue }
                    var escape: StaticString
                    var skip = 1
                    switch b {
                    case 0x22: escape = "\\\""
                    case 0x5C: escape = "\\\\"
                    case 0x0A: escape = "\\n"
                    case 0x0D: escape = "\\r"
                    case 0x09: escape = "\\t"
                    case 0x3C: escape = "\\u003c"  // never `</script` in a script file
                    case 0xE2:
                        guard i + 2 < n, p[i + 1] == 0x80, p[i + 2] == 0xA8 || p[i + 2] == 0xA9 else { i += 1; continue }
                        escape = p[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                        skip = 3
                    default:
                        escape = ""
                    }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<i]))
                    if escape.utf8CodeUnitCount > 0 {
                        bytes.append(contentsOf: UnsafeBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount))
                    } else {
                        let hex: [UInt8] = Array("0123456789abcdef".utf8)
                        bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]])
                    }
                    i += skip
                    run = i
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<n]))
            }
        }
        bytes.append(0x22)
    }

    /// Appends `String(v)`: its decimal digits, written from the last into scratch room
    /// (no String made).
    mutating func int(_ v: Int) {
        if v >= 0 && v < 10 {
            bytes.append(0x30 &+ UInt8(truncatingIfNeeded: v))
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { out in
            // The magnitude as an unsigned number: Int.min has no positive Int.
            var m = v.magnitude
            var k = 20
            repeat {
                k -= 1
                out[k] = 0x30 &+ UInt8(truncatingIfNeeded: m % 10)
                m /= 10
            } while m > 0
            if v < 0 { bytes.append(0x2D) }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: out[k..<20]))
        }
    }

    mutating func stringArray(_ a: [String]) {
        raw("[")
        for (i, s) in a.enumerated() {
            if i > 0 { raw(",") }
            string(s)
        }
        raw("]")
    }
}
