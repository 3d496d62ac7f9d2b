/// The scheme allow-list for URLs the site writes into `href` and `src`.
public enum SafeURL {
    /// Schemes a link may use. Relative URLs (no scheme) are always allowed.
    public static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// The URL when it is relative or uses an allowed scheme; nil otherwise. Browsers
    /// ignore tabs and newlines anywhere in a URL and leading control characters and
    /// spaces, so `java\tscript:` is judged after removing them.
    public static func check(_ url: String) -> String? {
        guard let scheme = scheme(of: url) else { return url }
        return allowedSchemes.contains(scheme) ? url : nil
    }

    /// The lowercased scheme, when the URL has one, as a browser would read it.
    public static func scheme(of url: String) -> String? {
        // Every href of every page passes here, nearly all relative: decide without
        // allocating, and build the scheme only when there is one.
        var leading = true
        var count = 0
        for b in url.utf8 {
            if b == 0x09 || b == 0x0A || b == 0x0D { continue }
            if leading, b <= 0x20 { continue }
            leading = false
            if b == 0x3A { return count > 0 ? schemeText(url) : nil }  // ':'
            if b == 0x2F || b == 0x3F || b == 0x23 { return nil }  // '/', '?', '#' before ':' → no scheme
            // The first character must be a letter, the rest letters, digits, `+`, `-` or `.`.
            guard isAlpha(b) || (count > 0 && ((b >= 0x30 && b <= 0x39) || b == 0x2B || b == 0x2D || b == 0x2E)) else { return nil }
            count += 1
        }
        return nil
    }

    static func isAlpha(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }

    /// The bytes before the first `:`, without the characters browsers ignore, lowercased.
    static func schemeText(_ url: String) -> String {
        var chars: [UInt8] = []
        var leading = true
        for b in url.utf8 {
            if b == 0x09 || b == 0x0A || b == 0x0D { continue }
            if leading, b <= 0x20 { continue }
            leading = false
            if b == 0x3A { break }
            chars.append(b)
        }
        return String(decoding: chars, as: UTF8.self).lowercased()
    }
}
