import HubContent

/// Every piece of interface text the site writes, in Swedish and English, in one place.
/// Pages pick a table by the document's language (`lang: en` → English).
public struct UIStrings: Sendable {
    public var lang: String
    public var skipToContent: String
    public var search: String
    public var searchButton: String
    public var searchPageTitle: String
    public var searchNoScript: String
    public var mainNavigation: String
    public var breadcrumbs: String
    public var home: String
    public var contents: String
    public var about: String
    public var lastUpdated: String
    public var date: String
    public var tags: String
    public var allTags: String
    public var regions: String
    public var allRegions: String
    public var region: String
    public var sector: String
    public var format: String
    public var level: String
    public var duration: String
    public var audience: String
    public var tools: String
    public var methods: String
    public var lessons: String
    public var projects: String
    public var organisation: String
    public var organisations: String
    public var period: String
    public var companies: String
    public var participants: String
    public var women: String
    public var men: String
    public var hoursPerCompany: String
    public var partners: String
    public var contact: String
    public var type: String
    public var license: String
    public var website: String
    public var download: String
    public var project: String
    public var outcome: String
    public var place: String
    public var agenda: String
    public var attachments: String
    public var referencedBy: String
    public var related: String
    public var filters: String
    public var filterAll: String
    public var filterReset: String
    public var showing: String
    public var of: String
    public var documents: String
    public var latestLessons: String
    public var browseByKind: String
    public var browseByTag: String
    public var hubIntro: String
    public var notFoundTitle: String
    public var notFoundText: String
    public var accessibility: String
    public var feed: String
    public var footerNote: String
    public var englishDocument: String
    /// Names of task-list checkboxes (a form control needs one): an open and a done item.
    public var taskOpen: String
    public var taskDone: String
    /// Plural names of the kinds, for navigation and listing titles.
    public var kindNames: [DocumentKind: String]
    /// Singular names, for labels on listing rows.
    public var kindSingular: [DocumentKind: String]
    /// How vocabulary values (formats, levels, outcomes, tool types) read in this language.
    public var values: [String: String]

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
