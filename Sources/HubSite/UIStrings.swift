import HubContent

/// Every piece of interface text the site writes, in Swedish and English, in one place.
/// Pages pick a table by the document's language (`lang: en` → English).
///
/// A class: every page and fragment holds one, and copying a struct of seventy strings
/// costs seventy reference-count updates, on storage all threads share.
public final class UIStrings: Sendable {
    public let lang: String
    public let skipToContent: String
    public let search: String
    public let searchButton: String
    public let searchPageTitle: String
    public let searchNoScript: String
    public let mainNavigation: String
    public let breadcrumbs: String
    public let home: String
    public let contents: String
    public let about: String
    public let lastUpdated: String
    public let date: String
    public let tags: String
    public let allTags: String
    public let regions: String
    public let allRegions: String
    public let region: String
    public let sector: String
    public let format: String
    public let level: String
    public let duration: String
    public let audience: String
    public let tools: String
    public let methods: String
    public let lessons: String
    public let projects: String
    public let organisation: String
    public let organisations: String
    public let period: String
    public let companies: String
    public let participants: String
    public let women: String
    public let men: String
    public let hoursPerCompany: String
    public let partners: String
    public let contact: String
    public let type: String
    public let license: String
    public let website: String
    public let download: String
    public let project: String
    public let outcome: String
    public let place: String
    public let agenda: String
    public let attachments: String
    public let referencedBy: String
    public let related: String
    public let filters: String
    public let filterAll: String
    public let filterReset: String
    public let showing: String
    public let of: String
    public let documents: String
    public let latestLessons: String
    public let browseByKind: String
    public let browseByTag: String
    public let hubIntro: String
    public let notFoundTitle: String
    public let notFoundText: String
    public let accessibility: String
    public let feed: String
    public let footerNote: String
    public let englishDocument: String
    /// Names of task-list checkboxes (a form control needs one): an open and a done item.
    public let taskOpen: String
    public let taskDone: String
    /// Plural names of the kinds, for navigation and listing titles.
    public let kindNames: [DocumentKind: String]
    /// Singular names, for labels on listing rows.
    public let kindSingular: [DocumentKind: String]
    /// How vocabulary values (formats, levels, outcomes, tool types) read in this language.
    public let values: [String: String]

    init(lang: String, skipToContent: String, search: String, searchButton: String, searchPageTitle: String, searchNoScript: String, mainNavigation: String, breadcrumbs: String, home: String, contents: String, about: String, lastUpdated: String, date: String, tags: String, allTags: String, regions: String, allRegions: String, region: String, sector: String, format: String, level: String, duration: String, audience: String, tools: String, methods: String, lessons: String, projects: String, organisation: String, organisations: String, period: String, companies: String, participants: String, women: String, men: String, hoursPerCompany: String, partners: String, contact: String, type: String, license: String, website: String, download: String, project: String, outcome: String, place: String, agenda: String, attachments: String, referencedBy: String, related: String, filters: String, filterAll: String, filterReset: String, showing: String, of: String, documents: String, latestLessons: String, browseByKind: String, browseByTag: String, hubIntro: String, notFoundTitle: String, notFoundText: String, accessibility: String, feed: String, footerNote: String, englishDocument: String, taskOpen: String, taskDone: String, kindNames: [DocumentKind: String], kindSingular: [DocumentKind: String], values: [String: String]) {
        self.lang = lang
        self.skipToContent = skipToContent
        self.search = search
        self.searchButton = searchButton
        self.searchPageTitle = searchPageTitle
        self.searchNoScript = searchNoScript
        self.mainNavigation = mainNavigation
        self.breadcrumbs = breadcrumbs
        self.home = home
        self.contents = contents
        self.about = about
        self.lastUpdated = lastUpdated
        self.date = date
        self.tags = tags
        self.allTags = allTags
        self.regions = regions
        self.allRegions = allRegions
        self.region = region
        self.sector = sector
        self.format = format
        self.level = level
        self.duration = duration
        self.audience = audience
        self.tools = tools
        self.methods = methods
        self.lessons = lessons
        self.projects = projects
        self.organisation = organisation
        self.organisations = organisations
        self.period = period
        self.companies = companies
        self.participants = participants
        self.women = women
        self.men = men
        self.hoursPerCompany = hoursPerCompany
        self.partners = partners
        self.contact = contact
        self.type = type
        self.license = license
        self.website = website
        self.download = download
        self.project = project
        self.outcome = outcome
        self.place = place
        self.agenda = agenda
        self.attachments = attachments
        self.referencedBy = referencedBy
        self.related = related
        self.filters = filters
        self.filterAll = filterAll
        self.filterReset = filterReset
        self.showing = showing
        self.of = of
        self.documents = documents
        self.latestLessons = latestLessons
        self.browseByKind = browseByKind
        self.browseByTag = browseByTag
        self.hubIntro = hubIntro
        self.notFoundTitle = notFoundTitle
        self.notFoundText = notFoundText
        self.accessibility = accessibility
        self.feed = feed
        self.footerNote = footerNote
        self.englishDocument = englishDocument
        self.taskOpen = taskOpen
        self.taskDone = taskDone
        self.kindNames = kindNames
        self.kindSingular = kindSingular
        self.values = values
    }

    public static func forLanguage(_ lang: String) -> UIStrings { lang == "en" ? .en : .sv }

    public func kindName(_ kind: DocumentKind) -> String { kindNames[kind] ?? kind.rawValue }

    /// A vocabulary value as readers see it (`fungerade-inte` → "Fungerade inte").
    public func value(_ raw: String) -> String { values[raw] ?? raw }

    public static let sv = UIStrings(
        lang: "sv", skipToContent: "Hoppa till innehållet", search: "Sök", searchButton: "Sök",
        searchPageTitle: "Sök i hubben",
        searchNoScript: "Sökningen behöver JavaScript. Du kan bläddra i listorna i stället:",
        mainNavigation: "Huvudmeny", breadcrumbs: "Du är här", home: "Start", contents: "Innehåll",
        about: "Om", lastUpdated: "Senast uppdaterad", date: "Datum", tags: "Taggar", allTags: "Alla taggar",
        regions: "Regioner", allRegions: "Alla regioner", region: "Region", sector: "Bransch", format: "Format",
        level: "Nivå", duration: "Tidsåtgång", audience: "Målgrupp", tools: "Verktyg", methods: "Metoder",
        lessons: "Lärdomar", projects: "Projekt", organisation: "Organisation", organisations: "Organisationer",
        period: "Period", companies: "Företag", participants: "Deltagare", women: "kvinnor", men: "män",
        hoursPerCompany: "Timmar per företag", partners: "Partner", contact: "Kontakt", type: "Typ",
        license: "Licens", website: "Webbplats", download: "Ladda ner", project: "Projekt", outcome: "Utfall",
        place: "Plats", agenda: "Dagordning", attachments: "Bilagor", referencedBy: "Nämns i", related: "Relaterat",
        filters: "Filtrera", filterAll: "Alla", filterReset: "Visa alla", showing: "Visar", of: "av",
        documents: "dokument", latestLessons: "Senaste lärdomarna", browseByKind: "Bläddra efter typ",
        browseByTag: "Bläddra efter tagg",
        hubIntro: "Metoder, verktyg och lärdomar från programmet Piloter för säker digitalisering: för er som hjälper små företag att bli säkrare digitalt.",
        notFoundTitle: "Sidan finns inte",
        notFoundText: "Sidan du letar efter finns inte, eller har flyttats. Prova att söka eller gå till startsidan.",
        accessibility: "Tillgänglighet", feed: "Nyhetsflöde (Atom)", footerNote: "Byggd med PilotHub",
        englishDocument: "English", taskOpen: "inte klart", taskDone: "klart",
        kindNames: [.projects: "Projekt", .methods: "Metoder", .tools: "Verktyg", .lessons: "Lärdomar",
                    .meetings: "Erfarenhetsträffar", .organisations: "Organisationer", .pages: "Sidor"],
        kindSingular: [.projects: "Projekt", .methods: "Metod", .tools: "Verktyg", .lessons: "Lärdom",
                       .meetings: "Erfarenhetsträff", .organisations: "Organisation", .pages: "Sida"],
        values: [
            "behovsanalys": "Behovsanalys", "utbildning": "Utbildning", "coachning": "Coachning",
            "rådgivning": "Rådgivning", "information": "Information", "övning": "Övning",
            "grund": "Grund", "fördjupning": "Fördjupning", "avancerad": "Avancerad",
            "checklista": "Checklista", "mall": "Mall", "självskattning": "Självskattning",
            "programvara": "Programvara", "utbildningsmaterial": "Utbildningsmaterial",
            "fungerade": "Fungerade", "delvis": "Fungerade delvis", "fungerade-inte": "Fungerade inte",
        ])

    public static let en = UIStrings(
        lang: "en", skipToContent: "Skip to content", search: "Search", searchButton: "Search",
        searchPageTitle: "Search the hub",
        searchNoScript: "Search needs JavaScript. You can browse the lists instead:",
        mainNavigation: "Main menu", breadcrumbs: "You are here", home: "Home", contents: "Contents",
        about: "About", lastUpdated: "Last updated", date: "Date", tags: "Tags", allTags: "All tags",
        regions: "Regions", allRegions: "All regions", region: "Region", sector: "Sector", format: "Format",
        level: "Level", duration: "Duration", audience: "Audience", tools: "Tools", methods: "Methods",
        lessons: "Lessons", projects: "Projects", organisation: "Organisation", organisations: "Organisations",
        period: "Period", companies: "Companies", participants: "Participants", women: "women", men: "men",
        hoursPerCompany: "Hours per company", partners: "Partners", contact: "Contact", type: "Type",
        license: "Licence", website: "Website", download: "Download", project: "Project", outcome: "Outcome",
        place: "Place", agenda: "Agenda", attachments: "Attachments", referencedBy: "Mentioned in", related: "Related",
        filters: "Filter", filterAll: "All", filterReset: "Show all", showing: "Showing", of: "of",
        documents: "documents", latestLessons: "Latest lessons", browseByKind: "Browse by kind",
        browseByTag: "Browse by tag",
        hubIntro: "Methods, tools and lessons from the programme Pilots for secure digitalisation: for those who help small companies become digitally secure.",
        notFoundTitle: "Page not found",
        notFoundText: "The page you are looking for does not exist or has moved. Try searching, or go to the start page.",
        accessibility: "Accessibility", feed: "News feed (Atom)", footerNote: "Built with PilotHub",
        englishDocument: "English", taskOpen: "not done", taskDone: "done",
        kindNames: [.projects: "Projects", .methods: "Methods", .tools: "Tools", .lessons: "Lessons",
                    .meetings: "Experience-sharing meetings", .organisations: "Organisations", .pages: "Pages"],
        kindSingular: [.projects: "Project", .methods: "Method", .tools: "Tool", .lessons: "Lesson",
                       .meetings: "Meeting", .organisations: "Organisation", .pages: "Page"],
        values: [
            "behovsanalys": "Needs analysis", "utbildning": "Training", "coachning": "Coaching",
            "rådgivning": "Advice", "information": "Information", "övning": "Exercise",
            "grund": "Basic", "fördjupning": "Intermediate", "avancerad": "Advanced",
            "checklista": "Checklist", "mall": "Template", "självskattning": "Self-assessment",
            "programvara": "Software", "utbildningsmaterial": "Training material",
            "fungerade": "Worked", "delvis": "Partly worked", "fungerade-inte": "Did not work",
        ])
}
