/// CRC-32 as ZIP (PKWARE APPNOTE 4.4.7), PNG and Ethernet define it: the reflected
/// polynomial 0xEDB88320, initial value and final XOR 0xFFFFFFFF.
///
/// Table-driven, one byte per step: bundles are a few megabytes, so the 256-entry table
/// is fast enough and keeps the code obviously right.
public struct CRC32: Sendable {
    /// The running value, before the final XOR.
    private var state: UInt32 = 0xFFFF_FFFF

    public init() {}

    /// The checksum of everything passed to `update` so far.
    public var value: UInt32 { state ^ 0xFFFF_FFFF }

    /// Feeds more bytes.
    public mutating func update<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        var c = state
        let table = CRC32.table
        for b in bytes {
            c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8)
        }
        state = c
    }

    /// The checksum of `bytes` in one call.
    public static func checksum<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        var crc = CRC32()
        crc.update(bytes)
        return crc.value
    }

    /// Entry `n` is the remainder of the byte `n` shifted through the polynomial eight times.
    static let table: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 {
            c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1
        }
        return c
    }
}
