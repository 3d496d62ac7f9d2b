/// Paths inside `Content/` as authors write them in links, images and attachment lists,
/// checked so that nothing outside the content folder is ever linked to or copied.
public enum ContentPath {
    /// Why a path was refused.
    public enum Problem: Error, Sendable, Equatable {
        case backslash, encodedSeparator, absolute, outsideContent, empty

        public var message: (sv: String, en: String) {
            switch self {
            case .backslash: ("sökvägen innehåller omvända snedstreck (\\); använd /", "the path contains backslashes (\\); use /")
            case .encodedSeparator: ("sökvägen innehåller kodade punkter eller snedstreck (%2e, %2f, %5c)", "the path contains percent-encoded dots or slashes (%2e, %2f, %5c)")
            case .absolute: ("absoluta sökvägar är inte tillåtna; skriv sökvägen relativt dokumentet", "absolute paths are not allowed; write the path relative to the document")
            case .outsideContent: ("sökvägen pekar utanför Content/", "the path points outside Content/")
            case .empty: ("tom sökväg", "empty path")
            }
        }
    }

    /// Resolves `path` (relative, as written in a document) against `baseDirectory`
    /// (content-relative, ending in `/` or empty) to a normalized content-relative path,
    /// or says why it may not be used. `path` must already be without `?query` and `#fragment`.
    public static func resolve(_ path: String, against baseDirectory: String) -> Result<String, Problem> {
        // Every link of every page passes here: one pass over the bytes finds what the
        // checks need, and plain ASCII paths are joined as bytes.
        resolve(Array(path.utf8), against: baseDirectory,
                asciiBase: baseDirectory.utf8.allSatisfy({ $0 < 0x80 }) ? Array(baseDirectory.utf8) : nil)
    }

    /// `resolve(_:against:)` for a path given as bytes and a base folder that is ASCII
    /// (its bytes), as a page resolving all its links has it once.
    static func resolve(_ bytes: [UInt8], asciiBase: [UInt8]) -> Result<String, Problem> {
        resolve(bytes, against: nil, asciiBase: asciiBase)
    }

    /// `baseDirectory` is needed only when `asciiBase` is nil or the path is not ASCII.
    static func resolve(_ bytes: [UInt8], against base: String?, asciiBase: [UInt8]?) -> Result<String, Problem> {
        if bytes.isEmpty { return .failure(.empty) }
        var percent = false
        for b in bytes {
            if b == 0x5C { return .failure(.backslash) }
            if b == 0x25 { percent = true }
        }
        if percent && hasEncodedSeparator(bytes) { return .failure(.encodedSeparator) }
        if bytes[0] == 0x2F || bytes[0] == 0x7E { return .failure(.absolute) }  // `/`, `~`
        // A drive letter (`C:/x`) reads as a scheme elsewhere; refuse it here too.
        if bytes.count > 1 && bytes[1] == 0x3A { return .failure(.absolute) }
        let decodedBytes = percent ? percentDecode(bytes) : bytes
        var ascii = true
        for b in decodedBytes {
            if b == 0x5C { return .failure(.backslash) }
            if b >= 0x80 { ascii = false }
        }
        if decodedBytes.contains(0) { return .failure(.encodedSeparator) }
        if ascii, let asciiBase {
            return joinASCII(decodedBytes, base: asciiBase)
        }
        let baseDirectory = base ?? String(decoding: asciiBase ?? [], as: UTF8.self)
        // Other paths split by `Character`, where `/` plus a combining mark is not a separator.
        let decoded = String(decoding: decodedBytes, as: UTF8.self)
        var parts: [Substring] = baseDirectory.split(separator: "/", omittingEmptySubsequences: true)
        for comp in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if comp == "." { continue }
            if comp == ".." {
                if parts.isEmpty { return .failure(.outsideContent) }
                parts.removeLast()
            } else {
                parts.append(comp)
            }
        }
        if parts.isEmpty { return .failure(.outsideContent) }
        var s = parts.joined(separator: "/")
        if decoded.hasSuffix("/") { s += "/" }
        return .success(s)
    }

    /// `resolve(_:asciiBase:)` for a path of ASCII bytes without `%` (nearly every link), in
    /// one pass and without copies; nil for any other path.
    static func resolveASCII(_ path: UnsafeBufferPointer<UInt8>, base: UnsafeBufferPointer<UInt8>) -> Result<String, Problem>? {
        if path.isEmpty { return .failure(.empty) }
        var backslash = false, nul = false
        for b in path {
            if b >= 0x80 || b == 0x25 { return nil }
            if b == 0x5C { backslash = true }
            if b == 0 { nul = true }
        }
        if backslash { return .failure(.backslash) }
        if path[0] == 0x2F || path[0] == 0x7E { return .failure(.absolute) }
        if path.count > 1 && path[1] == 0x3A { return .failure(.absolute) }
        if nul { return .failure(.encodedSeparator) }
        return joinASCII(path, base: base)
    }

    /// `%2e`, `%2f`, `%5c` or `%00` in any case: dots, slashes and NUL hidden from the checks.
    static func hasEncodedSeparator(_ path: String) -> Bool { hasEncodedSeparator(Array(path.utf8)) }

    static func hasEncodedSeparator(_ b: [UInt8]) -> Bool {
        var i = 0
        while i + 2 < b.count {
            if b[i] == 0x25 {
                let h = b[i + 1], l = b[i + 2] | 0x20  // lowercase a letter
                if (h == 0x32 && (l == 0x65 || l == 0x66)) || (h == 0x35 && l == 0x63) || (h == 0x30 && b[i + 2] == 0x30) {
                    return true
                }
            }
            i += 1
        }
        return false
    }

    /// `resolve`'s `.` and `..` walk on ASCII bytes: the parts of `base` as they are, then
    /// those of `path`, written straight into the result (`..` cuts back to the last `/`).
    static func joinASCII(_ path: [UInt8], base: [UInt8]) -> Result<String, Problem> {
        path.withUnsafeBufferPointer { p in base.withUnsafeBufferPointer { joinASCII(p, base: $0) } }
    }

    static func joinASCII(_ path: UnsafeBufferPointer<UInt8>, base: UnsafeBufferPointer<UInt8>) -> Result<String, Problem> {
        var outside = false
        // At most every byte of both, a `/` between them and one at the end.
        let joined = String(unsafeUninitializedCapacity: base.count + path.count + 2) { out in
            guard let n = joinASCII(path, base: base, into: out) else {
                outside = true
                return 0
            }
            return n
        }
        return outside ? .failure(.outsideContent) : .success(joined)
    }

    /// `joinASCII` written into `out` (room for `base.count + path.count + 2` bytes): the
    /// length written, or nil when the path leads outside the content folder. Pages resolve
    /// their links into a scratch buffer with it, without making a `String` of each.
    static func joinASCII(_ path: UnsafeBufferPointer<UInt8>, base: UnsafeBufferPointer<UInt8>,
                          into out: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        var n = 0, count = 0
        func walk(_ src: UnsafeBufferPointer<UInt8>, dots: Bool) -> Bool {
            var i = 0
            while i < src.count {
                var j = i
                while j < src.count && src[j] != 0x2F { j += 1 }
                let len = j - i
                if dots && (len == 0 || (len == 1 && src[i] == 0x2E)) {
                    // empty or `.`
                } else if dots && len == 2 && src[i] == 0x2E && src[i + 1] == 0x2E {
                    if count == 0 { return false }
                    while n > 0 && out[n - 1] != 0x2F { n -= 1 }
                    if n > 0 { n -= 1 }  // the `/` before the part
                    count -= 1
                } else if len > 0 {
                    if count > 0 { out[n] = 0x2F; n += 1 }
                    for k in i..<j { out[n] = src[k]; n += 1 }
                    count += 1
                }
                i = j + 1
            }
            return true
        }
        _ = walk(base, dots: false)
        guard walk(path, dots: true), count > 0 else { return nil }
        if path.last == 0x2F { out[n] = 0x2F; n += 1 }
        return n
    }

    /// Whether an attachment name (relative to its document's folder, as the loader lists
    /// it) stays inside that folder: no `..`, no absolute path, no backslash, no empty part.
    public static func isSafeAttachmentName(_ name: String) -> Bool {
        guard !name.isEmpty, !name.hasPrefix("/"), !name.utf8.contains(0x5C), !name.utf8.contains(0) else { return false }
        for comp in name.split(separator: "/", omittingEmptySubsequences: false) {
            if comp.isEmpty || comp == "." || comp == ".." { return false }
        }
        return true
    }

    /// `%C3%A5` → `å`; invalid escapes stay as they are.
    public static func percentDecode(_ s: String) -> String {
        guard s.utf8.contains(0x25) else { return s }
        return String(decoding: percentDecode(Array(s.utf8)), as: UTF8.self)
    }

    static func percentDecode(_ b: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        func hex(_ c: UInt8) -> UInt8? {
            switch c {
            case 0x30...0x39: c - 0x30
            case 0x41...0x46: c - 0x41 + 10
            case 0x61...0x66: c - 0x61 + 10
            default: nil
            }
        }
        while i < b.count {
            if b[i] == 0x25, i + 2 < b.count, let h = hex(b[i + 1]), let l = hex(b[i + 2]) {
                out.append(h << 4 | l)
                i += 3
            } else {
                out.append(b[i])
                i += 1
            }
        }
        return out
    }

    /// Percent-encodes a path for `href`/`src`: keeps unreserved characters and `/`.
    public static func percentEncode(_ path: String) -> String {
        var out: [UInt8] = []
        let hexDigits = Array("0123456789ABCDEF".utf8)
        for b in path.utf8 {
            let keep = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                || b == 0x2D || b == 0x2E || b == 0x5F || b == 0x7E || b == 0x2F
            if keep {
                out.append(b)
            } else {
                out.append(0x25)
                out.append(hexDigits[Int(b >> 4)])
                out.append(hexDigits[Int(b & 0xF)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
