/// The interface text of the programme page, the handbook and offline bundles, in Swedish
/// and English, in one place (the rest of the site's text is in `UIStrings`).
public struct OfflineStrings: Sendable {
    public var lang: String
    public var programmeTitle: String
    public var programmeLead: String
    public var downloadCSV: String
    public var csvNote: String
    public var downloadCSVSemicolon: String
    public var totals: String
    public var figure: String
    public var value: String
    public var projects: String
    public var companiesReached: String
    public var women: String
    public var men: String
    public var womenShare: String
    public var menShare: String
    public var hours: String
    public var participantsChart: String
    public var participantsChartSummary: String
    public var perRegion: String
    public var region: String
    public var companies: String
    public var noRegion: String
    public var projectsPerRegionChart: String
    public var projectsPerRegionSummary: String
    public var companiesPerRegionChart: String
    public var companiesPerRegionSummary: String
    public var methodsUsed: String
    public var method: String
    public var projectsUsing: String
    public var methodsChart: String
    public var methodsChartSummary: String
    public var matrix: String
    public var matrixCaption: String
    public var yes: String
    public var no: String
    public var perProject: String
    public var project: String
    public var hoursPerCompany: String
    public var total: String
    public var notReported: String
    public var definitions: String
    public var definitionTexts: [String]
    public var missingFields: String
    public var handbookTitle: String
    public var handbookLead: String
    public var handbookPrintHint: String
    public var handbookMethods: String
    public var handbookTools: String
    public var format: String
    public var level: String
    public var duration: String
    public var audience: String
    public var tools: String
    public var usedByProjects: String
    public var website: String
    public var type: String
    public var license: String
    public var methodsOfTool: String
    public var readOnline: String
    public var addToCalendar: String
    public var notInBundle: String
    public var onPublicSite: String
    public var navProgramme: String
    public var navHandbook: String
    public var calendar: String
    public var download: String

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
