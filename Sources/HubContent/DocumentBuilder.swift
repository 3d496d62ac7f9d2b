import HubDiagnostics
import HubFrontMatter
import HubMarkdown

/// A content file after reading, front-matter parsing and link extraction: the part of
/// loading that needs no other document, done in parallel.
struct ParsedFile: Sendable {
    var file: DocumentFile
    /// False when the file was refused (too large, UTF-16, unreadable).
    var isReadable = false
    var fields: YAMLNode?
    var body: String = ""
    var bodyStartLine: Int = 1
    var links: [MarkdownLink] = []
    /// The whole parse of the body, when the loader was asked to keep it (the site build).
    var markdown: MarkdownDocument?
    var diagnostics: [Diagnostic] = []

    /// The title as written, for linking owners to organisations before documents are built.
    var title: String? { entry("title").flatMap { FieldReader.scalarText($0.value.value) } }
    var isDraft: Bool {
        if case .bool(true)? = entry("draft")?.value.value { return true }
        return false
    }

    func entry(_ key: String) -> YAMLEntry? {
        guard case .map(let entries)? = fields?.value else { return nil }
        return entries.first { $0.key == key }
    }
}

/// A typed field value, before it is put into a `Document`.
private enum FieldValue {
    case string(String), int(Int), number(Double), bool(Bool), date(ContentDate), strings([String])
    case refs([DocumentID]), ref(DocumentID), period(ContentDate?, ContentDate?), agenda([AgendaItem])
}

/// Turns one parsed file into a validated `Document`, given every document that exists.
struct DocumentBuilder {
    let parsed: ParsedFile
    let catalog: ReferenceCatalog
    let config: HubConfig
    let includeDrafts: Bool
    private var reader: FieldReader
    /// Every document this one refers to (fields and body links), for reverse links: their
    /// positions in the catalog, in the order written, repeats kept.
    private(set) var references: [Int] = []
    private var id: DocumentID { DocumentID(kind: parsed.file.kind, slug: parsed.file.slug) }
    private var path: String { parsed.file.displayPath }
    private var isDraft = false

    init(parsed: ParsedFile, catalog: ReferenceCatalog, config: HubConfig, includeDrafts: Bool) {
        self.parsed = parsed
        self.catalog = catalog
        self.config = config
        self.includeDrafts = includeDrafts
        self.reader = FieldReader(path: parsed.file.displayPath)
        self.isDraft = parsed.isDraft
    }

    /// The document (nil when it has no usable front matter), and what was wrong with it.
    mutating func build() -> (Document?, [Diagnostic]) {
        guard parsed.isReadable else { return (nil, []) }
        guard let fields = parsed.fields else {
            if !parsed.diagnostics.hasErrors {
                reader.diagnostics.append(.error(
                    "missing-front-matter", at: SourceLocation(path: path, line: 1, column: 1),
                    sv: "dokumentet saknar front matter: börja filen med en rad '---', fälten (minst title) och en rad '---'",
                    en: "the document has no front matter: start the file with a '---' line, the fields (at least title) and a '---' line"))
            }
            return (nil, reader.diagnostics)
        }
        guard case .map(let entries) = fields.value else {
            reader.error("wrong-type", fields, sv: "front matter ska vara fält som 'namn: värde'",
                         en: "front matter must be fields written 'name: value'")
            return (nil, reader.diagnostics)
        }
        let kind = parsed.file.kind
        let schema = ContentSchema.fields(kind)
        // Sized once: growing from empty rehashes every key several times.
        var values = [String: FieldValue](minimumCapacity: entries.count)
        var present = Set<String>(minimumCapacity: entries.count)
        for e in entries {
            guard let type = schema[e.key] else { unknownField(e, kind: kind, known: schema.keys); continue }
            present.insert(e.key)
            if case .null = e.value.value { continue }
            if placeholder(e.key, e.value, type) { continue }
            if let v = read(e.key, e.value, type) { values[e.key] = v }
        }
        for field in ContentSchema.required(kind) where values[field] == nil {
            if present.contains(field) {
                if let e = entries.first(where: { $0.key == field }), case .null = e.value.value {
                    reader.diagnostics.append(.error("missing-field", at: SourceLocation(path: path, line: e.keyLine, column: e.keyColumn),
                                                     sv: "'\(field)' är tomt men måste fyllas i", en: "'\(field)' is empty but required",
                                                     length: field.count))
                }
            } else {
                reader.diagnostics.append(.error(
                    "missing-field", at: SourceLocation(path: path, line: 1, column: 1),
                    sv: "fältet '\(field)' saknas; det krävs för \(kind.noun.sv)", en: "the field '\(field)' is missing; \(kind.noun.en) requires it"))
            }
        }
        checkKindRules(values, entries)
        checkBodyLinks()
        let doc = makeDocument(values, fields: fields)
        return (doc, reader.diagnostics)
    }

    /// Whether `node` is a placeholder written by `pilothub new` (`"<…>"`). It is then not
    /// read as a value, and it is an error, "replace the placeholder", when the document
    /// is published (not a draft, or `--drafts`): a scaffold cannot reach the site, and an
    /// excluded draft stays quiet until the author is ready. No did-you-mean: the text
    /// is not a misspelling of anything.
    private mutating func placeholder(_ field: String, _ node: YAMLNode, _ type: ContentSchema.FieldType) -> Bool {
        guard case .string(let s) = node.value, DocumentTemplate.isPlaceholder(s) else { return false }
        guard includeDrafts || !isDraft else { return true }
        var allowedSV = "", allowedEN = ""
        if case .enumeration(let allowed) = type, allowed.count <= 8 {
            allowedSV = " (tillåtna: \(allowed.joined(separator: ", ")))"
            allowedEN = " (allowed: \(allowed.joined(separator: ", ")))"
        }
        reader.error("placeholder", node,
                     sv: "ersätt platshållaren \(s) i '\(field)' med ett riktigt värde\(allowedSV)",
                     en: "replace the placeholder \(s) in '\(field)' with a real value\(allowedEN)", length: s.count)
        return true
    }

    /// Checks that need several fields or the folder: owner and partner links, the tool's file, a title's text.
    private mutating func checkKindRules(_ values: [String: FieldValue], _ entries: [YAMLEntry]) {
        func node(_ k: String) -> YAMLNode? { entries.first { $0.key == k }?.value }
        if case .string(let t)? = values["title"], t.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }), let n = node("title") {
            reader.error("missing-field", n, sv: "'title' är tomt men måste fyllas i", en: "'title' is empty but required")
        }
        // Organisation names link to organisation documents when one has that title (or slug).
        for field in ["owner", "partners", "organisations"] {
            var names: [String] = []
            switch values[field] {
            case .string(let s)?: names = [s]
            case .strings(let s)?: names = s
            default: continue
            }
            for name in names {
                let target = catalog.organisationsByTitle[name] ?? DocumentID(kind: .organisations, slug: name)
                if let position = catalog.positions[target], let n = node(field) {
                    noteReference(target, at: position, line: n.line, column: n.column)
                }
            }
        }
        if case .string(let file)? = values["file"], let n = node("file") {
            if !parsed.file.isFolder {
                reader.error("unknown-attachment", n,
                             sv: "'file' pekar på en bilaga, men bara ett dokument i en egen mapp (\(parsed.file.kind.rawValue)/\(parsed.file.slug)/index.md) kan ha bilagor",
                             en: "'file' names an attachment, but only a document in its own folder (\(parsed.file.kind.rawValue)/\(parsed.file.slug)/index.md) has attachments",
                             length: file.count)
            } else if !parsed.file.attachments.contains(file) {
                reader.error("unknown-attachment", n,
                             sv: "bilagan '\(file)' finns inte i dokumentets mapp", en: "the attachment '\(file)' is not in the document's folder",
                             suggestion: Suggestion.closest(to: file, in: parsed.file.attachments), length: file.count)
            }
        }
        if case .string(let contact)? = values["contact"], let n = node("contact"), Self.looksPersonal(contact) {
            reader.diagnostics.append(.warning(
                "personal-contact", at: reader.at(n),
                sv: "'\(contact)' ser ut som en persons adress; skriv en roll eller en gemensam brevlåda, aldrig personuppgifter",
                en: "'\(contact)' looks like a person's address; give a role or a shared mailbox, never personal data",
                length: contact.count))
        }
        if case .string(let url)? = values["url"], let n = node("url") {
            let lower = url.lowercased()
            if !(lower.hasPrefix("https://") || lower.hasPrefix("http://")) {
                reader.error("invalid-url", n, sv: "'url' ska börja med https:// eller http://",
                             en: "'url' must start with https:// or http://", length: url.count)
            }
        }
    }

    /// `förnamn.efternamn@…`: two names joined by a dot is how personal addresses look.
    static func looksPersonal(_ contact: String) -> Bool {
        let text = contact.hasPrefix("mailto:") ? String(contact.dropFirst(7)) : contact
        guard let at = text.firstIndex(of: "@") else { return false }
        let parts = text[..<at].split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { $0.count >= 2 && $0.allSatisfy(\.isLetter) }
    }

    private mutating func unknownField(_ e: YAMLEntry, kind: DocumentKind, known: Dictionary<String, ContentSchema.FieldType>.Keys) {
        let owners = DocumentKind.allCases.filter { ContentSchema.fields($0)[e.key] != nil }
        if let other = owners.first {
            reader.warning("unknown-field", line: e.keyLine, column: e.keyColumn,
                           sv: "fältet '\(e.key)' används inte för \(kind.noun.sv) (bara för \(other.noun.sv)) och ignoreras",
                           en: "the field '\(e.key)' is not used for \(kind.noun.en) (only for \(other.noun.en)) and is ignored",
                           length: e.key.count)
        } else {
            reader.warning("unknown-field", line: e.keyLine, column: e.keyColumn,
                           sv: "okänt fält '\(e.key)' ignoreras", en: "unknown field '\(e.key)' is ignored",
                           suggestion: Suggestion.closest(to: e.key, in: known.sorted()), length: e.key.count)
        }
    }

    private mutating func read(_ field: String, _ node: YAMLNode, _ type: ContentSchema.FieldType) -> FieldValue? {
        switch type {
        case .string: return reader.string(field, node).map(FieldValue.string)
        case .int: return reader.int(field, node).map(FieldValue.int)
        case .number: return reader.number(field, node).map(FieldValue.number)
        case .bool: return reader.bool(field, node).map(FieldValue.bool)
        case .date: return reader.date(field, node).map(FieldValue.date)
        case .enumeration(let allowed): return reader.enumeration(field, node, allowed: allowed).map(FieldValue.string)
        case .stringList:
            guard let items = reader.stringList(field, node) else { return nil }
            if let vocabulary = config.vocabularies[field] { checkVocabulary(field, items, vocabulary) }
            return .strings(items.map(\.0))
        case .references(let kind):
            guard let items = reader.stringList(field, node) else { return nil }
            return .refs(items.compactMap { reference($0.0, $0.1, expected: kind) })
        case .reference(let kind):
            guard let s = reader.string(field, node) else { return nil }
            return reference(s, node, expected: kind).map(FieldValue.ref)
        case .period: return readPeriod(node)
        case .agenda: return readAgenda(node)
        }
    }

    private mutating func checkVocabulary(_ field: String, _ items: [(String, YAMLNode)], _ vocabulary: [String]) {
        for (value, node) in items where !vocabulary.contains(value) {
            reader.error("not-in-vocabulary", node,
                         sv: "'\(value)' finns inte i vokabulären för '\(field)' i hub.yml",
                         en: "'\(value)' is not in the vocabulary of '\(field)' declared in hub.yml",
                         suggestion: Suggestion.closest(to: value, in: vocabulary), length: value.count)
        }
    }

    /// Resolves a reference, reporting what is wrong with it, and records it for reverse links.
    private mutating func reference(_ text: String, _ node: YAMLNode, expected: DocumentKind?) -> DocumentID? {
        switch catalog.resolve(text, expected: expected) {
        case .found(let target, let position):
            noteReference(target, at: position, line: node.line, column: node.column)
            return target
        case .problem(let id, let message, let suggestion):
            reader.diagnostics.append(Diagnostic(.error, id: id, at: reader.at(node), message, suggestion: suggestion, length: text.count))
            return nil
        }
    }

    /// `position`: the target's place in the catalog.
    private mutating func noteReference(_ target: DocumentID, at position: Int, line: Int, column: Int) {
        references.append(position)
        if !includeDrafts, !isDraft, catalog.isDraft[position] {
            reader.warning("reference-to-draft", line: line, column: column,
                           sv: "'\(target)' är ett utkast (draft: true) och kommer inte med på webbplatsen",
                           en: "'\(target)' is a draft (draft: true) and is left out of the site")
        }
    }

    private mutating func readPeriod(_ node: YAMLNode) -> FieldValue? {
        guard case .map(let entries) = node.value else {
            reader.error("wrong-type", node, sv: "'period' ska ha 'start' och 'end' på egna rader under sig",
                         en: "'period' must have 'start' and 'end' on their own lines below it")
            return nil
        }
        var start: ContentDate?, end: ContentDate?, endNode: YAMLNode?
        for e in entries {
            if case .null = e.value.value { continue }
            switch e.key {
            case "start": start = reader.date("period.start", e.value)
            case "end": end = reader.date("period.end", e.value); endNode = e.value
            default:
                reader.warning("unknown-field", line: e.keyLine, column: e.keyColumn,
                               sv: "okänt fält 'period.\(e.key)' ignoreras", en: "unknown field 'period.\(e.key)' is ignored",
                               suggestion: Suggestion.closest(to: e.key, in: ["start", "end"]), length: e.key.count)
            }
        }
        if let s = start, let e = end, let n = endNode, e < s {
            reader.error("period-end-before-start", n, sv: "periodens slut (\(e.iso)) ligger före dess start (\(s.iso))",
                         en: "the period's end (\(e.iso)) is before its start (\(s.iso))", length: e.iso.count)
        }
        return .period(start, end)
    }

    private mutating func readAgenda(_ node: YAMLNode) -> FieldValue? {
        guard case .list(let items) = node.value else {
            reader.error("wrong-type", node, sv: "'agenda' ska vara en lista med punkter (- item: …)",
                         en: "'agenda' must be a list of items (- item: …)")
            return nil
        }
        var agenda: [AgendaItem] = []
        for itemNode in items {
            if let text = FieldReader.scalarText(itemNode.value) { agenda.append(AgendaItem(item: text)); continue }
            guard case .map(let entries) = itemNode.value else {
                reader.error("wrong-type", itemNode, sv: "en punkt i 'agenda' ska ha 'item' och gärna 'time' och 'ref'",
                             en: "an agenda item must have 'item', and may have 'time' and 'ref'")
                continue
            }
            var item: String?, time: String?, ref: DocumentID?
            for e in entries {
                if case .null = e.value.value { continue }
                switch e.key {
                case "item": item = reader.string("item", e.value)
                case "time": time = reader.string("time", e.value)
                case "ref":
                    if placeholder("ref", e.value, .string) { continue }
                    if let s = reader.string("ref", e.value) { ref = reference(s, e.value, expected: nil) }
                default:
                    reader.warning("unknown-field", line: e.keyLine, column: e.keyColumn,
                                   sv: "okänt fält '\(e.key)' i agendan ignoreras", en: "unknown agenda field '\(e.key)' is ignored",
                                   suggestion: Suggestion.closest(to: e.key, in: ["item", "time", "ref"]), length: e.key.count)
                }
            }
            if let item {
                agenda.append(AgendaItem(time: time, item: item, ref: ref))
            } else {
                reader.error("missing-field", itemNode, sv: "punkten i agendan saknar 'item'", en: "the agenda item has no 'item'")
            }
        }
        return .agenda(agenda)
    }
}

extension DocumentBuilder {
    /// Relative links of the body must lead to a document (`.md`) or an attachment.
    private mutating func checkBodyLinks() {
        let folder = parsed.file.isFolder ? "\(parsed.file.kind.rawValue)/\(parsed.file.slug)" : parsed.file.kind.rawValue
        for link in parsed.links {
            let line = parsed.bodyStartLine - 1 + link.line
            switch BodyLinkResolver.resolve(link.destination, isImage: link.isImage, from: folder, catalog: catalog) {
            case .notChecked: continue
            case .found(let target, let position): noteReference(target, at: position, line: line, column: link.column)
            case .problem(let id, let message, let suggestion):
                reader.diagnostics.append(Diagnostic(.error, id: id, at: SourceLocation(path: path, line: line, column: link.column),
                                                     message, suggestion: suggestion, length: link.destination.count))
            }
        }
    }

    private func makeDocument(_ v: [String: FieldValue], fields: YAMLNode) -> Document? {
        func str(_ k: String) -> String? { if case .string(let s)? = v[k] { s } else { nil } }
        func int(_ k: String) -> Int? { if case .int(let i)? = v[k] { i } else { nil } }
        func strings(_ k: String) -> [String] { if case .strings(let s)? = v[k] { s } else { [] } }
        func refs(_ k: String) -> [DocumentID] { if case .refs(let r)? = v[k] { r } else { [] } }
        func date(_ k: String) -> ContentDate? { if case .date(let d)? = v[k] { d } else { nil } }
        guard let title = str("title"), !title.isEmpty else { return nil }
        let details: KindDetails
        switch parsed.file.kind {
        case .projects:
            var start: ContentDate?, end: ContentDate?
            if case .period(let s, let e)? = v["period"] { start = s; end = e }
            var hours: Double?
            if case .number(let h)? = v["hours_per_company"] { hours = h }
            let owner = str("owner")
            details = .project(ProjectDetails(
                owner: owner, ownerID: owner.flatMap { catalog.organisationsByTitle[$0] }, partners: strings("partners"),
                periodStart: start, periodEnd: end, companies: int("companies"), women: int("women"), men: int("men"),
                hoursPerCompany: hours, methods: refs("methods"), contact: str("contact")))
        case .methods:
            details = .method(MethodDetails(format: str("format"), level: str("level"), audience: strings("audience"),
                                            duration: str("duration"), tools: refs("tools"), projects: refs("projects")))
        case .tools:
            details = .tool(ToolDetails(type: str("type"), license: str("license"), url: str("url"), file: str("file"),
                                        methods: refs("methods")))
        case .lessons:
            var project: DocumentID?
            if case .ref(let p)? = v["project"] { project = p }
            details = .lesson(LessonDetails(project: project, methods: refs("methods"), tools: refs("tools"), outcome: str("outcome")))
        case .meetings:
            var agenda: [AgendaItem] = []
            if case .agenda(let a)? = v["agenda"] { agenda = a }
            details = .meeting(MeetingDetails(place: str("place"), agenda: agenda, organisations: strings("organisations")))
        case .organisations: details = .organisation
        case .pages: details = .page
        }
        var draft = false
        if case .bool(let b)? = v["draft"] { draft = b }
        return Document(
            id: id, sourcePath: parsed.file.relativePath, title: title, summary: str("summary"), date: date("date"),
            updated: date("updated"), lang: str("lang") ?? config.defaultLanguage, tags: strings("tags"), region: str("region"),
            sector: strings("sector"), draft: draft, body: parsed.body, bodyStartLine: parsed.bodyStartLine,
            attachments: parsed.file.attachments, details: details, fields: fields)
    }
}
