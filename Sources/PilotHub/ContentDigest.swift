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
        func hex(_ v: UInt64) -> String {
            let s = String(v, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }
        return "\(size) \(hex(high))\(hex(low))"
    }

    /// The digest `text` wrote; nil for anything else.
    init?(text: Substring) {
        let parts = text.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 2, let size = Int(parts[0]), size >= 0, parts[1].utf8.count == 32,
              let high = UInt64(parts[1].prefix(16), radix: 16), let low = UInt64(parts[1].suffix(16), radix: 16) else { return nil }
        self.init(size: size, high: high, low: low)
    }
}
