/// `Content/hub.yml`: optional; every field has a default so a bare folder of
/// Markdown (like the generated benchmark corpus) builds.
public struct HubConfig: Sendable {
    public var title: String
    public var description: String?
    /// The public address (`https://example.se/hub/`), needed for feeds, sitemap and canonical links.
    public var baseURL: String?
    public var defaultLanguage: String
    /// Declared controlled vocabularies by field name (`tags`, `sector`, `audience`).
    public var vocabularies: [String: [String]]

    public init(title: String = "PilotHub", description: String? = nil, baseURL: String? = nil,
                defaultLanguage: String = "sv", vocabularies: [String: [String]] = [:]) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.defaultLanguage = defaultLanguage
        self.vocabularies = vocabularies
    }
}
