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

    mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }

    mutating func string(_ s: String) {
        bytes.append(0x22)
        for u in s.unicodeScalars {
            switch u.value {
            case 0x22: raw("\\\"")
            case 0x5C: raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0x3C: raw("\\u003c")  // never `</script` in a script file
            case 0x2028: raw("\\u2028")
            case 0x2029: raw("\\u2029")
            case 0..<0x20:
                let h = String(u.value, radix: 16)
                raw("\\u" + String(repeating: "0", count: 4 - h.count) + h)
            default:
                bytes.append(contentsOf: String(u).utf8)
            }
        }
        bytes.append(0x22)
    }

    mutating func int(_ v: Int) { raw(String(v)) }

    mutating func stringArray(_ a: [String]) {
        raw("[")
        for (i, s) in a.enumerated() {
            if i > 0 { raw(",") }
            string(s)
        }
        raw("]")
    }
}
