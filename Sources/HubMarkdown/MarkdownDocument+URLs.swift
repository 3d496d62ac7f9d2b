extension MarkdownDocument {
    /// A link or image destination as `htmlBytes` writes it between the quotes of `href` or
    /// `src`: dropped when dangerous (safe mode), then percent-encoded and escaped. For a
    /// caller that makes a second rendering of the same body which differs only in its URLs
    /// (the handbook's entry of a page) by swapping the URLs of the first.
    public func attributeURL(_ url: [UInt8]) -> [UInt8] {
        if !options.unsafe && URLSafety.isDangerous(url) { return [] }
        var w = HTMLWriter()
        w.url(url)
        return w.out
    }
}
