/// A fragment of HTML that is safe by construction: string interpolation escapes every
/// `String` by default, so `"<h1>\(title)</h1>" as HTML` cannot inject markup. Markup that
/// is already HTML (the Markdown engine's output, our own fragments) goes in through
/// `HTML.raw(_:)`, which is the one greppable door for unescaped text.
public struct HTML: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// The markup, UTF-8. Kept as bytes: a page is thousands of small appends, and appending
    /// bytes is a copy, where appending to a `String` costs hundreds of instructions each.
    public private(set) var bytes: [UInt8]

    /// The markup as text.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    public init() { bytes = [] }

    public init(stringLiteral value: String) { bytes = Array(value.utf8) }

    public init(stringInterpolation: StringInterpolation) { bytes = stringInterpolation.out }

    /// Already-safe markup, passed through unescaped. Keep every call greppable: `.raw(`.
    public static func raw(_ markup: String) -> HTML {
        var h = HTML()
        h.bytes = Array(markup.utf8)
        return h
    }

    public var description: String { string }
    public var isEmpty: Bool { bytes.isEmpty }
    /// The length in UTF-8 bytes.
    public var count: Int { bytes.count }

    public static func += (lhs: inout HTML, rhs: HTML) { lhs.bytes.append(contentsOf: rhs.bytes) }

    public static func + (lhs: HTML, rhs: HTML) -> HTML {
        var h = lhs
        h.bytes.append(contentsOf: rhs.bytes)
        return h
    }

    public mutating func append(_ other: HTML) { bytes.append(contentsOf: other.bytes) }

    /// Room for `count` UTF-8 bytes, so that a page grows in one allocation.
    public mutating func reserveCapacity(_ count: Int) { bytes.reserveCapacity(count) }

    /// Joins fragments with a literal separator.
    public static func join(_ parts: [HTML], separator: String = "") -> HTML {
        var h = HTML()
        let sep = Array(separator.utf8)
        h.bytes.reserveCapacity(parts.reduce(0) { $0 + $1.bytes.count } + sep.count * max(0, parts.count - 1))
        for (i, p) in parts.enumerated() {
            if i > 0 { h.bytes.append(contentsOf: sep) }
            h.bytes.append(contentsOf: p.bytes)
        }
        return h
    }

    public struct StringInterpolation: StringInterpolationProtocol {
        var out: [UInt8]

        public init(literalCapacity: Int, interpolationCount: Int) {
            out = []
            out.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        public mutating func appendLiteral(_ literal: String) { out.append(contentsOf: literal.utf8) }

        /// Text: escaped for element content and for double-quoted attribute values alike.
        public mutating func appendInterpolation(_ text: String) { HTML.escape(text, into: &out) }

        public mutating func appendInterpolation(_ text: Substring) { HTML.escape(String(text), into: &out) }

        public mutating func appendInterpolation(_ number: Int) { out.append(contentsOf: String(number).utf8) }

        /// Markup that is already safe.
        public mutating func appendInterpolation(_ html: HTML) { out.append(contentsOf: html.bytes) }

        /// A URL for `href`/`src`: checked against the scheme allow-list (a refused URL
        /// becomes `#`), then escaped as an attribute value.
        public mutating func appendInterpolation(url: String) {
            HTML.escape(SafeURL.check(url) ?? "#", into: &out)
        }
    }

    /// Escapes `&`, `<`, `>`, `"` and `'`; works on UTF-8 bytes, and a text with nothing to
    /// escape (the usual case) is appended in one copy.
    public static func escape(_ text: String, into out: inout [UInt8]) {
        escapeEntities(text, into: &out, droppingControls: false)
    }

    /// The escaping loop of `escape(_:into:)` and of `XMLText` (which also drops the control
    /// characters XML 1.0 forbids). Every character it changes is ASCII, so a byte of a
    /// longer UTF-8 sequence never matches one.
    @inline(__always)
    static func escapeEntities(_ text: String, into out: inout [UInt8], droppingControls: Bool) {
        // Every page escapes hundreds of strings: scan contiguous bytes, not the UTF-8 view,
        // borrowed where the string has them (a native one always does) rather than copied.
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { escapeEntities($0, into: &out, droppingControls: droppingControls) }
        if done == nil {
            var text = text
            text.withUTF8 { escapeEntities($0, into: &out, droppingControls: droppingControls) }
        }
    }

    /// `escapeEntities` on the text's bytes.
    @inline(__always)
    static func escapeEntities(_ p: UnsafeBufferPointer<UInt8>, into out: inout [UInt8], droppingControls: Bool) {
        // Most text has nothing to escape: found eight bytes at a time, then copied whole.
        let first = firstSpecial(p, droppingControls: droppingControls)
        if first == p.count {
            out.append(contentsOf: p)
            return
        }
        var run = 0
        for i in first..<p.count {
            let b = p[i]
            let entity: StaticString
            switch b {
            case 0x26: entity = "&amp;"
            case 0x3C: entity = "&lt;"
            case 0x3E: entity = "&gt;"
            case 0x22: entity = "&quot;"
            case 0x27: entity = "&#39;"
            default:
                guard droppingControls, b < 0x20, b != 0x09, b != 0x0A else { continue }
                entity = ""
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<i]))
            if entity.utf8CodeUnitCount > 0 {
                out.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
            }
            run = i + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: p[run...]))
    }

    /// The index of the first byte `escapeEntities` may change (`&<>"'`, and with
    /// `droppingControls` any byte below 0x20), or `p.count`: whole 64-bit words are tested
    /// for a byte equal to each of them (a zero byte of the word xor that byte repeated),
    /// the rest byte by byte. A word with a tab or newline counts as a hit; the loop that
    /// starts there keeps them.
    @inline(__always)
    static func firstSpecial(_ p: UnsafeBufferPointer<UInt8>, droppingControls: Bool) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasByte(_ w: UInt64, _ b: UInt8) -> Bool {
            let x = w ^ (ones &* UInt64(b))
            return (x &- ones) & ~x & highs != 0
        }
        var i = 0
        if let base = p.baseAddress {
            while i + 8 <= p.count {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                var hit = hasByte(w, 0x26) || hasByte(w, 0x3C) || hasByte(w, 0x3E) || hasByte(w, 0x22) || hasByte(w, 0x27)
                if droppingControls && !hit { hit = (w &- ones &* 0x20) & ~w & highs != 0 }  // a byte below 0x20
                if hit { break }
                i += 8
            }
        }
        while i < p.count {
            let b = p[i]
            if b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 || (droppingControls && b < 0x20) { return i }
            i += 1
        }
        return i
    }

    // MARK: - Writing in place
    //
    // Lists of documents (rows, related lists, fact boxes) are thousands of small pieces per
    // build: written straight into one buffer, no piece becomes an `HTML` of its own (an
    // allocation, a copy and a free each).

    /// Appends markup written in the source (unescaped).
    @inline(__always) mutating func lit(_ s: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// Appends markup that is already safe, as text (`.raw(markup)` without its copy).
    mutating func markup(_ s: String) { bytes.append(contentsOf: s.utf8) }

    /// Appends markup that is already safe, as bytes: pieces escaped once by `escape(_:into:)`
    /// and kept for many pages (`LinkTable`).
    @inline(__always) mutating func markup(bytes b: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: b) }

    /// `markup(bytes:)` for pieces kept as arrays (`PageShell`).
    @inline(__always) mutating func markup(bytes b: [UInt8]) { bytes.append(contentsOf: b) }

    /// Appends text, escaped as `"\(text)"` escapes it.
    mutating func text(_ s: String) { HTML.escape(s, into: &bytes) }

    /// Appends a URL, checked and escaped as `"\(url: u)"` does it.
    mutating func url(_ u: String) { HTML.escape(SafeURL.check(u) ?? "#", into: &bytes) }

    /// Appends a number as `"\(n)"` writes it.
    mutating func number(_ n: Int) {
        if n >= 0 && n < 10 { bytes.append(UInt8(0x30 + n)) } else { bytes.append(contentsOf: String(n).utf8) }
    }

    /// The length so far, to cut back to with `truncate(to:)`.
    var mark: Int { bytes.count }

    mutating func truncate(to mark: Int) { bytes.removeSubrange(mark...) }

    /// `escape(_:into:)` as a value.
    public static func escaped(_ text: String) -> String {
        var bytes: [UInt8] = []
        escape(text, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
