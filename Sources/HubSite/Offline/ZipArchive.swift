import Dispatch
import Foundation

/// A deterministic ZIP archive writer following the PKWARE APPNOTE (6.3.x): one local
/// header and data per entry, then the central directory and the end record.
///
/// Determinism: entries are sorted by the bytes of their UTF-8 names, every entry carries
/// the same timestamp, no extra fields are written, and the Unix permissions are fixed
/// (0644 for files, 0755 for folders). Names are flagged UTF-8 (general purpose bit 11), so
/// `LÄS MIG.txt` opens correctly in `unzip`, Python's `zipfile` and Windows Explorer.
///
/// Limits: no ZIP64, so at most 65,535 entries and 4 GiB in all; larger input is an error.
public struct ZipArchive: Sendable {
    /// How entries are stored.
    public enum Compression: Sendable {
        /// Method 0, bytes as they are.
        case store
        /// Method 8 where it makes the entry smaller, method 0 otherwise.
        case deflate
    }

    /// One entry: a file (with bytes) or a folder (name ending in `/`).
    public struct Entry: Sendable {
        public var name: String
        public var bytes: [UInt8]
        public var isDirectory: Bool { name.hasSuffix("/") }

        public init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }

        public init(directory name: String) {
            self.name = name.hasSuffix("/") ? name : name + "/"
            self.bytes = []
        }
    }

    /// Why an archive could not be written.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case tooManyEntries(Int)
        case tooLarge
        case invalidName(String)
        case duplicateName(String)

        public var description: String {
            switch self {
            case .tooManyEntries(let n): "ZIP without ZIP64 holds at most 65535 entries, not \(n)"
            case .tooLarge: "ZIP without ZIP64 holds at most 4 GiB"
            case .invalidName(let n): "invalid ZIP entry name '\(n)'"
            case .duplicateName(let n): "duplicate ZIP entry name '\(n)'"
            }
        }
    }

    public var compression: Compression
    public var timestamp: DOSTimestamp
    private var entries: [Entry] = []

    public init(compression: Compression = .deflate, timestamp: DOSTimestamp = .epoch) {
        self.compression = compression
        self.timestamp = timestamp
    }

    /// Adds a file; `name` uses `/` between folders and must be relative.
    public mutating func add(_ name: String, bytes: [UInt8]) {
        entries.append(Entry(name: name, bytes: bytes))
    }

    /// Adds an entry.
    public mutating func add(_ entry: Entry) {
        entries.append(entry)
    }

    /// The archive's bytes.
    public func bytes() throws(Failure) -> [UInt8] {
        let sorted = entries.sorted { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
        guard sorted.count <= 0xFFFF else { throw .tooManyEntries(sorted.count) }
        var previous: String?
        for entry in sorted {
            try Self.validate(entry.name)
            if entry.name == previous { throw .duplicateName(entry.name) }
            previous = entry.name
        }
        let packed = Self.pack(sorted, compression: compression)
        var out: [UInt8] = []
        var central: [UInt8] = []
        for (entry, (crc, method, data)) in zip(sorted, packed) {
            let offset = out.count
            let name = Array(entry.name.utf8)
            guard offset + 30 + name.count + data.count < 0xFFFF_FFFF else { throw .tooLarge }
            let header = HeaderFields(
                method: method, crc: crc, compressedSize: UInt32(data.count),
                uncompressedSize: UInt32(entry.bytes.count), nameLength: UInt16(name.count), timestamp: timestamp)

            out.appendLE(UInt32(0x0403_4B50))  // local file header signature
            header.write(into: &out)
            out.appendLE(UInt16(0))  // extra field length
            out.append(contentsOf: name)
            out.append(contentsOf: data)

            central.appendLE(UInt32(0x0201_4B50))  // central file header signature
            central.appendLE(UInt16(3 << 8 | 20))  // made by: Unix, spec 2.0, so the mode below counts
            header.write(into: &central)
            central.appendLE(UInt16(0))  // extra field length
            central.appendLE(UInt16(0))  // file comment length
            central.appendLE(UInt16(0))  // disk number start
            central.appendLE(UInt16(0))  // internal attributes
            let mode: UInt32 = entry.isDirectory ? 0o040755 : 0o100644
            central.appendLE(mode << 16 | (entry.isDirectory ? 0x10 : 0))  // Unix mode, MS-DOS directory bit
            central.appendLE(UInt32(offset))
            central.append(contentsOf: name)
        }
        let centralOffset = out.count
        guard centralOffset + central.count + 22 < 0xFFFF_FFFF else { throw .tooLarge }
        out.append(contentsOf: central)
        out.appendLE(UInt32(0x0605_4B50))  // end of central directory signature
        out.appendLE(UInt16(0))  // number of this disk
        out.appendLE(UInt16(0))  // disk where the central directory starts
        out.appendLE(UInt16(sorted.count))  // entries on this disk
        out.appendLE(UInt16(sorted.count))  // entries in all
        out.appendLE(UInt32(central.count))
        out.appendLE(UInt32(centralOffset))
        out.appendLE(UInt16(0))  // comment length
        return out
    }

    /// Checksums and compresses every entry, on all cores: each entry is independent and
    /// lands in its own slot, so the result does not depend on which thread ran first.
    static func pack(_ entries: [Entry], compression: Compression) -> [(crc: UInt32, method: UInt16, data: [UInt8])] {
        let slots = PackSlots(count: entries.count)
        DispatchQueue.concurrentPerform(iterations: entries.count) { i in
            let entry = entries[i]
            var method: UInt16 = 0
            var data = entry.bytes
            if compression == .deflate, !entry.isDirectory, !entry.bytes.isEmpty {
                let packed = Deflate.compress(entry.bytes)
                if packed.count < entry.bytes.count {
                    method = 8
                    data = packed
                }
            }
            slots.set(i, (CRC32.checksum(entry.bytes), method, data))
        }
        let result = slots.values
        return result
    }

    /// Names are relative, `/`-separated, with no empty, `.` or `..` segment: an archive we
    /// write must never make an unzip tool write outside its target folder.
    static func validate(_ name: String) throws(Failure) {
        var segments = name.split(separator: "/", omittingEmptySubsequences: false)
        if name.hasSuffix("/") { segments.removeLast() }
        let bad = name.isEmpty || name.hasPrefix("/") || name.contains("\\") || name.utf8.count > 0xFFFF
            || segments.contains { $0.isEmpty || $0 == "." || $0 == ".." }
            || name.utf8.contains(0)
        if bad { throw .invalidName(name) }
    }

    /// The fields shared by the local and the central header, from "version needed" to
    /// "file name length".
    private struct HeaderFields {
        var method: UInt16
        var crc: UInt32
        var compressedSize: UInt32
        var uncompressedSize: UInt32
        var nameLength: UInt16
        var timestamp: DOSTimestamp

        func write(into out: inout [UInt8]) {
            out.appendLE(UInt16(20))  // version needed to extract: 2.0 (deflate, folders)
            out.appendLE(UInt16(0x0800))  // general purpose bit 11: names are UTF-8
            out.appendLE(method)
            out.appendLE(timestamp.time)
            out.appendLE(timestamp.date)
            out.appendLE(crc)
            out.appendLE(compressedSize)
            out.appendLE(uncompressedSize)
            out.appendLE(nameLength)
        }
    }
}

/// An MS-DOS date and time as ZIP stores them (two-second resolution, years from 1980).
public struct DOSTimestamp: Sendable, Equatable {
    public var date: UInt16
    public var time: UInt16

    /// 1980-01-01 00:00:00, the earliest DOS time: obviously not a real file time.
    public static let epoch = DOSTimestamp(year: 1980, month: 1, day: 1)

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        let y = min(max(year, 1980), 2107) - 1980
        date = UInt16(y << 9 | min(max(month, 1), 12) << 5 | min(max(day, 1), 31))
        time = UInt16(min(max(hour, 0), 23) << 11 | min(max(minute, 0), 59) << 5 | min(max(second, 0), 59) / 2)
    }
}

extension [UInt8] {
    /// Appends a little-endian integer, as every ZIP field is.
    mutating func appendLE<T: FixedWidthInteger>(_ value: T) {
        var v = value.littleEndian
        Swift.withUnsafeBytes(of: &v) { append(contentsOf: $0) }
    }
}

/// One result slot per entry, each written by exactly one task of `pack`. A raw buffer,
/// not an array property, so that concurrent writes to different slots are not one
/// exclusive access to the same variable.
private final class PackSlots: @unchecked Sendable {
    typealias Value = (crc: UInt32, method: UInt16, data: [UInt8])
    private let buffer: UnsafeMutableBufferPointer<Value>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: (0, 0, []))
    }

    func set(_ i: Int, _ value: Value) { buffer[i] = value }

    var values: [Value] { Array(buffer) }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }
}
