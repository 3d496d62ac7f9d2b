import HubFrontMatter

/// One validated document of the hub: common fields, the fields of its kind, and its
/// Markdown body. References are resolved `DocumentID`s that are known to exist.
public struct Document: Sendable, Identifiable {
    public var id: DocumentID
    public var kind: DocumentKind { id.kind }
    public var slug: String { id.slug }
    /// Path relative to the content folder: `methods/behovsanalys.md` or `methods/x/index.md`.
    public var sourcePath: String
    public var title: String
    public var summary: String?
    public var date: ContentDate?
    public var updated: ContentDate?
    /// `sv` (default) or `en`.
    public var lang: String
    public var tags: [String]
    public var region: String?
    public var sector: [String]
    public var draft: Bool
    /// The Markdown after the front matter.
    public var body: String
    /// File line where `body` starts, to turn body line numbers into file lines.
    public var bodyStartLine: Int
    /// Attachment files of a folder document, relative to its folder (`plan.pdf`, `img/a.png`), sorted.
    public var attachments: [String]
    public var details: KindDetails
    /// The front matter as read, for `pilothub export` of fields the model does not type.
    public var fields: YAMLNode?

    public init(
        id: DocumentID, sourcePath: String, title: String, summary: String? = nil, date: ContentDate? = nil,
        updated: ContentDate? = nil, lang: String = "sv", tags: [String] = [], region: String? = nil,
        sector: [String] = [], draft: Bool = false, body: String = "", bodyStartLine: Int = 1,
        attachments: [String] = [], details: KindDetails, fields: YAMLNode? = nil
    ) {
        self.id = id
        self.sourcePath = sourcePath
        self.title = title
        self.summary = summary
        self.date = date
        self.updated = updated
        self.lang = lang
        self.tags = tags
        self.region = region
        self.sector = sector
        self.draft = draft
        self.body = body
        self.bodyStartLine = bodyStartLine
        self.attachments = attachments
        self.details = details
        self.fields = fields
    }
}

/// The fields particular to each kind.
public enum KindDetails: Sendable {
    case project(ProjectDetails)
    case method(MethodDetails)
    case tool(ToolDetails)
    case lesson(LessonDetails)
    case meeting(MeetingDetails)
    case organisation
    case page
}

public struct ProjectDetails: Sendable {
    /// The promoter organisation's name.
    public var owner: String?
    /// The organisation document whose title equals `owner`, when there is one.
    public var ownerID: DocumentID?
    public var partners: [String]
    public var periodStart: ContentDate?
    public var periodEnd: ContentDate?
    public var companies: Int?
    public var women: Int?
    public var men: Int?
    public var hoursPerCompany: Double?
    public var methods: [DocumentID]
    public var contact: String?

    public init(owner: String? = nil, ownerID: DocumentID? = nil, partners: [String] = [], periodStart: ContentDate? = nil,
                periodEnd: ContentDate? = nil, companies: Int? = nil, women: Int? = nil, men: Int? = nil,
                hoursPerCompany: Double? = nil, methods: [DocumentID] = [], contact: String? = nil) {
        self.owner = owner
        self.ownerID = ownerID
        self.partners = partners
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.companies = companies
        self.women = women
        self.men = men
        self.hoursPerCompany = hoursPerCompany
        self.methods = methods
        self.contact = contact
    }
}

public struct MethodDetails: Sendable {
    /// behovsanalys, utbildning, coachning, rådgivning, information, övning
    public var format: String?
    /// grund, fördjupning, avancerad
    public var level: String?
    public var audience: [String]
    public var duration: String?
    public var tools: [DocumentID]
    public var projects: [DocumentID]

    public init(format: String? = nil, level: String? = nil, audience: [String] = [], duration: String? = nil,
                tools: [DocumentID] = [], projects: [DocumentID] = []) {
        self.format = format
        self.level = level
        self.audience = audience
        self.duration = duration
        self.tools = tools
        self.projects = projects
    }
}

public struct ToolDetails: Sendable {
    /// checklista, mall, självskattning, programvara, utbildningsmaterial
    public var type: String?
    public var license: String?
    public var url: String?
    /// An attachment of the tool's folder.
    public var file: String?
    public var methods: [DocumentID]

    public init(type: String? = nil, license: String? = nil, url: String? = nil, file: String? = nil, methods: [DocumentID] = []) {
        self.type = type
        self.license = license
        self.url = url
        self.file = file
        self.methods = methods
    }
}

public struct LessonDetails: Sendable {
    public var project: DocumentID?
    public var methods: [DocumentID]
    public var tools: [DocumentID]
    /// fungerade, delvis, fungerade-inte
    public var outcome: String?

    public init(project: DocumentID? = nil, methods: [DocumentID] = [], tools: [DocumentID] = [], outcome: String? = nil) {
        self.project = project
        self.methods = methods
        self.tools = tools
        self.outcome = outcome
    }
}

public struct AgendaItem: Sendable {
    public var time: String?
    public var item: String
    public var ref: DocumentID?

    public init(time: String? = nil, item: String, ref: DocumentID? = nil) {
        self.time = time
        self.item = item
        self.ref = ref
    }
}

public struct MeetingDetails: Sendable {
    public var place: String?
    public var agenda: [AgendaItem]
    public var organisations: [String]

    public init(place: String? = nil, agenda: [AgendaItem] = [], organisations: [String] = []) {
        self.place = place
        self.agenda = agenda
        self.organisations = organisations
    }
}
