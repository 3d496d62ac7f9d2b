/// A fragment of HTML that is safe by construction: string interpolation escapes every
/// `String` by default, so `"<h1>\(title)</h1>" as HTML` cannot inject markup. Markup that
/// is already HTML (the Markdown engine's output, our own fragments) goes in through
/// `HTML.raw(_:)`, which is the one greppable door for unescaped text.
public struct HTML: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// The markup.
    public private(set) var string: String

    public init() { string = "" }

    public init(stringLiteral value: String) { string = value }

    public init(stringInterpolation: StringInterpolation) { string = stringInterpolation.out }

    /// Already-safe markup, passed through unescaped. Keep every call greppable: `.raw(`.
    public static func raw(_ markup: String) -> HTML {
        var h = HTML()
        h.string = markup
        return h
    }

    public var description: String { string }
    public var isEmpty: Bool { string.isEmpty }

    public static func += (lhs: inout HTML, rhs: HTML) { lhs.string += rhs.string }

    public static func + (lhs: HTML, rhs: HTML) -> HTML { .raw(lhs.string + rhs.string) }

    public mutating func append(_ other: HTML) { string += other.string }

    /// Room for `count` UTF-8 bytes, so that a page grows in one allocation.
    public mutating func reserveCapacity(_ count: Int) { string.reserveCapacity(count) }

    /// Joins fragments with a literal separator.
    public static func join(_ parts: [HTML], separator: String = "") -> HTML {
        .raw(parts.map(\.string).joined(separator: separator))
    }

    public struct StringInterpolation: StringInterpolationProtocol {
        var out: String

        public init(literalCapacity: Int, interpolationCount: Int) {
            out = ""
            out.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        public mutating func appendLiteral(_ literal: String) { out += literal }

        /// Text: escaped for element content and for double-quoted attribute values alike.
        public mutating func appendInterpolation(_ text: String) { HTML.escape(text, into: &out) }

        public mutating func appendInterpolation(_ text: Substring) { HTML.escape(String(text), into: &out) }

        public mutating func appendInterpolation(_ number: Int) { out += String(number) }

        /// Markup that is already safe.
        public mutating func appendInterpolation(_ html: HTML) { out += html.string }

        /// A URL for `href`/`src`: checked against the scheme allow-list (a refused URL
        /// becomes `#`), then escaped as an attribute value.
        public mutating func appendInterpolation(url: String) {
            HTML.escape(SafeURL.check(url) ?? "#", into: &out)
        }
    }

    /// Escapes `&`, `<`, `>`, `"` and `'`; works on UTF-8 bytes and copies nothing when
    /// there is nothing to escape (the usual case).
    public static func escape(_ text: String, into out: inout String) {
        var text = text
        // Every page escapes hundreds of strings: scan contiguous bytes, not the UTF-8 view.
        let clean = text.withUTF8 { p in !p.contains { b in b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 } }
        if clean {
            out += text
            return
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for b in text.utf8 {
            switch b {
            case 0x26: bytes.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
            case 0x3C: bytes.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
            case 0x3E: bytes.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
            case 0x22: bytes.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
            case 0x27: bytes.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])  // &#39;
            default: bytes.append(b)
            }
        }
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// `escape(_:into:)` as a value.
    public static func escaped(_ text: String) -> String {
        var s = ""
        escape(text, into: &s)
        return s
    }
}
