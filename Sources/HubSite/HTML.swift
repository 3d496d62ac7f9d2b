/// A fragment of HTML that is safe by construction: string interpolation escapes every
/// `String` by default, so `"<h1>\(title)</h1>" as HTML` cannot inject markup. Markup that
/// is already HTML (the Markdown engine's output, our own fragments) goes in through
/// `HTML.raw(_:)`, which is the one greppable door for unescaped text.
public struct HTML: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// The markup, UTF-8: the first `used` bytes of `storage`. Kept as bytes: a page is
    /// thousands of small appends, and appending bytes is a copy, where appending to a
    /// `String` costs hundreds of instructions each.
    ///
    /// `storage` is sized ahead (its count is the room, zero-filled), so that an append is a
    /// bounds check and a `memcpy` into it: `Array.append(contentsOf:)` cost a hundred
    /// instructions more per piece, and a document page is a few hundred pieces. The array
    /// still gives the value its copy-on-write.
    private var storage: [UInt8]
    private var used: Int

    /// The markup, UTF-8.
    public var bytes: [UInt8] {
        if used == storage.count { return storage }
        return withBytes { b in
            [UInt8](unsafeUninitializedCapacity: b.count) { out, n in
                if let base = b.baseAddress { out.baseAddress!.initialize(from: base, count: b.count) }
                n = b.count
            }
        }
    }

    /// The markup's bytes, moved out (the value is left empty): no copy of a page that is
    /// done. The array keeps the room that was reserved.
    mutating func takeBytes() -> [UInt8] {
        if used < storage.count { storage.removeSubrange(used..<storage.count) }
        let out = storage
        storage = []
        used = 0
        return out
    }

    /// The markup as text.
    public var string: String { withBytes { String(decoding: $0, as: UTF8.self) } }

    public init() {
        storage = []
        used = 0
    }

    /// The markup `bytes` (already safe).
    init(markup bytes: [UInt8]) {
        storage = bytes
        used = bytes.count
    }

    public init(stringLiteral value: String) { self.init(markup: Array(value.utf8)) }

    public init(stringInterpolation: StringInterpolation) { self.init(markup: stringInterpolation.out) }

    /// Already-safe markup, passed through unescaped. Keep every call greppable: `.raw(`.
    public static func raw(_ markup: String) -> HTML {
        HTML(markup: Array(markup.utf8))
    }

    public var description: String { string }
    public var isEmpty: Bool { used == 0 }
    /// The length in UTF-8 bytes.
    public var count: Int { used }

    public static func == (a: HTML, b: HTML) -> Bool {
        a.used == b.used && a.withBytes { x in b.withBytes { y in x.elementsEqual(y) } }
    }

    public func hash(into hasher: inout Hasher) {
        withBytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// The markup's bytes, borrowed.
    @inline(__always)
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        storage.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<used])) }
    }

    public static func += (lhs: inout HTML, rhs: HTML) { lhs.append(rhs) }

    public static func + (lhs: HTML, rhs: HTML) -> HTML {
        var h = lhs
        h.append(rhs)
        return h
    }

    public mutating func append(_ other: HTML) { other.withBytes { append(bytes: $0) } }

    /// Room for `count` UTF-8 bytes, so that a page grows in one allocation.
    public mutating func reserveCapacity(_ count: Int) {
        if count > storage.count { grow(to: count) }
    }

    /// Makes `storage` `size` bytes long (at least `used`), keeping the markup.
    private mutating func grow(to size: Int) {
        let used = self.used
        // The room past `used` is not filled: it is only ever written before it is read (a
        // page reserves tens of kilobytes, and zeroing them cost more than writing the page).
        storage = storage.withUnsafeBufferPointer { old in
            [UInt8](unsafeUninitializedCapacity: size) { out, n in
                if used > 0 { out.baseAddress!.initialize(from: old.baseAddress!, count: used) }
                n = size
            }
        }
    }

    /// Appends bytes that are already safe markup: a copy into the room ahead.
    @inline(__always)
    mutating func append(bytes b: UnsafeBufferPointer<UInt8>) {
        let n = b.count
        guard n > 0 else { return }
        if used + n > storage.count { grow(to: max(used + n, storage.count * 2, 64)) }
        let at = used
        storage.withUnsafeMutableBufferPointer { $0.baseAddress!.advanced(by: at).update(from: b.baseAddress!, count: n) }
        used = at + n
    }

    /// Appends one byte of markup.
    @inline(__always)
    mutating func append(byte: UInt8) {
        if used == storage.count { grow(to: max(storage.count * 2, 64)) }
        let at = used
        storage.withUnsafeMutableBufferPointer { $0[at] = byte }
        used = at + 1
    }

    /// Joins fragments with a literal separator.
    public static func join(_ parts: [HTML], separator: String = "") -> HTML {
        var h = HTML()
        let sep = Array(separator.utf8)
        h.reserveCapacity(parts.reduce(0) { $0 + $1.count } + sep.count * max(0, parts.count - 1))
        for (i, p) in parts.enumerated() {
            if i > 0 { sep.withUnsafeBufferPointer { h.append(bytes: $0) } }
            h.append(p)
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
        public mutating func appendInterpolation(_ html: HTML) { html.withBytes { out.append(contentsOf: $0) } }

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
        append(bytes: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// Appends markup that is already safe, as text (`.raw(markup)` without its copy).
    mutating func markup(_ s: String) {
        var s = s
        s.withUTF8 { append(bytes: $0) }
    }

    /// Appends markup that is already safe, as bytes: pieces escaped once by `escape(_:into:)`
    /// and kept for many pages (`LinkTable`).
    @inline(__always) mutating func markup(bytes b: UnsafeBufferPointer<UInt8>) { append(bytes: b) }

    /// `markup(bytes:)` for pieces kept as arrays (`PageShell`).
    @inline(__always) mutating func markup(bytes b: [UInt8]) { b.withUnsafeBufferPointer { append(bytes: $0) } }

    /// Appends text, escaped as `"\(text)"` escapes it.
    mutating func text(_ s: String) {
        let done: Void? = s.utf8.withContiguousStorageIfAvailable { appendEscaped($0) }
        if done == nil {
            var s = s
            s.withUTF8 { appendEscaped($0) }
        }
    }

    /// Appends text escaped as `XMLText.escape` escapes it (control characters dropped).
    mutating func xmlText(_ s: String) {
        let done: Void? = s.utf8.withContiguousStorageIfAvailable { appendEscaped($0, droppingControls: true) }
        if done == nil {
            var s = s
            s.withUTF8 { appendEscaped($0, droppingControls: true) }
        }
    }

    /// `escape(_:into:)` into the markup: text with nothing to escape (nearly all) is copied
    /// whole; other text is escaped aside, then copied.
    @inline(__always)
    private mutating func appendEscaped(_ p: UnsafeBufferPointer<UInt8>, droppingControls: Bool = false) {
        if HTML.firstSpecial(p, droppingControls: droppingControls) == p.count {
            append(bytes: p)
            return
        }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(p.count + 32)
        HTML.escapeEntities(p, into: &escaped, droppingControls: droppingControls)
        escaped.withUnsafeBufferPointer { append(bytes: $0) }
    }

    /// The markup written since `mark` (a copy).
    func bytesSince(_ mark: Int) -> [UInt8] {
        withBytes { Array(UnsafeBufferPointer(rebasing: $0[mark...])) }
    }

    /// Appends the bytes `range` of `other`'s markup.
    mutating func append(_ other: HTML, _ range: Range<Int>) {
        other.withBytes { append(bytes: UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// Appends a URL, checked and escaped as `"\(url: u)"` does it.
    mutating func url(_ u: String) { text(SafeURL.check(u) ?? "#") }

    /// Appends a number as `"\(n)"` writes it.
    mutating func number(_ n: Int) {
        if n >= 0 && n < 10 { append(byte: UInt8(0x30 + n)) } else { markup(String(n)) }
    }

    /// The length so far, to cut back to with `truncate(to:)`.
    var mark: Int { used }

    mutating func truncate(to mark: Int) { used = mark }

    /// `escape(_:into:)` as a value.
    public static func escaped(_ text: String) -> String {
        var bytes: [UInt8] = []
        escape(text, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
