/// The HTML normalization of the official spec runner, restated in
/// `conformance/README.md` ("How the official runner compares HTML"), written from those
/// rules: tags re-serialized with sorted attributes, references decoded, whitespace
/// collapsed and trimmed around block tags.
enum HTMLNormalizer {
    static let blockTags: Set<String> = [
        "article", "aside", "blockquote", "body", "button", "canvas", "caption", "col", "colgroup", "dd",
        "div", "dl", "dt", "embed", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hgroup", "hr", "iframe", "li", "map", "object", "ol", "output", "p",
        "pre", "progress", "script", "section", "style", "table", "tbody", "td", "textarea", "tfoot", "th",
        "thead", "tr", "ul", "video",
    ]

    enum Last { case start, end, data, other }

    static func normalize(_ html: String) -> String {
        let s = Array(html.unicodeScalars)
        var out = ""
        var last = Last.other
        var lastTag = ""
        var inPre = false
        var i = 0
        var rawTextEnd: String? = nil

        func data(_ text: String) {
            var d = text
            let afterTag = last == .start || last == .end
            if afterTag && lastTag == "br" { while d.first == "\n" { d.removeFirst() } }
            if !inPre { d = collapse(d) }
            if afterTag && blockTags.contains(lastTag) && !inPre {
                if last == .start { d = String(d.drop(while: { isSpace($0) })) }
                else { d = trim(d) }
            }
            out += d
            last = .data
        }

        while i < s.count {
            if let end = rawTextEnd {
                // Inside <script> or <style>: raw text up to the end tag.
                var j = i
                while j < s.count {
                    if s[j] == "<" && j + 1 < s.count && s[j + 1] == "/" {
                        let name = lowerName(s, j + 2)
                        if name == end { break }
                    }
                    j += 1
                }
                if j > i { data(String(String.UnicodeScalarView(s[i..<j]))) }
                i = j
                rawTextEnd = nil
                continue
            }
            let c = s[i]
            if c == "<" {
                if startsWith(s, i, "<![CDATA["), let e = find(s, i, "]]>") {
                    out += String(String.UnicodeScalarView(s[i..<e])); last = .other; i = e; continue
                }
                if startsWith(s, i, "<!--") {
                    let e = find(s, i + 4, "-->") ?? s.count
                    out += String(String.UnicodeScalarView(s[i..<e])); last = .other; i = e; continue
                }
                if startsWith(s, i, "<!") || startsWith(s, i, "<?") {
                    let e = find(s, i, ">") ?? s.count
                    out += String(String.UnicodeScalarView(s[i..<e])); last = .other; i = e; continue
                }
                let isEnd = i + 1 < s.count && s[i + 1] == "/"
                let nameStart = isEnd ? i + 2 : i + 1
                if nameStart < s.count && s[nameStart].properties.isAlphabetic && s[nameStart].isASCII, let e = find(s, i, ">") {
                    let inner = Array(s[nameStart..<(e - 1)])
                    var k = 0
                    while k < inner.count && !isSpace(inner[k]) && inner[k] != "/" && inner[k] != ">" { k += 1 }
                    let tag = String(String.UnicodeScalarView(inner[0..<k])).lowercased()
                    if isEnd {
                        if tag == "pre" { inPre = false } else if blockTags.contains(tag) { out = rtrim(out) }
                        out += "</\(tag)>"
                        last = .end
                    } else {
                        if tag == "pre" { inPre = true }
                        if blockTags.contains(tag) { out = rtrim(out) }
                        out += "<" + tag
                        for (name, value) in attributes(Array(inner[k...])).sorted(by: { ($0.0, $0.1 ?? "") < ($1.0, $1.1 ?? "") }) {
                            if let value { out += " \(name)=\"\(escapeAttribute(decodeReferences(value)))\"" } else { out += " \(name)" }
                        }
                        out += ">"
                        last = .start
                        if tag == "script" || tag == "style" { rawTextEnd = tag }
                    }
                    lastTag = tag
                    i = e
                    continue
                }
                data("<")
                i += 1
                continue
            }
            if c == "&" {
                if let (text, e) = reference(s, i) {
                    switch text {
                    case "<": out += "&lt;"
                    case ">": out += "&gt;"
                    case "&": out += "&amp;"
                    case "\"": out += "&quot;"
                    default: out += text
                    }
                    last = .other
                    i = e
                    continue
                }
                var j = i + 1
                while j < s.count && s[j] != "<" && s[j] != "&" { j += 1 }
                data(String(String.UnicodeScalarView(s[i..<j])))
                i = j
                continue
            }
            var j = i
            while j < s.count && s[j] != "<" && s[j] != "&" { j += 1 }
            data(String(String.UnicodeScalarView(s[i..<j])))
            i = j
        }
        return out + "\n"
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace || c == "\u{1C}" || c == "\u{1D}" || c == "\u{1E}" || c == "\u{1F}" }

    static func collapse(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var inSpace = false
        for c in s.unicodeScalars {
            if isSpace(c) {
                if !inSpace { out.append(" ") }
                inSpace = true
            } else {
                out.append(c)
                inSpace = false
            }
        }
        return String(out)
    }

    static func trim(_ s: String) -> String { rtrim(String(s.drop(while: { isSpace($0.unicodeScalars.first!) }))) }

    static func rtrim(_ s: String) -> String {
        var v = Array(s.unicodeScalars)
        while let l = v.last, isSpace(l) { v.removeLast() }
        return String(String.UnicodeScalarView(v))
    }

    static func isSpace(_ c: Character) -> Bool { c.unicodeScalars.allSatisfy { isSpace($0) } }

    static func startsWith(_ s: [Unicode.Scalar], _ i: Int, _ w: String) -> Bool {
        let ws = Array(w.unicodeScalars)
        guard i + ws.count <= s.count else { return false }
        for k in 0..<ws.count where s[i + k] != ws[k] { return false }
        return true
    }

    /// Index after the first occurrence of `w` at or after `i`.
    static func find(_ s: [Unicode.Scalar], _ i: Int, _ w: String) -> Int? {
        let ws = Array(w.unicodeScalars)
        var j = i
        while j + ws.count <= s.count {
            if startsWith(s, j, w) { return j + ws.count }
            j += 1
        }
        return nil
    }

    static func lowerName(_ s: [Unicode.Scalar], _ i: Int) -> String {
        var j = i
        while j < s.count && s[j].isASCII && (s[j].properties.isAlphabetic || ("0"..."9").contains(s[j])) { j += 1 }
        return String(String.UnicodeScalarView(s[i..<j])).lowercased()
    }

    static func attributes(_ a: [Unicode.Scalar]) -> [(String, String?)] {
        var result: [(String, String?)] = []
        var i = 0
        while i < a.count {
            while i < a.count && (isSpace(a[i]) || a[i] == "/") { i += 1 }
            guard i < a.count else { break }
            let ns = i
            while i < a.count && !isSpace(a[i]) && a[i] != "/" && a[i] != "=" { i += 1 }
            let name = String(String.UnicodeScalarView(a[ns..<i])).lowercased()
            var j = i
            while j < a.count && isSpace(a[j]) { j += 1 }
            if j < a.count && a[j] == "=" {
                j += 1
                while j < a.count && isSpace(a[j]) { j += 1 }
                if j < a.count && (a[j] == "\"" || a[j] == "'") {
                    let q = a[j]
                    var k = j + 1
                    while k < a.count && a[k] != q { k += 1 }
                    result.append((name, String(String.UnicodeScalarView(a[(j + 1)..<k]))))
                    i = min(k + 1, a.count)
                } else {
                    var k = j
                    while k < a.count && !isSpace(a[k]) { k += 1 }
                    result.append((name, String(String.UnicodeScalarView(a[j..<k]))))
                    i = k
                }
            } else {
                if !name.isEmpty { result.append((name, nil)) }
            }
        }
        return result
    }

    static func escapeAttribute(_ v: String) -> String {
        var out = ""
        for c in v.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#x27;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static func decodeReferences(_ v: String) -> String {
        let s = Array(v.unicodeScalars)
        var out = ""
        var i = 0
        while i < s.count {
            if s[i] == "&", let (text, e) = reference(s, i) { out += text; i = e; continue }
            out.unicodeScalars.append(s[i])
            i += 1
        }
        return out
    }

    /// `&name;`, `&#123;` or `&#x1F;` at `i`: the text and the index after it.
    static func reference(_ s: [Unicode.Scalar], _ i: Int) -> (String, Int)? {
        var j = i + 1
        guard j < s.count else { return nil }
        if s[j] == "#" {
            j += 1
            var hex = false
            if j < s.count && (s[j] == "x" || s[j] == "X") { hex = true; j += 1 }
            let ds = j
            while j < s.count && (hex ? s[j].properties.isASCIIHexDigit : ("0"..."9").contains(s[j])) { j += 1 }
            guard j > ds, j < s.count, s[j] == ";" else { return nil }
            let v = UInt32(String(String.UnicodeScalarView(s[ds..<j])), radix: hex ? 16 : 10) ?? 0xFFFD
            let scalar = Unicode.Scalar(v) ?? "\u{FFFD}"
            return (String(scalar), j + 1)
        }
        let ns = j
        while j < s.count && s[j].isASCII && (s[j].properties.isAlphabetic || ("0"..."9").contains(s[j])) { j += 1 }
        guard j > ns, j < s.count, s[j] == ";" else { return nil }
        let name = String(String.UnicodeScalarView(s[ns..<j]))
        guard let text = NamedReferences.lookup(name) else { return nil }
        return (text, j + 1)
    }
}
