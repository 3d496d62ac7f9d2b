/// The fields of each kind and the values they allow (DESIGN.md, "Content model").
public enum ContentSchema {
    /// Sweden's 21 regions, spelled as the regions name themselves.
    public static let regions = [
        "Blekinge", "Dalarna", "Gotland", "Gävleborg", "Halland", "Jämtland Härjedalen", "Jönköping",
        "Kalmar", "Kronoberg", "Norrbotten", "Skåne", "Stockholm", "Sörmland", "Uppsala", "Värmland",
        "Västerbotten", "Västernorrland", "Västmanland", "Västra Götaland", "Örebro", "Östergötland",
    ]
    public static let languages = ["sv", "en"]
    public static let methodFormats = ["behovsanalys", "utbildning", "coachning", "rådgivning", "information", "övning"]
    public static let methodLevels = ["grund", "fördjupning", "avancerad"]
    public static let toolTypes = ["checklista", "mall", "självskattning", "programvara", "utbildningsmaterial"]
    public static let lessonOutcomes = ["fungerade", "delvis", "fungerade-inte"]
    /// Fields whose values `hub.yml` may restrict with a vocabulary.
    public static let vocabularyFields = ["tags", "sector", "audience"]

    /// How a field is read.
    enum FieldType: Sendable, Equatable {
        case string, int, number, bool, date, stringList
        case enumeration([String])
        /// A list of slugs (or `kind/slug`) of one kind.
        case references(DocumentKind)
        /// One slug (or `kind/slug`) of one kind.
        case reference(DocumentKind)
        case period, agenda
    }

    static let common: [(String, FieldType)] = [
        ("title", .string), ("summary", .string), ("date", .date), ("updated", .date),
        ("lang", .enumeration(languages)), ("tags", .stringList), ("region", .enumeration(regions)),
        ("sector", .stringList), ("draft", .bool),
    ]

    static func specific(_ kind: DocumentKind) -> [(String, FieldType)] {
        switch kind {
        case .projects:
            [("owner", .string), ("partners", .stringList), ("period", .period), ("companies", .int),
             ("women", .int), ("men", .int), ("hours_per_company", .number), ("methods", .references(.methods)),
             ("contact", .string)]
        case .methods:
            [("format", .enumeration(methodFormats)), ("level", .enumeration(methodLevels)), ("audience", .stringList),
             ("duration", .string), ("tools", .references(.tools)), ("projects", .references(.projects))]
        case .tools:
            [("type", .enumeration(toolTypes)), ("license", .string), ("url", .string), ("file", .string),
             ("methods", .references(.methods))]
        case .lessons:
            [("project", .reference(.projects)), ("methods", .references(.methods)), ("tools", .references(.tools)),
             ("outcome", .enumeration(lessonOutcomes))]
        case .meetings:
            [("place", .string), ("agenda", .agenda), ("organisations", .stringList)]
        case .organisations:
            [("url", .string), ("contact", .string)]
        case .pages:
            []
        }
    }

    /// Every field a document of `kind` may have, with its type.
    static func fields(_ kind: DocumentKind) -> [String: FieldType] { fieldTable[kind] ?? [:] }

    private static let fieldTable: [DocumentKind: [String: FieldType]] = Dictionary(
        uniqueKeysWithValues: DocumentKind.allCases.map { ($0, makeFields($0)) })

    private static func makeFields(_ kind: DocumentKind) -> [String: FieldType] {
        var out: [String: FieldType] = [:]
        for (name, type) in common + specific(kind) { out[name] = type }
        return out
    }

    /// Fields a document of `kind` must have.
    static func required(_ kind: DocumentKind) -> [String] {
        switch kind {
        case .lessons: ["title", "project"]
        case .meetings: ["title", "date"]
        default: ["title"]
        }
    }
}

extension DocumentKind {
    /// Accepts the Swedish name of a kind (`metod`, `verktyg`, `lärdomar` …), for `pilothub new`
    /// and for suggestions when a reference names its kind in Swedish.
    public init?(swedishName: String) {
        let names: [String: DocumentKind] = [
            "projekt": .projects, "metod": .methods, "metoder": .methods, "verktyg": .tools, "lärdom": .lessons,
            "lärdomar": .lessons, "träff": .meetings, "träffar": .meetings, "erfarenhetsträff": .meetings,
            "erfarenhetsträffar": .meetings, "möte": .meetings, "möten": .meetings, "organisation": .organisations,
            "organisationer": .organisations, "sida": .pages, "sidor": .pages,
        ]
        guard let kind = names[swedishName.lowercased()] else { return nil }
        self = kind
    }

    /// The singular noun in Swedish and English, for messages.
    var noun: (sv: String, en: String) {
        switch self {
        case .projects: ("ett projekt", "a project")
        case .methods: ("en metod", "a method")
        case .tools: ("ett verktyg", "a tool")
        case .lessons: ("en lärdom", "a lesson")
        case .meetings: ("en erfarenhetsträff", "a meeting")
        case .organisations: ("en organisation", "an organisation")
        case .pages: ("en sida", "a page")
        }
    }

    /// "No such document" in Swedish and English.
    var none: (sv: String, en: String) {
        switch self {
        case .projects: ("inget projekt", "no project")
        case .methods: ("ingen metod", "no method")
        case .tools: ("inget verktyg", "no tool")
        case .lessons: ("ingen lärdom", "no lesson")
        case .meetings: ("ingen erfarenhetsträff", "no meeting")
        case .organisations: ("ingen organisation", "no organisation")
        case .pages: ("ingen sida", "no page")
        }
    }
}
