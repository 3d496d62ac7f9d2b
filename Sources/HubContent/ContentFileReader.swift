import Foundation
import HubDiagnostics

/// Reads content files safely: whatever bytes an author's editor saved, the result is
/// either text (with warnings for what had to be repaired) or one clear error.
public enum ContentFileReader {
    /// Files larger than this are refused: no real document is that big, and reading
    /// one would only make a build slow or run out of memory.
    public static let maximumFileSize = 50 * 1024 * 1024

    /// The outcome of decoding a file.
    public struct Decoded: Sendable {
        /// The text with a BOM removed, CRLF and lone CR turned into LF (line numbers are
        /// unchanged), NUL and invalid UTF-8 replaced by U+FFFD. Nil when the file is refused.
        public var text: String?
        public var diagnostics: [Diagnostic]
    }

    /// Reads and decodes the file at `url`; `path` is how diagnostics name it.
    public static func read(url: URL, path: String) -> Decoded {
        read(filePath: url.path, path: path)
    }

    /// Reads and decodes the file at `filePath` (no `URL` made: the loader reads thousands).
    public static func read(filePath: String, path: String) -> Decoded {
        let (bytes, refused) = readBytes(filePath: filePath, path: path)
        guard let bytes else { return Decoded(text: nil, diagnostics: refused) }
        return decode(bytes, path: path)
    }

    /// The bytes of the file at `filePath` as they are, or nil with the error that refused
    /// them (unreadable, too large): `read` before decoding.
    static func readBytes(filePath: String, path: String) -> (bytes: [UInt8]?, diagnostics: [Diagnostic]) {
        // One open, one fstat, one read: the size check costs no extra call, and a
        // file that is too large is never read.
        let fd = open(filePath, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return (nil, [unreadable(path, String(cString: strerror(errno)))]) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return (nil, [unreadable(path, String(cString: strerror(errno)))]) }
        let size = Int(info.st_size)
        if size > maximumFileSize {
            let mb = (size + 1024 * 1024 - 1) / (1024 * 1024)
            return (nil, [.error(
                "file-too-large", at: SourceLocation(path: path, line: 1, column: 1),
                sv: "filen är för stor (\(mb) MB); högst 50 MB tillåts för ett dokument",
                en: "file is too large (\(mb) MB); a document may be at most 50 MB")])
        }
        var failed: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: max(size, 1)) { buffer, count in
            count = 0
            while count < size {
                let n = Foundation.read(fd, buffer.baseAddress! + count, size - count)
                if n < 0 { if errno == EINTR { continue }; failed = errno; break }
                if n == 0 { break }
                count += n
            }
        }
        if failed != 0 { return (nil, [unreadable(path, String(cString: strerror(failed)))]) }
        return (bytes, [])
    }

    /// Whether `decode` takes `bytes` as they are, if they are valid UTF-8 (which the caller
    /// checks as it makes its strings): no BOM, no CR and no NUL. Nor can such bytes be
    /// UTF-16: that has NUL bytes (`looksLikeUTF16`) or starts with FF FE or FE FF, which
    /// are not UTF-8.
    static func needsNoRepair(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return true }
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return false }
        return memchr(base, 0x0D, bytes.count) == nil && memchr(base, 0, bytes.count) == nil
    }

    private static func unreadable(_ path: String, _ reason: String) -> Diagnostic {
        .error("unreadable-file", at: SourceLocation(path: path, line: 1, column: 1),
               sv: "filen kan inte läsas: \(reason)", en: "cannot read the file: \(reason)")
    }

    /// Decodes file bytes; see `Decoded.text` for what is repaired.
    public static func decode(_ bytes: [UInt8], path: String) -> Decoded {
        bytes.withUnsafeBufferPointer { decode($0, path: path) }
    }

    static func decode(_ all: UnsafeBufferPointer<UInt8>, path: String) -> Decoded {
        var start = 0
        if all.count >= 3, all[0] == 0xEF, all[1] == 0xBB, all[2] == 0xBF { start = 3 }
        let bytes = UnsafeBufferPointer(rebasing: all[start...])
        if looksLikeUTF16(all) {
            return Decoded(text: nil, diagnostics: [.error(
                "utf16-file", at: SourceLocation(path: path, line: 1, column: 1),
                sv: "filen är sparad som UTF-16; spara den som UTF-8 (i de flesta redigerare: Spara som → Kodning UTF-8)",
                en: "the file is saved as UTF-16; save the file as UTF-8 (in most editors: Save As → Encoding UTF-8)")])
        }
        var diagnostics: [Diagnostic] = []
        // memchr looks at many bytes per step; a byte loop was a tenth of the loader's time.
        var hasCR = false, firstNUL = -1
        if let base = bytes.baseAddress, bytes.count > 0 {
            hasCR = memchr(base, 0x0D, bytes.count) != nil
            if let nul = memchr(base, 0, bytes.count) { firstNUL = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(nul)) }
        }
        var text: String
        var firstInvalid = -1
        if let valid = String(validating: bytes, as: UTF8.self) {
            text = valid
        } else {
            firstInvalid = firstInvalidUTF8(bytes)
            text = String(decoding: bytes, as: UTF8.self)
        }
        if firstInvalid >= 0 {
            diagnostics.append(.warning(
                "invalid-utf8", at: location(ofByte: firstInvalid, in: bytes, path: path),
                sv: "filen innehåller byte som inte är giltig UTF-8; de har ersatts med �. Spara filen som UTF-8",
                en: "the file contains bytes that are not valid UTF-8; they were replaced by �. Save the file as UTF-8"))
        }
        if firstNUL >= 0 {
            diagnostics.append(.warning(
                "nul-byte", at: location(ofByte: firstNUL, in: bytes, path: path),
                sv: "filen innehåller NUL-tecken; de har ersatts med �",
                en: "the file contains NUL characters; they were replaced by �"))
            text = text.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}")
        }
        if hasCR { text = normalizeLineEndings(text) }
        return Decoded(text: text, diagnostics: diagnostics)
    }

    /// A BOM says so, or NUL bytes in every other position of the start (ASCII text as UTF-16).
    static func looksLikeUTF16(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        if b.count >= 2, (b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF) { return true }
        let n = min(b.count, 4096)
        guard n >= 4 else { return false }
        // Without a NUL among the first bytes it is not UTF-16; that is almost every file.
        guard memchr(b.baseAddress!, 0, n) != nil else { return false }
        var nulEven = 0, nulOdd = 0
        for i in 0..<n where b[i] == 0 { if i % 2 == 0 { nulEven += 1 } else { nulOdd += 1 } }
        let pairs = n / 2
        return max(nulEven, nulOdd) * 10 >= pairs * 4
    }

    /// CRLF and lone CR become LF; each ending stays one line, so positions do not move.
    static func normalizeLineEndings(_ s: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(s.utf8.count)
        var previousCR = false
        for b in s.utf8 {
            if b == 0x0D {
                out.append(0x0A)
                previousCR = true
            } else {
                if !(b == 0x0A && previousCR) { out.append(b) }
                previousCR = false
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The offset of the first byte that does not start a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0
        while i < b.count {
            let c = b[i]
            var need = 0
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch c {
            case 0x00...0x7F: i += 1; continue
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: return i
            }
            if i + need >= b.count { return i }
            if b[i + 1] < lo || b[i + 1] > hi { return i }
            var k = 2
            while k <= need {
                if b[i + k] & 0xC0 != 0x80 { return i }
                k += 1
            }
            i += need + 1
        }
        return -1
    }

    /// Line and character column of a byte offset, counting lines the way `SourceFile` does.
    static func location(ofByte offset: Int, in b: UnsafeBufferPointer<UInt8>, path: String) -> SourceLocation {
        var line = 1, lineStart = 0, i = 0
        while i < offset {
            if b[i] == 0x0A || (b[i] == 0x0D && !(i + 1 < b.count && b[i + 1] == 0x0A)) {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        let prefix = String(decoding: UnsafeBufferPointer(rebasing: b[lineStart..<offset]), as: UTF8.self)
        return SourceLocation(path: path, line: line, column: prefix.count + 1)
    }
}
