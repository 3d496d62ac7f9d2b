/// Turns any byte string into the engine's input: valid UTF-8, no BOM, `\n` line endings,
/// NUL and invalid sequences replaced by U+FFFD. After this every later stage can assume
/// well-formed input, which is what makes "every byte string is a valid document" true.
enum InputNormalizer {
    /// For bytes that are already valid UTF-8 (a Swift `String`): only the BOM, CR and NUL
    /// need work, so clean stretches are copied in one go.
    static func normalizeValidUTF8(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(input.count + 1)
        let n = input.count
        var i = 0
        if n >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF { i = 3 }
        var run = i
        // The next CR and the next NUL, each searched again only once passed: most
        // documents have neither, and then this is two memchr calls.
        var nextCR = Bytes.scan(0x0D, input, from: i, to: n)
        var nextNUL = Bytes.scan(0, input, from: i, to: n)
        while i < n {
            if nextCR < i { nextCR = Bytes.scan(0x0D, input, from: i, to: n) }
            if nextNUL < i { nextNUL = Bytes.scan(0, input, from: i, to: n) }
            i = min(nextCR, nextNUL)
            if i >= n { break }
            let b = input[i]
            if i > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: input[run..<i])) }
            if b == 0 {
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                i += 1
            } else {
                out.append(0x0A)
                i += (i + 1 < n && input[i + 1] == 0x0A) ? 2 : 1
            }
            run = i
        }
        if n > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: input[run..<n])) }
        return out
    }

    static func normalize(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(input.count + 1)
        var i = 0
        let n = input.count
        if n >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF { i = 3 }
        while i < n {
            let b = input[i]
            if b >= 0x20 && b < 0x80 { out.append(b); i += 1; continue }
            if b == 0x0D {
                out.append(0x0A)
                i += (i + 1 < n && input[i + 1] == 0x0A) ? 2 : 1
                continue
            }
            if b == 0 { out.append(contentsOf: [0xEF, 0xBF, 0xBD]); i += 1; continue }
            if b < 0x80 { out.append(b); i += 1; continue }
            let len = validSequenceLength(input, i)
            if len == 0 {
                out.append(contentsOf: [0xEF, 0xBF, 0xBD]); i += 1
            } else {
                for k in 0..<len { out.append(input[i + k]) }
                i += len
            }
        }
        return out
    }

    /// Length of the well-formed UTF-8 sequence at `i`, or 0 (Unicode table 3-7).
    private static func validSequenceLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b0 = p[i], n = p.count
        func cont(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool {
            i + k < n && p[i + k] >= lo && p[i + k] <= hi
        }
        switch b0 {
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return cont(1, 0xA0) && cont(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE, 0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xED: return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0
        case 0xF0: return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }
}
