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
        var chars: [UInt8] = []
        var leading = true
        var colon = false
        for b in url.utf8 {
            if b == 0x09 || b == 0x0A || b == 0x0D { continue }
            if leading, b <= 0x20 { continue }
            leading = false
            if b == 0x3A { colon = true; break }  // ':'
            if b == 0x2F || b == 0x3F || b == 0x23 { return nil }  // '/', '?', '#' before ':' → no scheme
            chars.append(b)
        }
        guard colon, let first = chars.first else { return nil }
        let isAlpha: (UInt8) -> Bool = { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }
        guard isAlpha(first) else { return nil }
        for b in chars where !(isAlpha(b) || (b >= 0x30 && b <= 0x39) || b == 0x2B || b == 0x2D || b == 0x2E) {
            return nil
        }
        return String(decoding: chars, as: UTF8.self).lowercased()
    }
}
