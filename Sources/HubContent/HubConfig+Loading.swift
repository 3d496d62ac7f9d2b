import HubDiagnostics
import HubFrontMatter

extension HubConfig {
    /// Top-level keys of `hub.yml`: the typed ones, and those later stages read themselves.
    static let knownKeys = ["title", "description", "base_url", "language", "default_language", "vocabularies",
                            "menus", "menu", "branding"]

    /// Reads `hub.yml` text; every field is optional and each mistake is a diagnostic.
    public static func parse(_ text: String, path: String) -> (HubConfig, [Diagnostic]) {
        var config = HubConfig()
        let (root, parseDiagnostics) = FrontMatter.parseYAML(text, path: path)
        var reader = FieldReader(path: path)
        reader.diagnostics = parseDiagnostics
        guard let root else { return (config, reader.diagnostics) }
        guard case .map(let entries) = root.value else {
            reader.error("wrong-type", root, sv: "hub.yml ska bestå av fält som 'namn: värde'", en: "hub.yml must consist of fields written 'name: value'")
            return (config, reader.diagnostics)
        }
        for e in entries {
            if case .null = e.value.value { continue }
            switch e.key {
            case "title": if let s = reader.string("title", e.value) { config.title = s }
            case "description": config.description = reader.string("description", e.value)
            case "base_url": config.baseURL = reader.string("base_url", e.value)
            case "language", "default_language":
                if let s = reader.enumeration(e.key, e.value, allowed: ContentSchema.languages) { config.defaultLanguage = s }
            case "vocabularies": config.vocabularies = readVocabularies(e.value, &reader)
            case "menus", "menu", "branding": continue
            default:
                reader.warning("unknown-field", line: e.keyLine, column: e.keyColumn,
                               sv: "okänt fält '\(e.key)' i hub.yml ignoreras", en: "unknown field '\(e.key)' in hub.yml is ignored",
                               suggestion: Suggestion.closest(to: e.key, in: knownKeys), length: e.key.count)
            }
        }
        return (config, reader.diagnostics)
    }

    private static func readVocabularies(_ node: YAMLNode, _ reader: inout FieldReader) -> [String: [String]] {
        guard case .map(let entries) = node.value else {
            reader.error("wrong-type", node, sv: "'vocabularies' ska ha listor under sig (tags:, sector:, audience:)",
                         en: "'vocabularies' must hold lists (tags:, sector:, audience:)")
            return [:]
        }
        var out: [String: [String]] = [:]
        for e in entries {
            guard ContentSchema.vocabularyFields.contains(e.key) else {
                reader.warning("unknown-field", line: e.keyLine, column: e.keyColumn,
                               sv: "'\(e.key)' kan inte ha en vokabulär (bara \(ContentSchema.vocabularyFields.joined(separator: ", ")))",
                               en: "'\(e.key)' cannot have a vocabulary (only \(ContentSchema.vocabularyFields.joined(separator: ", ")))",
                               suggestion: Suggestion.closest(to: e.key, in: ContentSchema.vocabularyFields), length: e.key.count)
                continue
            }
            if let items = reader.stringList("vocabularies.\(e.key)", e.value) { out[e.key] = items.map(\.0) }
        }
        return out
    }
}
