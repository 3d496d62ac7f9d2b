import HubMarkdown

/// Plain text from Markdown source, for indexing and excerpts when a section's text still
/// holds Markdown syntax: link and image syntax reduced to their text (destinations dropped,
/// so `../methods/x.md` is not indexed), HTML tags, emphasis and code markers, heading,
/// quote and list markers, table pipes and rules removed. Plain text passes through as it is.
public enum MarkdownPlainText {
    /// The plain text of `markdown`.
    public static func plain(_ markdown: String) -> String {
        var s = markdown
        return s.withUTF8 { b in
            // The plain text is never longer than the source: written straight into the String.
            String(unsafeUninitializedCapacity: max(b.count, 1)) { plain(bytes: b, into: $0.baseAddress!) }
        }
    }

    /// Sections of a Markdown body cut at the lines of its parsed headings (1-based lines of
    /// `body`), each section's text made plain. The text before the first heading has no heading.
    public static func sections(body: String, headings: [MarkdownHeading]) -> [MarkdownSection] {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [MarkdownSection] = []
        var current: MarkdownHeading?
        var start = 0
        func flush(_ end: Int) {
            var text = start < end ? lines[start..<min(end, lines.count)].joined(separator: "\n") : ""
            text = plain(text)
            if current != nil || !text.isEmpty { out.append(MarkdownSection(heading: current, text: text)) }
        }
        for h in headings {
            let line = max(0, h.line - 1)
            guard line >= start, line < lines.count else { continue }
            flush(line)
            current = h
            start = line + 1
            // A setext heading's underline is not text.
            if start < lines.count, lines[start].allSatisfy({ $0 == "=" || $0 == "-" || $0 == " " }), !lines[start].isEmpty { start += 1 }
        }
        flush(lines.count)
        return out
    }

    static func plain(bytes b: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: max(b.count, 1)) { buffer, count in
            count = plain(bytes: b, into: buffer.baseAddress!)
        }
    }

    /// The bytes a rule of `plain` looks at (newline, `!`, brackets, `*`, backtick, `_`, `|`,
    /// `<`, backslash); every other byte outside a fence is copied as it is.
    static let special: [Bool] = (0..<256).map { [0x0A, 0x21, 0x5B, 0x5D, 0x2A, 0x60, 0x5F, 0x7C, 0x3C, 0x5C].contains($0) }

    /// Writes the plain text of `b` to `o` (room for `b.count` bytes); returns its length.
    static func plain(bytes b: UnsafeBufferPointer<UInt8>, into o: UnsafeMutablePointer<UInt8>) -> Int {
        special.withUnsafeBufferPointer { plain(bytes: b, into: o, special: $0) }
    }

    private static func plain(bytes b: UnsafeBufferPointer<UInt8>, into o: UnsafeMutablePointer<UInt8>, special: UnsafeBufferPointer<Bool>) -> Int {
        var out = Output(base: o)
        var i = 0
        let n = b.count
        var lineStart = true
        var inFence = false
        while i < n {
            if lineStart {
                lineStart = false
                // Skip indentation, then block markers.
                var j = i
                while j < n && (b[j] == 0x20 || b[j] == 0x09) { j += 1 }
                if j + 2 < n && (b[j] == 0x60 || b[j] == 0x7E) && b[j + 1] == b[j] && b[j + 2] == b[j] {
                    inFence.toggle()
                    while j < n && b[j] != 0x0A { j += 1 }
                    i = j
                    continue
                }
                if !inFence {
                    // Rules and table delimiter rows: nothing but - = | : * _ and spaces.
                    var k = j, onlyRule = true, any = false
                    while k < n && b[k] != 0x0A {
                        let c = b[k]
                        if c == 0x2D || c == 0x3D || c == 0x7C || c == 0x3A || c == 0x2A || c == 0x5F { any = true } else if c != 0x20 && c != 0x09 { onlyRule = false; break }
                        k += 1
                    }
                    if onlyRule && any { i = k; continue }
                    while j < n && (b[j] == 0x23 || b[j] == 0x3E) { j += 1 }  // # and >
                    while j < n && b[j] == 0x20 { j += 1 }
                    if j + 1 < n && (b[j] == 0x2D || b[j] == 0x2A || b[j] == 0x2B) && b[j + 1] == 0x20 { j += 2 }
                    var d = j
                    while d < n && b[d] >= 0x30 && b[d] <= 0x39 { d += 1 }
                    if d > j && d + 1 < n && (b[d] == 0x2E || b[d] == 0x29) && b[d + 1] == 0x20 { j = d + 2 }
                    if j + 3 < n && b[j] == 0x5B && (b[j + 1] == 0x20 || b[j + 1] == 0x78 || b[j + 1] == 0x58) && b[j + 2] == 0x5D { j += 3 }
                }
                i = j
                continue
            }
            if !inFence {
                // Copy the run of bytes that no rule below looks at, in one go.
                var j = i
                // Eight bytes at a time while none can be special.
                if let base = b.baseAddress {
                    let raw = UnsafeRawPointer(base)
                    while j + 8 <= n && !Self.maySpecial(raw.loadUnaligned(fromByteOffset: j, as: UInt64.self)) { j += 8 }
                }
                while j < n && !special[Int(b[j])] { j += 1 }
                if j > i {
                    out.append(UnsafeBufferPointer(rebasing: b[i..<j]))
                    i = j
                    if i == n { break }
                }
            }
            let c = b[i]
            if c == 0x0A { out.append(c); i += 1; lineStart = true; continue }
            if inFence { out.append(c); i += 1; continue }
            switch c {
            case 0x21 where i + 1 < n && b[i + 1] == 0x5B:  // ![alt](...)
                i += 1
            case 0x5D:  // ](dest) or ][ref] after link text: drop the destination
                i += 1
                if i < n && (b[i] == 0x28 || b[i] == 0x5B) {
                    let close: UInt8 = b[i] == 0x28 ? 0x29 : 0x5D
                    var depth = 0, j = i
                    while j < n && b[j] != 0x0A {
                        if b[j] == b[i] { depth += 1 } else if b[j] == close { depth -= 1; if depth == 0 { break } }
                        j += 1
                    }
                    if j < n && b[j] == close { i = j + 1 }
                }
            case 0x5B, 0x2A, 0x60:  // [ * `
                i += 1
            case 0x5F where (i + 1 < n && b[i + 1] == 0x5F) || (i > 0 && b[i - 1] == 0x5F):  // __
                i += 1
            case 0x5F where i == 0 || !isWordByte(b[i - 1]) || i + 1 >= n || !isWordByte(b[i + 1]):  // _em_
                i += 1
            case 0x7C:  // table pipe
                out.append(0x20)
                i += 1
            case 0x3C:  // <tag> or <autolink>
                var j = i + 1
                if j < n && (isLetter(b[j]) || b[j] == 0x2F || b[j] == 0x21) {
                    while j < n && b[j] != 0x3E && b[j] != 0x0A { j += 1 }
                    if j < n && b[j] == 0x3E {
                        let inner = b[(i + 1)..<j]
                        if inner.contains(0x3A) && !inner.contains(0x20) { for x in inner { out.append(x) } }  // autolink keeps its text
                        i = j + 1
                        continue
                    }
                }
                out.append(c)
                i += 1
            case 0x5C where i + 1 < n && b[i + 1] != 0x0A:  // backslash escape
                out.append(b[i + 1])
                i += 2
            default:
                out.append(c)
                i += 1
            }
        }
        return out.count
    }

    /// Can one of the eight bytes of `x` be `special`? True when one is (and for `^`, 0x5E,
    /// inside the range tested for `[`, backslash, `]`, `_` and backtick). A byte equal to c
    /// is a zero byte of `x ^ c`, found by the borrow of subtracting one from each byte.
    @inline(__always) static func maySpecial(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zeroByte(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & high }
        var m = zeroByte(x ^ (0x0A &* ones)) | zeroByte(x ^ (0x21 &* ones)) | zeroByte(x ^ (0x2A &* ones))
        m |= zeroByte(x ^ (0x3C &* ones)) | zeroByte(x ^ (0x7C &* ones))
        let y = x & 0x7F7F_7F7F_7F7F_7F7F
        m |= (y &+ (0x80 - 0x5B) &* ones) & ~(y &+ (0x7F - 0x60) &* ones) & ~x & high
        return m != 0
    }

    /// A write cursor: the caller guarantees the room, so no capacity check per byte.
    struct Output {
        let base: UnsafeMutablePointer<UInt8>
        var count = 0
        @inline(__always) mutating func append(_ c: UInt8) {
            base[count] = c
            count += 1
        }
        @inline(__always) mutating func append(_ run: UnsafeBufferPointer<UInt8>) {
            (base + count).update(from: run.baseAddress!, count: run.count)
            count += run.count
        }
    }

    @inline(__always) static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    @inline(__always) static func isWordByte(_ c: UInt8) -> Bool { isLetter(c) || (c >= 0x30 && c <= 0x39) || c >= 0x80 }
}
