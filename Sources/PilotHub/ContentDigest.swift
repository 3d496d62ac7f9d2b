/// A file's size and a 128-bit hash of its bytes, kept in the site's manifest
/// (`TreeManifest`) so that a rebuild can tell a page is unchanged without reading the old
/// file back. That read is the costly part of comparing: the kept site was written minutes
/// ago, and by then its pages have often left the page cache (on this VM, memory untouched
/// for a minute is paged out), so comparing meant reading the whole site from disk.
///
/// Not cryptographic: it guards against a page that changed between two builds looking
/// unchanged by chance, for which 128 bits of a well-mixed hash are plenty. Four 64-bit
/// lanes take a 32-byte block per round, so that the multiplies of one round run side by
/// side. The constants are arbitrary odd numbers (drawn at random), fixed forever: the
/// manifest of one build is read by the next.
struct ContentDigest: Equatable, Sendable {
    var size: Int
    var high: UInt64
    var low: UInt64

    private static let k0: UInt64 = 0x97b1165f0971b7c5
    private static let k1: UInt64 = 0xd13c513a42f8eda1
    private static let k2: UInt64 = 0x8a8318174d645fa7
    private static let k3: UInt64 = 0x25abd89bd67e4d93
    private static let m0: UInt64 = 0x48a7c8252abc5619
    private static let m1: UInt64 = 0x3cbb7daa64c184fb

    init(size: Int, high: UInt64, low: UInt64) {
        self.size = size
        self.high = high
        self.low = low
    }

    init(_ bytes: UnsafeRawBufferPointer) {
        var v0 = Self.k0, v1 = Self.k1, v2 = Self.k2, v3 = Self.k3
        @inline(__always) func round(_ v: inout UInt64, _ w: UInt64) {
            let x = v &+ w &* Self.m0
            v = (x << 29 | x >> 35) &* Self.m1
        }
        let n = bytes.count
        var at = 0
        if let base = bytes.baseAddress {
            while at + 32 <= n {
                round(&v0, UInt64(littleEndian: base.loadUnaligned(fromByteOffset: at, as: UInt64.self)))
                round(&v1, UInt64(littleEndian: base.loadUnaligned(fromByteOffset: at + 8, as: UInt64.self)))
                round(&v2, UInt64(littleEndian: base.loadUnaligned(fromByteOffset: at + 16, as: UInt64.self)))
                round(&v3, UInt64(littleEndian: base.loadUnaligned(fromByteOffset: at + 24, as: UInt64.self)))
                at += 32
            }
            // The last 0–31 bytes, zero-padded into whole words (the size below tells
            // "ab" from "ab\0").
            var lane = 0
            while at < n {
                var w: UInt64 = 0
                for i in 0..<min(8, n - at) { w |= UInt64(base.load(fromByteOffset: at + i, as: UInt8.self)) << (8 * UInt64(i)) }
                switch lane {
                case 0: round(&v0, w)
                case 1: round(&v1, w)
                case 2: round(&v2, w)
                default: round(&v3, w)
                }
                lane += 1
                at += 8
            }
        }
        let length = UInt64(n)
        size = n
        high = Self.avalanche(v0 ^ (v1 << 17 | v1 >> 47) ^ (v2 &* Self.m1) ^ length)
        low = Self.avalanche(v3 ^ (v2 << 41 | v2 >> 23) ^ (v1 &* Self.m0) ^ (length &* Self.k2))
    }

    init(_ bytes: [UInt8]) {
        self = bytes.withUnsafeBytes { ContentDigest($0) }
    }

    /// Every input bit affects every output bit.
    private static func avalanche(_ x: UInt64) -> UInt64 {
        var x = x
        x ^= x >> 31
        x &*= m0
        x ^= x >> 29
        x &*= m1
        x ^= x >> 32
        return x
    }

    /// `<size> <32 hex digits>`, as the manifest stores it.
    var text: String {
        var bytes: [UInt8] = []
        write(into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` as bytes.
    func write(into out: inout [UInt8]) {
        out += String(size).utf8
        out.append(UInt8(ascii: " "))
        let digits = Array("0123456789abcdef".utf8)
        for v in [high, low] {
            for shift in stride(from: 60, through: 0, by: -4) { out.append(digits[Int((v >> UInt64(shift)) & 0xF)]) }
        }
    }

    /// The digest `text` wrote.
    init?(text: Substring) {
        let bytes = Array(text.utf8)
        guard let (digest, next) = bytes.withUnsafeBufferPointer({ Self.read($0, from: 0, to: $0.count) }),
              next == bytes.count + 1 else { return nil }
        self = digest
    }

    /// Reads `<size> <32 hex digits> ` from `b[start..<end]`; returns the digest and where
    /// what follows the second space starts, or nil.
    static func read(_ b: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (ContentDigest, Int)? {
        var at = start, size = 0
        while at < end, b[at] >= UInt8(ascii: "0"), b[at] <= UInt8(ascii: "9"), at - start < 18 {
            size = size * 10 + Int(b[at] - UInt8(ascii: "0"))
            at += 1
        }
        guard at > start, at < end, b[at] == UInt8(ascii: " "), at + 33 <= end else { return nil }
        at += 1
        var high: UInt64 = 0, low: UInt64 = 0
        for k in 0..<32 {
            let c = b[at + k]
            let v: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): v = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): v = c - UInt8(ascii: "a") + 10
            default: return nil
            }
            if k < 16 { high = high << 4 | UInt64(v) } else { low = low << 4 | UInt64(v) }
        }
        at += 32
        // A space before the path; the text of a digest alone ends here.
        guard at == end || b[at] == UInt8(ascii: " ") else { return nil }
        return (ContentDigest(size: size, high: high, low: low), at + 1)
    }
}
