/// A raw DEFLATE encoder (RFC 1951) for ZIP method 8: LZ77 over a 32 KiB window with hash
/// chains, written as one block with the fixed Huffman codes (BTYPE 01).
///
/// Fixed codes cost a little ratio against dynamic ones, but need no code-length tables,
/// so the encoder stays small enough to check against the RFC line by line. HTML, CSS and
/// the search shards shrink to about a quarter; the ZIP writer stores instead whenever
/// compression would not pay (images, PDFs).
public enum Deflate {
    /// The compressed form of `input`, without zlib or gzip framing.
    public static func compress(_ input: [UInt8]) -> [UInt8] {
        var out = DeflateBitWriter()
        out.write(1, count: 1)  // BFINAL: this is the last block
        out.write(1, count: 2)  // BTYPE 01: fixed Huffman codes
        let n = input.count
        input.withUnsafeBufferPointer { src in
            var head = [Int32](repeating: -1, count: hashSize)
            var prev = [Int32](repeating: -1, count: windowSize)
            @inline(__always) func hash(_ i: Int) -> Int {
                let v = UInt32(src[i]) << 16 | UInt32(src[i + 1]) << 8 | UInt32(src[i + 2])
                return Int((v &* 2_654_435_761) >> (32 - hashBits))
            }
            @inline(__always) func insert(_ i: Int) {
                let h = hash(i)
                prev[i & windowMask] = head[h]
                head[h] = Int32(i)
            }
            var i = 0
            while i < n {
                var bestLength = 0
                var bestDistance = 0
                if i + minMatch <= n {
                    let maxLength = min(maxMatch, n - i)
                    var candidate = Int(head[hash(i)])
                    var chain = maxChain
                    // Chains only go back in time (each link was the head when it was
                    // inserted), so stopping at the window edge is enough.
                    while candidate >= 0, i - candidate <= windowSize, chain > 0 {
                        if src[candidate + bestLength] == src[i + bestLength] || bestLength == 0 {
                            var l = 0
                            while l < maxLength, src[candidate + l] == src[i + l] { l += 1 }
                            if l > bestLength {
                                bestLength = l
                                bestDistance = i - candidate
                                if l == maxLength { break }
                            }
                        }
                        candidate = Int(prev[candidate & windowMask])
                        chain -= 1
                    }
                    insert(i)
                }
                if bestLength >= minMatch {
                    writeLength(bestLength, &out)
                    writeDistance(bestDistance, &out)
                    var j = i + 1
                    let end = i + bestLength
                    while j < end {
                        if j + minMatch <= n { insert(j) }
                        j += 1
                    }
                    i = end
                } else {
                    writeLiteral(Int(src[i]), &out)
                    i += 1
                }
            }
        }
        writeLiteral(256, &out)  // end of block
        return out.finish()
    }

    static let windowSize = 32_768
    static let windowMask = windowSize - 1
    static let hashBits = 15
    static let hashSize = 1 << hashBits
    static let minMatch = 3
    static let maxMatch = 258
    /// How many earlier positions one search looks at: a speed/ratio trade like zlib's level 6.
    static let maxChain = 64

    /// RFC 1951 3.2.6: literal/length symbols 0-143 take 8 bits from 0x30, 144-255 take 9
    /// bits from 0x190, 256-279 take 7 bits from 0, 280-287 take 8 bits from 0xC0.
    static func writeLiteral(_ symbol: Int, _ out: inout DeflateBitWriter) {
        let (code, bits): (Int, Int)
        switch symbol {
        case 0...143: (code, bits) = (0x30 + symbol, 8)
        case 144...255: (code, bits) = (0x190 + symbol - 144, 9)
        case 256...279: (code, bits) = (symbol - 256, 7)
        default: (code, bits) = (0xC0 + symbol - 280, 8)
        }
        out.writeHuffman(code, count: bits)
    }

    /// Base lengths of symbols 257…285 (RFC 1951 3.2.5).
    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
                             35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
                              3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    /// Base distances of distance codes 0…29.
    static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
                               257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
                               8193, 12289, 16385, 24577]
    static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
                                7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    static func writeLength(_ length: Int, _ out: inout DeflateBitWriter) {
        // 258 has its own symbol (285) even though 284 with all extra bits set could reach it.
        var code = lengthBase.count - 1
        if length < 258 {
            code = 0
            while code + 1 < lengthBase.count - 1, lengthBase[code + 1] <= length { code += 1 }
        }
        writeLiteral(257 + code, &out)
        if lengthExtra[code] > 0 { out.write(UInt32(length - lengthBase[code]), count: lengthExtra[code]) }
    }

    static func writeDistance(_ distance: Int, _ out: inout DeflateBitWriter) {
        var code = 0
        while code + 1 < distanceBase.count, distanceBase[code + 1] <= distance { code += 1 }
        out.writeHuffman(code, count: 5)  // fixed distance codes are plain 5-bit numbers
        if distanceExtra[code] > 0 { out.write(UInt32(distance - distanceBase[code]), count: distanceExtra[code]) }
    }
}

/// Packs bits least-significant first, as DEFLATE stores them.
struct DeflateBitWriter {
    private(set) var bytes: [UInt8] = []
    private var accumulator: UInt64 = 0
    private var pending = 0

    /// Writes the low `count` bits of `value`, least-significant bit first (extra bits, headers).
    mutating func write(_ value: UInt32, count: Int) {
        accumulator |= UInt64(value) << UInt64(pending)
        pending += count
        while pending >= 8 {
            bytes.append(UInt8(truncatingIfNeeded: accumulator))
            accumulator >>= 8
            pending -= 8
        }
    }

    /// Writes a Huffman code, which RFC 1951 packs most-significant bit first.
    mutating func writeHuffman(_ code: Int, count: Int) {
        var reversed: UInt32 = 0
        var c = UInt32(code)
        for _ in 0..<count {
            reversed = (reversed << 1) | (c & 1)
            c >>= 1
        }
        write(reversed, count: count)
    }

    /// The bytes, with the last partial byte padded by zero bits.
    mutating func finish() -> [UInt8] {
        if pending > 0 { bytes.append(UInt8(truncatingIfNeeded: accumulator)) }
        accumulator = 0
        pending = 0
        return bytes
    }
}
