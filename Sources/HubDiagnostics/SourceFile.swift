/// The text of one source file with an index of line starts, so that byte offsets
/// found by byte-level parsers turn into line:column positions and source lines
/// for diagnostics without rescanning the file.
public struct SourceFile: Sendable {
    public let path: String
    public let text: String
    /// Byte offset (into `text.utf8`) where each line starts; lines end at \n, \r\n or \r.
    public let lineStarts: [Int]
    /// The text's UTF-8 bytes, kept so that excerpts for many diagnostics don't copy the file each time.
    private let bytes: [UInt8]

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        var starts = [0]
        let bytes = Array(text.utf8)
        self.bytes = bytes
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A {
                starts.append(i + 1)
            } else if b == 0x0D {
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        self.lineStarts = starts
    }

    public var lineCount: Int { lineStarts.count }

    /// The 1-based line containing the byte offset.
    public func line(ofOffset offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    /// The location of a byte offset, with the column counted in characters.
    public func location(ofOffset offset: Int) -> SourceLocation {
        let line = line(ofOffset: offset)
        let start = lineStarts[line - 1]
        let end = min(max(offset, start), bytes.count)
        let prefix = String(decoding: bytes[start..<end], as: UTF8.self)
        return SourceLocation(path: path, line: line, column: prefix.count + 1)
    }

    /// The text of a 1-based line without its line ending, or nil past the end.
    public func lineText(_ line: Int) -> String? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
