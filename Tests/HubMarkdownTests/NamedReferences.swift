@testable import HubMarkdown

/// Named references for the normalizer. The engine's table is the HTML5 list; the test
/// reads it through the engine's internal API only to decode names, never to judge output.
enum NamedReferences {
    static func lookup(_ name: String) -> String? {
        guard let bytes = Entities.names[name] else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
