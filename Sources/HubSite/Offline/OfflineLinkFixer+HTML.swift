extension OfflineLinkFixer {
    /// The page at `pagePath` with every reference fixed for the bundle (see the type's notes),
    /// and how many links to left-out documents went to the public site or became text.
    public func fix(_ html: String, pagePath: String) -> (html: String, toPublicSite: Int, madeText: Int) {
        var toPublicSite = 0
        var madeText = 0
        let b = Array(html.utf8)
        let n = b.count
        var out: [UInt8] = []
        out.reserveCapacity(n + 256)
        let english = Self.find(Array("<html lang=\"en\"".utf8), in: b, from: 0) != nil
        let s = OfflineStrings.forLanguage(english ? "en" : "sv")
        var chrome = 0  // depth inside <nav> or <footer>
        var i = 0
        while i < n {
            guard b[i] == 0x3C else {
                out.append(b[i])
                i += 1
                continue
            }
            if Self.matches(b, i, "<!--") {
                let end = Self.find(Array("-->".utf8), in: b, from: i + 4).map { $0 + 3 } ?? n
                out += b[i..<end]
                i = end
                continue
            }
            let tag = Self.scanTag(b, at: i)
            guard let name = tag.name else {
                out.append(b[i])
                i += 1
                continue
            }
            let whole = b[i..<tag.end]
            if name == "nav" || name == "footer" {
                chrome = max(0, chrome + (tag.closing ? -1 : 1))
            }
            let attribute: String? = tag.closing ? nil : ["a": "href", "script": "src", "link": "href", "form": "action", "img": "src"][name]
            guard let attr = attribute, let range = Self.attributeValue(attr, in: b, tag: i..<tag.end) else {
                out += whole
                i = tag.end
                continue
            }
            let value = Self.decodeEntities(String(decoding: b[range], as: UTF8.self))
            switch verdict(value, on: pagePath) {
            case .keep:
                out += whole
                i = tag.end
            case .replace(let v):
                out += b[i..<range.lowerBound] + Array(XMLText.escape(v).utf8) + b[range.upperBound..<tag.end]
                i = tag.end
            case .missing(let publicURL):
                switch name {
                case "a":
                    let close = Self.find(Array("</a>".utf8), in: b, from: tag.end) ?? n
                    let inner = b[tag.end..<close]
                    var next = min(n, close + 4)
                    if chrome > 0 {
                        let li = Array("<li>".utf8)
                        if out.count >= 4, Array(out.suffix(4)) == li, Self.matches(b, next, "</li>") {
                            out.removeLast(4)
                            next += 5
                        } else {
                            out += inner
                        }
                    } else if let url = publicURL {
                        toPublicSite += 1
                        out += b[i..<range.lowerBound] + Array(XMLText.escape(url).utf8) + b[range.upperBound..<tag.end]
                        out += inner + Array("</a> <span class=\"public-site-note\">(\(s.onPublicSite))</span>".utf8)
                    } else {
                        madeText += 1
                        var lang: [UInt8] = []
                        if let l = Self.attributeValue("lang", in: b, tag: i..<tag.end) { lang = Array(" lang=\"".utf8) + b[l] + [0x22] }
                        out += Array("<span class=\"not-in-bundle\"".utf8) + lang + [0x3E] + inner
                        out += Array("</span> <span class=\"not-in-bundle-note\">(\(s.notInBundle))</span>".utf8)
                    }
                    i = next
                case "script", "form":
                    let close = Self.find(Array("</\(name)>".utf8), in: b, from: tag.end).map { $0 + name.utf8.count + 3 } ?? tag.end
                    i = close < n && b[close] == 0x0A ? close + 1 : close
                case "img":
                    if let alt = Self.attributeValue("alt", in: b, tag: i..<tag.end) { out += b[alt] }
                    i = tag.end
                default:  // link
                    i = tag.end < n && b[tag.end] == 0x0A ? tag.end + 1 : tag.end
                }
            }
        }
        return (String(decoding: out, as: UTF8.self), toPublicSite, madeText)
    }

    /// A tag starting at `i` (`<`): its lowercased name (nil when this `<` opens no tag), whether
    /// it closes, and the index after its `>`, skipping `>` inside quoted attribute values.
    static func scanTag(_ b: [UInt8], at i: Int) -> (name: String?, closing: Bool, end: Int) {
        var j = i + 1
        let closing = j < b.count && b[j] == 0x2F
        if closing { j += 1 }
        let start = j
        while j < b.count, (0x61...0x7A).contains(b[j] | 0x20) || (start < j && (0x30...0x39).contains(b[j])) { j += 1 }
        guard j > start else { return (nil, false, i + 1) }
        let name = String(decoding: b[start..<j].map { $0 | 0x20 }, as: UTF8.self)
        var quote: UInt8 = 0
        while j < b.count {
            let c = b[j]
            if quote != 0 {
                if c == quote { quote = 0 }
            } else if c == 0x22 || c == 0x27 {
                quote = c
            } else if c == 0x3E {
                return (name, closing, j + 1)
            }
            j += 1
        }
        return (name, closing, b.count)
    }

    /// The byte range of a double- or single-quoted attribute's value inside a tag.
    static func attributeValue(_ name: String, in b: [UInt8], tag: Range<Int>) -> Range<Int>? {
        let key = Array(name.utf8)
        var j = tag.lowerBound + 1
        while j < tag.upperBound {
            // An attribute name starts after whitespace.
            if b[j] == 0x20 || b[j] == 0x0A || b[j] == 0x09 {
                let k = j + 1
                if k + key.count + 1 < tag.upperBound, Array(b[k..<(k + key.count)]).map({ $0 | 0x20 }) == key,
                   b[k + key.count] == 0x3D {
                    let q = b[k + key.count + 1]
                    if q == 0x22 || q == 0x27 {
                        let vs = k + key.count + 2
                        var ve = vs
                        while ve < tag.upperBound, b[ve] != q { ve += 1 }
                        return vs..<ve
                    }
                }
            }
            if b[j] == 0x22 || b[j] == 0x27 {  // skip over another attribute's quoted value
                let q = b[j]
                j += 1
                while j < tag.upperBound, b[j] != q { j += 1 }
            }
            j += 1
        }
        return nil
    }

    static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        return s.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    static func matches(_ b: [UInt8], _ i: Int, _ literal: String) -> Bool {
        let l = Array(literal.utf8)
        guard i + l.count <= b.count else { return false }
        for k in 0..<l.count where b[i + k] | (l[k] >= 0x61 ? 0x20 : 0) != l[k] { return false }
        return true
    }

    static func find(_ needle: [UInt8], in b: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, b.count >= needle.count else { return nil }
        var i = from
        while i + needle.count <= b.count {
            if b[i] == needle[0], Array(b[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }
}

extension OfflineLinkFixer {
    /// Every `href`/`src` value of the page's `a`, `link`, `script`, `img` and `source` tags,
    /// entities decoded: what a bundle must carry for the page to work.
    public static func references(in html: String) -> [String] {
        let b = Array(html.utf8)
        var out: [String] = []
        var i = 0
        while i < b.count {
            guard b[i] == 0x3C else { i += 1; continue }
            let tag = scanTag(b, at: i)
            guard let name = tag.name, !tag.closing else { i = tag.end; continue }
            for attr in ["href", "src"] where ["a", "link", "script", "img", "source"].contains(name) {
                if let r = attributeValue(attr, in: b, tag: i..<tag.end) {
                    out.append(decodeEntities(String(decoding: b[r], as: UTF8.self)))
                }
            }
            i = tag.end
        }
        return out
    }
}
