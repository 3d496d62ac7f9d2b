extension IndexBuilder {
    /// `clip(squeeze(text, limit: limit), limit)` and its length in scalars, made in one pass
    /// over the UTF-8 bytes that stops after the first `limit + 1` output scalars.
    ///
    /// Why stopping early is exact: `squeeze` takes its byte path when the whole text is
    /// simple (`isSimple`), and otherwise splits Characters and runs NFC. Here only the bytes
    /// read, and the scalar after them, must be simple: each of those scalars is then a
    /// grapheme of its own (nothing below U+0300 but CR joins a neighbour, and the next scalar
    /// is a starter that is not a mark), so text after them cannot change how the kept part is
    /// split or composed. When a byte read is not simple, the general functions decide.
    static func excerpt(_ text: String, limit: Int) -> (text: String, scalars: Int) {
        var s = text
        return s.withUTF8 { excerpt(utf8: $0, limit: limit) } ?? general(text, limit: limit)
    }

    /// `excerpt` of the text whose (valid) UTF-8 is `bytes`.
    static func excerpt(utf8 bytes: [UInt8], limit: Int) -> (text: String, scalars: Int) {
        bytes.withUnsafeBufferPointer { excerpt(utf8: $0, limit: limit) } ?? general(String(decoding: bytes, as: UTF8.self), limit: limit)
    }

    /// Writes `excerpt(utf8: bytes, limit:)` to `json` as a string; returns its length in
    /// scalars. The one-pass excerpt goes from its buffer to the JSON bytes, with no String.
    static func writeExcerpt(utf8 bytes: [UInt8], limit: Int, into json: inout JSONWriter) -> Int {
        let written = bytes.withUnsafeBufferPointer { p in
            excerptBytes(utf8: p, limit: limit) { text, scalars -> Int in
                json.string(utf8: text)
                return scalars
            }
        }
        if let written { return written }
        let (text, scalars) = general(String(decoding: bytes, as: UTF8.self), limit: limit)
        json.string(text)
        return scalars
    }

    /// The squeezed and clipped text by the general functions.
    private static func general(_ text: String, limit: Int) -> (text: String, scalars: Int) {
        let clipped = clip(squeeze(text, limit: limit), limit)
        return (clipped, clipped.unicodeScalars.count)
    }

    /// For the eight bytes of `x` (the first in the low bits): bit 7 set in each byte that
    /// ends a run of printable ASCII (at most 0x20, or 0x80 and above). Per byte, the low
    /// seven bits plus 0x5F reach bit 7 exactly from 0x21 on, with no carry into the next.
    @inline(__always) static func runEnd(_ x: UInt64) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080
        return (x | ~((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x5F5F_5F5F_5F5F_5F5F)) & high
    }

    /// For the eight bytes of `x`: bit 7 set in each byte that ends an excerpt run (`runEnd`,
    /// but not a space followed by a printable byte among the eight), and in each such space.
    @inline(__always) static func runBounds(_ x: UInt64) -> (ends: UInt64, spaces: UInt64) {
        let high: UInt64 = 0x8080_8080_8080_8080, low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let end = runEnd(x)
        // Bytes equal to 0x20: zero after the XOR (the low seven bits plus 0x7F reach bit 7
        // exactly when one is set).
        let y = x ^ 0x2020_2020_2020_2020
        let space = ~(((y & low) &+ low) | y) & high
        // A space whose next byte (one byte up) is printable; the last byte has none here.
        let spaces = space & ((~end & high) >> 8)
        return (end & ~spaces, spaces)
    }

    /// The one-pass excerpt of the UTF-8 text `p`, or nil when a byte read is not simple.
    private static func excerpt(utf8 p: UnsafeBufferPointer<UInt8>, limit: Int) -> (text: String, scalars: Int)? {
        excerptBytes(utf8: p, limit: limit) { (String(decoding: $0, as: UTF8.self), $1) }
    }

    /// `body` of the one-pass excerpt of `p` (its UTF-8, valid only during the call, and its
    /// length in scalars), or nil when a byte read is not simple.
    private static func excerptBytes<R>(utf8 p: UnsafeBufferPointer<UInt8>, limit: Int,
                                        _ body: (UnsafeBufferPointer<UInt8>, Int) -> R) -> R? {
        let n = p.count
        // The kept part is at most the text's bytes, plus `…` (3 bytes).
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n + 3) { out -> R? in
            var k = 0, scalars = 0
            var pending = false
            // The last space written (its scalar index and byte offset), and where the
            // last scalar written starts.
            var lastSpace = -1, lastSpaceByte = 0, lastStart = 0
            var i = 0
            while i < n {
                let b = p[i]
                if b == 0x20 || b == 0x0A || b == 0x09 {
                    pending = k > 0
                    i += 1
                    continue
                }
                // The length of the scalar that starts here, when it is simple.
                var len = 1
                if b >= 0x80 {
                    if b < 0xCC {
                        len = 2
                    } else {
                        guard b == 0xE2, i + 2 < n else { return nil }
                        let b1 = p[i + 1], b2 = p[i + 2]
                        let ok = (b1 == 0x80 && ((b2 >= 0x90 && b2 <= 0xA7) || b2 >= 0xB0)) || (b1 == 0x81 && b2 <= 0x9E)
                        if !ok { return nil }
                        len = 3
                    }
                } else if b == 0x0D {
                    return nil
                }
                if scalars > limit { break }
                if pending {
                    lastSpace = scalars
                    lastSpaceByte = k
                    lastStart = k
                    out[k] = 0x20
                    k += 1
                    scalars += 1
                    pending = false
                    if scalars > limit { break }
                }
                lastStart = k
                if len == 1 {
                    // A run of printable ASCII with single spaces between printable bytes
                    // (what a text's words and spaces mostly are), as many scalars as the
                    // limit leaves room for: a space is kept as it is only when the byte after
                    // it is in the run too, so the run writes what the steps above would, and
                    // `lastSpace` learns of its spaces.
                    out[k] = b
                    var m = i + 1
                    let stop = min(n, i + (limit + 1 - scalars))
                    // The last space of the run, as an offset from `i`.
                    var space = -1
                    // Eight bytes at a time while none ends the run (`runEnd`, less the spaces
                    // the run keeps). The store may write past the run: those bytes are
                    // overwritten or never kept (the output is never ahead of the input, so it
                    // stays in `out`).
                    if let raw = UnsafeRawPointer(p.baseAddress) {
                        let to = UnsafeMutableRawPointer(out.baseAddress!) + (k - i)
                        while m + 8 <= stop {
                            let x = raw.loadUnaligned(fromByteOffset: m, as: UInt64.self)
                            to.storeBytes(of: x, toByteOffset: m, as: UInt64.self)
                            let (ends, spaces) = runBounds(x)
                            let take = ends == 0 ? 8 : ends.trailingZeroBitCount >> 3
                            let kept = take == 8 ? spaces : spaces & ((1 << UInt64(8 * take)) - 1)
                            if kept != 0 { space = m - i + (63 - kept.leadingZeroBitCount) >> 3 }
                            m += take
                            if take < 8 { break }
                        }
                    }
                    while m < stop {
                        let c = p[m]
                        if c == 0x20 && m + 1 < stop && p[m + 1] > 0x20 && p[m + 1] < 0x80 {
                            space = m - i
                        } else if c <= 0x20 || c >= 0x80 {
                            break
                        }
                        out[k + (m - i)] = c
                        m += 1
                    }
                    if space >= 0 {
                        lastSpace = scalars + space
                        lastSpaceByte = k + space
                    }
                    let run = m - i
                    k += run
                    scalars += run
                    lastStart = k - 1
                    i = m
                    continue
                }
                for j in 0..<len { out[k + j] = p[i + j] }
                k += len
                scalars += 1
                i += len
            }
            if scalars <= limit {
                return body(UnsafeBufferPointer(rebasing: out[0..<k]), scalars)
            }
            // `clip`: cut at the last space among the last quarter of the kept scalars,
            // else after `limit` scalars, and add `…`.
            let cut = lastSpace > limit * 3 / 4
            var end = cut ? lastSpaceByte : lastStart
            out[end] = 0xE2; out[end + 1] = 0x80; out[end + 2] = 0xA6
            end += 3
            return body(UnsafeBufferPointer(rebasing: out[0..<end]), (cut ? lastSpace : limit) + 1)
        }
    }
}
