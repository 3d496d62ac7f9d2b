/// How a site is rendered.
public struct SiteOptions: Sendable {
    /// How internal links are written.
    public enum LinkStyle: Sendable {
        /// `methods/x/`: for web servers, which serve a directory's `index.html`.
        case directories
        /// `methods/x/index.html`: for offline bundles opened from `file://`.
        case indexFiles
    }

    /// The public address, ending in `/` (`https://example.se/hub/`); enables the feed,
    /// the sitemap and canonical links. Overrides `hub.yml`'s `base_url`.
    public var baseURL: String?
    public var linkStyle: LinkStyle
    /// How many of the latest lessons the start page lists.
    public var latestCount: Int

    public init(baseURL: String? = nil, linkStyle: LinkStyle = .directories, latestCount: Int = 6) {
        self.baseURL = baseURL.map(SiteOptions.normalizedBase)
        self.linkStyle = linkStyle
        self.latestCount = latestCount
    }

    /// Adds the trailing slash that relative resolution needs.
    static func normalizedBase(_ url: String) -> String {
        url.hasSuffix("/") ? url : url + "/"
    }

    /// Whether a base URL is usable: http(s), with a host.
    public static func isValidBaseURL(_ url: String) -> Bool {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return false }
        let rest = lower.drop(while: { $0 != ":" }).dropFirst(3)
        return !rest.isEmpty && !rest.hasPrefix("/") && !url.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" })
    }
}
