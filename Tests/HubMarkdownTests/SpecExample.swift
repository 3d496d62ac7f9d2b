import Foundation
import Testing

/// One example of a conformance file (commonmark-spec.json or gfm-extensions.json).
struct SpecExample: Decodable, Sendable, CustomTestStringConvertible {
    let markdown: String
    let html: String
    let example: Int
    let section: String
    let extension_: String?

    enum CodingKeys: String, CodingKey {
        case markdown, html, example, section
        case extension_ = "extension"
    }

    var testDescription: String { "Example \(example) (\(section))" }

    static func load(_ name: String) -> [SpecExample] {
        guard let url = Bundle.module.url(forResource: "Resources/\(name)", withExtension: "json"),
              let data = try? Data(contentsOf: url),
              let examples = try? JSONDecoder().decode([SpecExample].self, from: data) else {
            return []
        }
        return examples
    }

    static let commonMark = load("commonmark-spec")
    static let gfm = load("gfm-extensions")
}
