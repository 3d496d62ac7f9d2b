/// A document's identity: its kind and slug, written `methods/behovsanalys`.
public struct DocumentID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var kind: DocumentKind
    public var slug: String

    public init(kind: DocumentKind, slug: String) {
        self.kind = kind
        self.slug = slug
    }

    /// `kind/slug`.
    public var description: String { "\(kind.rawValue)/\(slug)" }

    public static func < (a: DocumentID, b: DocumentID) -> Bool {
        (a.kind, a.slug) < (b.kind, b.slug)
    }
}
