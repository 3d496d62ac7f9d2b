import HubDiagnostics

/// Every document that exists (drafts included), for resolving references while the
/// documents are built in parallel. Read-only once made.
struct ReferenceCatalog: Sendable {
    /// Every document, at its position in the list the catalog was made from: the loader
    /// records references as positions, so reverse links need no lookup by id.
    var positions: [DocumentID: Int] = [:]
    /// Slugs of each kind, sorted, for "did you mean".
    var slugsByKind: [DocumentKind: [String]] = [:]
    /// The kinds that have a document with a slug (bit `ordinal` set), for bare slugs and
    /// wrong-kind messages; a mask, not an array per slug, as almost every slug has one kind.
    private var kindMasks: [String: UInt8] = [:]
    /// Organisation documents by title, to link a project's `owner`.
    var organisationsByTitle: [String: DocumentID] = [:]
    /// By position: whether the document is a draft.
    var isDraft: [Bool] = []
    /// Content-relative paths of every attachment (`tools/x/mall.xlsx`), for links to files.
    var attachmentPaths: Set<String> = []

    init(files: [(id: DocumentID, title: String?, draft: Bool)], attachmentPaths: Set<String> = []) {
        self.attachmentPaths = attachmentPaths
        positions.reserveCapacity(files.count)
        kindMasks.reserveCapacity(files.count)
        isDraft.reserveCapacity(files.count)
        for (i, f) in files.enumerated() {
            positions[f.id] = i
            slugsByKind[f.id.kind, default: []].append(f.id.slug)
            kindMasks[f.id.slug, default: 0] |= 1 << f.id.kind.ordinal
            isDraft.append(f.draft)
            if f.id.kind == .organisations, let t = f.title, organisationsByTitle[t] == nil { organisationsByTitle[t] = f.id }
        }
        // Files come in folder order, so each list is nearly sorted already.
        for k in slugsByKind.keys { slugsByKind[k]!.sort() }
    }

    /// The kinds that have a document `slug`, in kind order.
    func kinds(ofSlug slug: String) -> [DocumentKind] {
        guard let mask = kindMasks[slug] else { return [] }
        return DocumentKind.allCases.filter { mask & (1 << $0.ordinal) != 0 }
    }

    /// The outcome of resolving a reference as written.
    enum Resolution {
        /// A document, and its position in the catalog.
        case found(DocumentID, at: Int)
        case problem(id: String, LocalizedText, suggestion: String?)
    }

    /// Resolves `text` (`slug` or `kind/slug`); `expected` is the kind the field holds,
    /// nil where any kind may be named (agenda `ref`).
    func resolve(_ raw: String, expected: DocumentKind?) -> Resolution {
        // Foundation's trimming is slow, and almost every reference is already trimmed.
        let padded = raw.utf8.first == 0x20 || raw.utf8.last == 0x20
        let text = padded ? raw.trimmingCharacters(in: .whitespaces) : raw
        // Searching Characters costs a grapheme break test per letter; in ASCII a `/` byte is a `/` Character.
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        if let slash = isASCII ? text.utf8.firstIndex(of: UInt8(ascii: "/")) : text.firstIndex(of: "/") {
            let kindName = String(text[..<slash])
            let slug = String(text[text.index(after: slash)...])
            guard let kind = DocumentKind(name: kindName) else {
                let names = DocumentKind.allCases.map(\.rawValue)
                let close = DocumentKind(swedishName: kindName)?.rawValue ?? Suggestion.closest(to: kindName, in: names)
                return .problem(id: "unknown-reference", LocalizedText(
                    sv: "'\(text)': '\(kindName)' är ingen dokumenttyp (\(names.joined(separator: ", ")))",
                    en: "'\(text)': '\(kindName)' is not a kind of document (\(names.joined(separator: ", ")))"),
                    suggestion: close.map { "\($0)/\(slug)" })
            }
            if let expected, kind != expected {
                return .problem(id: "wrong-kind-reference", LocalizedText(
                    sv: "'\(text)' pekar på \(kind.noun.sv), men här ska det vara \(expected.noun.sv)",
                    en: "'\(text)' refers to \(kind.noun.en), but \(expected.noun.en) is expected here"), suggestion: nil)
            }
            return lookup(DocumentID(kind: kind, slug: slug), written: text, prefixed: true)
        }
        if let expected {
            return lookup(DocumentID(kind: expected, slug: text), written: text, prefixed: false)
        }
        let kinds = kinds(ofSlug: text)
        if kinds.count == 1, let position = positions[DocumentID(kind: kinds[0], slug: text)] {
            return .found(DocumentID(kind: kinds[0], slug: text), at: position)
        }
        if kinds.count > 1 {
            return .problem(id: "ambiguous-reference", LocalizedText(
                sv: "'\(text)' finns som flera dokumenttyper; skriv typ/namn, till exempel \(kinds[0].rawValue)/\(text)",
                en: "'\(text)' exists as several kinds of document; write kind/slug, e.g. \(kinds[0].rawValue)/\(text)"),
                suggestion: "\(kinds[0].rawValue)/\(text)")
        }
        let all = slugsByKind.flatMap { kind, slugs in slugs.map { "\(kind.rawValue)/\($0)" } }
        return .problem(id: "unknown-reference", LocalizedText(
            sv: "det finns inget dokument '\(text)'; skriv typ/namn, till exempel methods/behovsanalys",
            en: "there is no document '\(text)'; write kind/slug, e.g. methods/behovsanalys"),
            suggestion: Suggestion.closest(to: text, in: all))
    }

    private func lookup(_ id: DocumentID, written: String, prefixed: Bool) -> Resolution {
        if let position = positions[id] { return .found(id, at: position) }
        if !prefixed, let other = kinds(ofSlug: id.slug).first {
            return .problem(id: "wrong-kind-reference", LocalizedText(
                sv: "'\(written)' är \(other.noun.sv), inte \(id.kind.noun.sv)",
                en: "'\(written)' is \(other.noun.en), not \(id.kind.noun.en)"), suggestion: nil)
        }
        let close = Suggestion.closest(to: id.slug, in: slugsByKind[id.kind] ?? [])
        return .problem(id: "unknown-reference", LocalizedText(
            sv: "det finns \(id.kind.none.sv) '\(id.slug)' (\(id.kind.rawValue)/\(id.slug).md)",
            en: "there is \(id.kind.none.en) '\(id.slug)' (\(id.kind.rawValue)/\(id.slug).md)"),
            suggestion: close.map { prefixed ? "\(id.kind.rawValue)/\($0)" : $0 })
    }
}
