/// The interface text of the programme page, the handbook and offline bundles, in Swedish
/// and English, in one place (the rest of the site's text is in `UIStrings`).
///
/// A class for the same reason as `UIStrings`: copies would update every string's count.
public final class OfflineStrings: Sendable {
    public let lang: String
    public let programmeTitle: String
    public let programmeLead: String
    public let downloadCSV: String
    public let csvNote: String
    public let downloadCSVSemicolon: String
    public let totals: String
    public let figure: String
    public let value: String
    public let projects: String
    public let companiesReached: String
    public let women: String
    public let men: String
    public let womenShare: String
    public let menShare: String
    public let hours: String
    public let participantsChart: String
    public let participantsChartSummary: String
    public let perRegion: String
    public let region: String
    public let companies: String
    public let noRegion: String
    public let projectsPerRegionChart: String
    public let projectsPerRegionSummary: String
    public let companiesPerRegionChart: String
    public let companiesPerRegionSummary: String
    public let methodsUsed: String
    public let method: String
    public let projectsUsing: String
    public let methodsChart: String
    public let methodsChartSummary: String
    public let matrix: String
    public let matrixCaption: String
    public let yes: String
    public let no: String
    public let perProject: String
    public let project: String
    public let hoursPerCompany: String
    public let total: String
    public let notReported: String
    public let definitions: String
    public let definitionTexts: [String]
    public let missingFields: String
    public let handbookTitle: String
    public let handbookLead: String
    public let handbookPrintHint: String
    public let handbookMethods: String
    public let handbookTools: String
    public let format: String
    public let level: String
    public let duration: String
    public let audience: String
    public let tools: String
    public let usedByProjects: String
    public let website: String
    public let type: String
    public let license: String
    public let methodsOfTool: String
    public let readOnline: String
    public let addToCalendar: String
    public let notInBundle: String
    public let onPublicSite: String
    public let navProgramme: String
    public let navHandbook: String
    public let calendar: String
    public let download: String

    init(lang: String, programmeTitle: String, programmeLead: String, downloadCSV: String, csvNote: String, downloadCSVSemicolon: String, totals: String, figure: String, value: String, projects: String, companiesReached: String, women: String, men: String, womenShare: String, menShare: String, hours: String, participantsChart: String, participantsChartSummary: String, perRegion: String, region: String, companies: String, noRegion: String, projectsPerRegionChart: String, projectsPerRegionSummary: String, companiesPerRegionChart: String, companiesPerRegionSummary: String, methodsUsed: String, method: String, projectsUsing: String, methodsChart: String, methodsChartSummary: String, matrix: String, matrixCaption: String, yes: String, no: String, perProject: String, project: String, hoursPerCompany: String, total: String, notReported: String, definitions: String, definitionTexts: [String], missingFields: String, handbookTitle: String, handbookLead: String, handbookPrintHint: String, handbookMethods: String, handbookTools: String, format: String, level: String, duration: String, audience: String, tools: String, usedByProjects: String, website: String, type: String, license: String, methodsOfTool: String, readOnline: String, addToCalendar: String, notInBundle: String, onPublicSite: String, navProgramme: String, navHandbook: String, calendar: String, download: String) {
        self.lang = lang
        self.programmeTitle = programmeTitle
        self.programmeLead = programmeLead
        self.downloadCSV = downloadCSV
        self.csvNote = csvNote
        self.downloadCSVSemicolon = downloadCSVSemicolon
        self.totals = totals
        self.figure = figure
        self.value = value
        self.projects = projects
        self.companiesReached = companiesReached
        self.women = women
        self.men = men
        self.womenShare = womenShare
        self.menShare = menShare
        self.hours = hours
        self.participantsChart = participantsChart
        self.participantsChartSummary = participantsChartSummary
        self.perRegion = perRegion
        self.region = region
        self.companies = companies
        self.noRegion = noRegion
        self.projectsPerRegionChart = projectsPerRegionChart
        self.projectsPerRegionSummary = projectsPerRegionSummary
        self.companiesPerRegionChart = companiesPerRegionChart
        self.companiesPerRegionSummary = companiesPerRegionSummary
        self.methodsUsed = methodsUsed
        self.method = method
        self.projectsUsing = projectsUsing
        self.methodsChart = methodsChart
        self.methodsChartSummary = methodsChartSummary
        self.matrix = matrix
        self.matrixCaption = matrixCaption
        self.yes = yes
        self.no = no
        self.perProject = perProject
        self.project = project
        self.hoursPerCompany = hoursPerCompany
        self.total = total
        self.notReported = notReported
        self.definitions = definitions
        self.definitionTexts = definitionTexts
        self.missingFields = missingFields
        self.handbookTitle = handbookTitle
        self.handbookLead = handbookLead
        self.handbookPrintHint = handbookPrintHint
        self.handbookMethods = handbookMethods
        self.handbookTools = handbookTools
        self.format = format
        self.level = level
        self.duration = duration
        self.audience = audience
        self.tools = tools
        self.usedByProjects = usedByProjects
        self.website = website
        self.type = type
        self.license = license
        self.methodsOfTool = methodsOfTool
        self.readOnline = readOnline
        self.addToCalendar = addToCalendar
        self.notInBundle = notInBundle
        self.onPublicSite = onPublicSite
        self.navProgramme = navProgramme
        self.navHandbook = navHandbook
        self.calendar = calendar
        self.download = download
    }

    public static func forLanguage(_ lang: String) -> OfflineStrings { lang == "en" ? .en : .sv }

    /// "de 40 mest använda" / "the 40 most used".
    public func mostUsed(_ n: Int) -> String { lang == "en" ? "the \(n) most used" : "de \(n) mest använda" }

    public static let sv = OfflineStrings(
        lang: "sv",
        programmeTitle: "Programmet i siffror",
        programmeLead: "Siffrorna räknas fram ur projektens egna uppgifter i hubben, varje gång webbplatsen byggs.",
        downloadCSV: "Ladda ner siffrorna som CSV",
        csvNote: "kommaavgränsad enligt RFC 4180, UTF-8",
        downloadCSVSemicolon: "semikolonavgränsad för Excel med svenska inställningar",
        totals: "Totalt", figure: "Mått", value: "Värde", projects: "Projekt", companiesReached: "Företag som nåtts",
        women: "Kvinnor", men: "Män", womenShare: "Andel kvinnor", menShare: "Andel män", hours: "Timmar",
        participantsChart: "Deltagare från företagen, kvinnor och män",
        participantsChartSummary: "Stapeldiagram över antalet deltagare",
        perRegion: "Per region", region: "Region", companies: "Företag", noRegion: "Ingen region angiven",
        projectsPerRegionChart: "Projekt per region", projectsPerRegionSummary: "Stapeldiagram över antalet projekt i varje region",
        companiesPerRegionChart: "Företag per region", companiesPerRegionSummary: "Stapeldiagram över antalet företag som nåtts i varje region",
        methodsUsed: "Metoder som används", method: "Metod", projectsUsing: "Antal projekt",
        methodsChart: "Hur många projekt som använt varje metod",
        methodsChartSummary: "Stapeldiagram över antalet projekt per metod",
        matrix: "Metoder och projekt", matrixCaption: "Vilka projekt som har prövat vilken metod",
        yes: "ja", no: "nej",
        perProject: "Per projekt", project: "Projekt", hoursPerCompany: "Timmar per företag", total: "Summa",
        notReported: "uppgift saknas",
        definitions: "Så räknas siffrorna",
        definitionTexts: [
            "Projekt: projektdokumenten i hubben.",
            "Företag som nåtts: summan av fältet companies.",
            "Kvinnor och män: summan av fälten women och men. Andelen är summan delad med kvinnor och män tillsammans.",
            "Timmar: för varje projekt companies × hours_per_company, sedan summerat. Ett projekt som saknar något av fälten bidrar inte.",
            "Ett projekt har använt en metod när projektet listar metoden i methods, när metoden listar projektet i projects, eller när en lärdom från projektet listar metoden. Varje projekt räknas en gång per metod.",
        ],
        missingFields: "Projekt som saknar uppgifter",
        handbookTitle: "Metodhandbok",
        handbookLead: "Alla metoder och verktyg i hubben på en sida, att läsa eller skriva ut.",
        handbookPrintHint: "Skriv ut med webbläsarens utskriftskommando (Ctrl+P eller ⌘P): varje metod börjar på en ny sida och menyerna skrivs inte ut.",
        handbookMethods: "Metoder", handbookTools: "Verktyg",
        format: "Format", level: "Nivå", duration: "Tidsåtgång", audience: "Målgrupp", tools: "Verktyg",
        usedByProjects: "Använd av", website: "Webbplats", type: "Typ", license: "Licens", methodsOfTool: "Metoder",
        readOnline: "Sidan i hubben",
        addToCalendar: "Lägg in i kalendern (.ics)",
        notInBundle: "finns inte i det här paketet", onPublicSite: "på webbplatsen",
        navProgramme: "Siffror", navHandbook: "Handbok", calendar: "Kalender", download: "Ladda ner")

    public static let en = OfflineStrings(
        lang: "en",
        programmeTitle: "The programme in figures",
        programmeLead: "The figures are computed from the projects' own data in the hub, every time the site is built.",
        downloadCSV: "Download the figures as CSV",
        csvNote: "comma-separated as RFC 4180 says, UTF-8",
        downloadCSVSemicolon: "semicolon-separated for Excel with Swedish settings",
        totals: "Totals", figure: "Figure", value: "Value", projects: "Projects", companiesReached: "Companies reached",
        women: "Women", men: "Men", womenShare: "Share of women", menShare: "Share of men", hours: "Hours",
        participantsChart: "Participants from the companies, women and men",
        participantsChartSummary: "Bar chart of the number of participants",
        perRegion: "By region", region: "Region", companies: "Companies", noRegion: "No region given",
        projectsPerRegionChart: "Projects by region", projectsPerRegionSummary: "Bar chart of the number of projects in each region",
        companiesPerRegionChart: "Companies by region", companiesPerRegionSummary: "Bar chart of the companies reached in each region",
        methodsUsed: "Methods used", method: "Method", projectsUsing: "Projects",
        methodsChart: "How many projects used each method",
        methodsChartSummary: "Bar chart of the number of projects per method",
        matrix: "Methods and projects", matrixCaption: "Which projects tried which method",
        yes: "yes", no: "no",
        perProject: "By project", project: "Project", hoursPerCompany: "Hours per company", total: "Total",
        notReported: "not reported",
        definitions: "How the figures are counted",
        definitionTexts: [
            "Projects: the project documents of the hub.",
            "Companies reached: the sum of the companies field.",
            "Women and men: the sums of the women and men fields. A share is that sum over women and men together.",
            "Hours: for each project companies × hours_per_company, then summed. A project that lacks either field adds nothing.",
            "A project used a method when the project lists the method in methods, when the method lists the project in projects, or when a lesson of the project lists the method. Each project counts once per method.",
        ],
        missingFields: "Projects with missing data",
        handbookTitle: "Method handbook",
        handbookLead: "Every method and tool of the hub on one page, to read or to print.",
        handbookPrintHint: "Print with the browser's print command (Ctrl+P or ⌘P): each method starts on a new page and the menus are left out.",
        handbookMethods: "Methods", handbookTools: "Tools",
        format: "Format", level: "Level", duration: "Duration", audience: "Audience", tools: "Tools",
        usedByProjects: "Used by", website: "Website", type: "Type", license: "Licence", methodsOfTool: "Methods",
        readOnline: "Its page in the hub",
        addToCalendar: "Add to calendar (.ics)",
        notInBundle: "not in this bundle", onPublicSite: "on the website",
        navProgramme: "Figures", navHandbook: "Handbook", calendar: "Calendar", download: "Download")
}
