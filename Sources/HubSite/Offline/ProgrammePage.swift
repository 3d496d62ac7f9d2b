import HubContent

/// The body of `programme/index.html`: every figure as a table, with a bar chart beside the
/// tables that suit one, the method × project matrix, the definitions, and links to the CSV.
///
/// Every figure cell carries `data-figure` and `data-value` (the exact number), so that tests
/// and scripts read the figures without parsing formatted text.
public struct ProgrammePage: Sendable {
    public var figures: ProgrammeFigures
    public var lang: String
    /// The href of a document's page from `programme/`, nil to write its title unlinked.
    public var link: @Sendable (DocumentID) -> String?

    public static let csvFile = "programme.csv"
    /// At most this many bars in the methods chart.
    public static let maxChartBars = 40
    /// Up to this many method × project cells the matrix is a table; past it, a list of the
    /// pairs that are used (a table of 3,000 methods × 1,000 projects would be 3 million cells).
    public static let maxMatrixCells = 2_500
    public static let csvSemicolonFile = "programme-semikolon.csv"

    public init(figures: ProgrammeFigures, lang: String, link: @escaping @Sendable (DocumentID) -> String?) {
        self.figures = figures
        self.lang = lang
        self.link = link
    }

    var s: OfflineStrings { OfflineStrings.forLanguage(lang) }

    func e(_ text: String) -> String { XMLText.escape(text) }
    func int(_ n: Int) -> String { FigureFormat.integer(n, lang: lang) }
    func dec(_ x: Double) -> String { FigureFormat.decimal(x, lang: lang) }
    func pct(_ x: Double?) -> String { x.map { FigureFormat.percent($0, lang: lang) } ?? "–" }

    /// A table cell with its exact value.
    func cell(_ key: String, _ text: String, _ value: String) -> String {
        "<td class=\"num\" data-figure=\"\(e(key))\" data-value=\"\(e(value))\">\(e(text))</td>"
    }

    /// A chart with its title shown above it; screen readers get the title from the SVG itself.
    func chart(_ c: SVGBarChart) -> String {
        "<div class=\"chart\"><p class=\"chart-title\" aria-hidden=\"true\">\(e(c.title))</p>\(c.svg())</div>"
    }

    func titled(_ id: DocumentID, _ title: String) -> String {
        guard let href = link(id) else { return e(title) }
        return "<a href=\"\(e(href))\">\(e(title))</a>"
    }

    /// The `<main>` content (written as bytes: `bodyMarkup`).
    public func body() -> String { bodyMarkup().string }

    /// `body()` built from the `String`s of each part: the definition `bodyMarkup` follows.
    func bodyPlain() -> String {
        bodyHead() + totals() + regions() + methods() + matrix() + perProject() + definitions() + "</div>\n"
    }

    /// The page's title, lead and CSV links.
    func bodyHead() -> String {
        var h = "<div class=\"programme\">\n<h1>\(e(s.programmeTitle))</h1>\n<p class=\"lead\">\(e(s.programmeLead))</p>\n"
        h += "<p class=\"csv-links\"><a href=\"\(Self.csvFile)\" download>\(e(s.downloadCSV))</a> (\(e(s.csvNote)))"
        h += " · <a href=\"\(Self.csvSemicolonFile)\" download>\(e(s.downloadCSVSemicolon))</a></p>\n"
        return h
    }

    func totals() -> String {
        let f = figures
        var h = "<section aria-labelledby=\"pg-totals\">\n<h2 id=\"pg-totals\">\(e(s.totals))</h2>\n<div class=\"figure-pair\">\n"
        h += "<table class=\"figures\">\n<caption>\(e(s.totals))</caption>\n"
        h += "<thead><tr><th scope=\"col\">\(e(s.figure))</th><th scope=\"col\">\(e(s.value))</th></tr></thead>\n<tbody>\n"
        let rows: [(String, String, String, String)] = [
            (s.projects, "projects", int(f.projectCount), String(f.projectCount)),
            (s.companiesReached, "companies", int(f.companies), String(f.companies)),
            (s.women, "women", int(f.women), String(f.women)),
            (s.men, "men", int(f.men), String(f.men)),
            (s.womenShare, "women_share_percent", pct(f.womenShare), f.womenShare.map { FigureFormat.plain($0, decimalComma: false) } ?? ""),
            (s.menShare, "men_share_percent", pct(f.menShare), f.menShare.map { FigureFormat.plain($0, decimalComma: false) } ?? ""),
            (s.hours, "hours", dec(f.hours), FigureFormat.plain(f.hours, decimalComma: false)),
        ]
        for (label, key, text, value) in rows {
            h += "<tr><th scope=\"row\">\(e(label))</th>\(cell("totals." + key, text, value))</tr>\n"
        }
        h += "</tbody>\n</table>\n"
        h += chart(SVGBarChart(id: "chart-participants", title: s.participantsChart, summary: s.participantsChartSummary, bars: [
            .init(label: s.women, value: Double(f.women), valueText: "\(int(f.women)) (\(pct(f.womenShare)))"),
            .init(label: s.men, value: Double(f.men), valueText: "\(int(f.men)) (\(pct(f.menShare)))"),
        ]))
        return h + "\n</div>\n</section>\n"
    }

    func regions() -> String {
        guard !figures.regions.isEmpty else { return "" }
        var h = "<section aria-labelledby=\"pg-regions\">\n<h2 id=\"pg-regions\">\(e(s.perRegion))</h2>\n<div class=\"figure-pair\">\n"
        h += "<table class=\"figures\">\n<caption>\(e(s.perRegion))</caption>\n<thead><tr><th scope=\"col\">\(e(s.region))</th>"
        h += "<th scope=\"col\">\(e(s.projects))</th><th scope=\"col\">\(e(s.companies))</th></tr></thead>\n<tbody>\n"
        for r in figures.regions {
            let key = r.region ?? ""
            h += "<tr><th scope=\"row\">\(e(r.region ?? s.noRegion))</th>"
            h += cell("region.\(key).projects", int(r.projects), String(r.projects))
            h += cell("region.\(key).companies", int(r.companies), String(r.companies)) + "</tr>\n"
        }
        h += "</tbody>\n</table>\n<div class=\"charts\">\n"
        h += chart(SVGBarChart(id: "chart-region-projects", title: s.projectsPerRegionChart, summary: s.projectsPerRegionSummary,
                         bars: figures.regions.map { .init(label: $0.region ?? s.noRegion, value: Double($0.projects), valueText: int($0.projects)) }))
        h += "\n"
        h += chart(SVGBarChart(id: "chart-region-companies", title: s.companiesPerRegionChart, summary: s.companiesPerRegionSummary,
                         bars: figures.regions.map { .init(label: $0.region ?? s.noRegion, value: Double($0.companies), valueText: int($0.companies)) }))
        return h + "\n</div>\n</div>\n</section>\n"
    }

    func methods() -> String {
        guard !figures.methods.isEmpty else { return "" }
        var h = "<section aria-labelledby=\"pg-methods\">\n<h2 id=\"pg-methods\">\(e(s.methodsUsed))</h2>\n<div class=\"figure-pair\">\n"
        h += "<table class=\"figures\">\n<caption>\(e(s.methodsChart))</caption>\n<thead><tr><th scope=\"col\">\(e(s.method))</th>"
        h += "<th scope=\"col\">\(e(s.projectsUsing))</th></tr></thead>\n<tbody>\n"
        for m in figures.methods {
            h += "<tr><th scope=\"row\">\(titled(m.id, m.title))</th>\(cell("method.\(m.id)", int(m.projects.count), String(m.projects.count)))</tr>\n"
        }
        h += "</tbody>\n</table>\n"
        h += methodsChart()
        return h + "\n</div>\n</section>\n"
    }

    /// The methods chart beside their table.
    func methodsChart() -> String {
        // A chart of thousands of bars helps nobody: it shows the most used; the table has all.
        let shown = Array(figures.methods.prefix(Self.maxChartBars))
        let title = figures.methods.count > shown.count ? s.methodsChart + " (" + s.mostUsed(shown.count) + ")" : s.methodsChart
        return chart(SVGBarChart(id: "chart-methods", title: title, summary: s.methodsChartSummary,
                                 bars: shown.map { .init(label: $0.title, value: Double($0.projects.count), valueText: int($0.projects.count)) }))
    }

    func matrix() -> String {
        guard !figures.methods.isEmpty, !figures.projects.isEmpty else { return "" }
        var h = "<section aria-labelledby=\"pg-matrix\">\n<h2 id=\"pg-matrix\">\(e(s.matrix))</h2>\n"
        if figures.methods.count * figures.projects.count > Self.maxMatrixCells {
            // Each project's escaped id and linked title are made once, not once per method using it.
            var titles: [DocumentID: String] = [:]
            for p in figures.projects { titles[p.id] = p.title }
            var made: [DocumentID: (id: String, titled: String)] = [:]
            h += "<p>\(e(s.matrixCaption)).</p>\n<dl class=\"matrix-list\">\n"
            for m in figures.methods where !m.projects.isEmpty {
                h += "<div><dt>\(titled(m.id, m.title))</dt><dd>"
                let method = e(m.id.description)
                for (i, p) in m.projects.enumerated() {
                    let project: (id: String, titled: String)
                    if let known = made[p] {
                        project = known
                    } else {
                        project = (e(p.description), titled(p, titles[p] ?? p.slug))
                        made[p] = project
                    }
                    if i > 0 { h += ", " }
                    h += "<span data-figure=\"matrix.\(method).\(project.id)\" data-value=\"1\">\(project.titled)</span>"
                }
                h += "</dd></div>\n"
            }
            return h + "</dl>\n</section>\n"
        }
        // Wide tables scroll inside a focusable, labelled region (WCAG 2.1.1 for keyboard users).
        h += "<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"pg-matrix-caption\" tabindex=\"0\">\n"
        h += "<table class=\"matrix\">\n<caption id=\"pg-matrix-caption\">\(e(s.matrixCaption))</caption>\n<thead><tr><th scope=\"col\">\(e(s.method))</th>"
        for p in figures.projects { h += "<th scope=\"col\">\(titled(p.id, p.title))</th>" }
        h += "</tr></thead>\n<tbody>\n"
        let projectIDs = figures.projects.map { e($0.id.description) }
        for m in figures.methods {
            h += "<tr><th scope=\"row\">\(titled(m.id, m.title))</th>"
            let method = e(m.id.description)
            for (k, p) in figures.projects.enumerated() {
                let used = m.projects.contains(p.id)
                h += "<td class=\"mark\" data-figure=\"matrix.\(method).\(projectIDs[k])\" data-value=\"\(used ? 1 : 0)\">"
                h += used ? "<span aria-hidden=\"true\">●</span><span class=\"visually-hidden\">\(e(s.yes))</span>"
                          : "<span class=\"visually-hidden\">\(e(s.no))</span>"
                h += "</td>"
            }
            h += "</tr>\n"
        }
        return h + "</tbody>\n</table>\n</div>\n</section>\n"
    }

    func perProject() -> String {
        guard !figures.projects.isEmpty else { return "" }
        let f = figures
        var h = projectsHead()
        func opt(_ key: String, _ n: Int?) -> String { n.map { cell(key, int($0), String($0)) } ?? cell(key, "–", "") }
        func optD(_ key: String, _ x: Double?) -> String {
            x.map { cell(key, dec($0), FigureFormat.plain($0, decimalComma: false)) } ?? cell(key, "–", "")
        }
        for p in f.projects {
            let k = "project.\(p.id)."
            h += "<tr><th scope=\"row\">\(titled(p.id, p.title))</th><td>\(e(p.region ?? "–"))</td>"
            h += opt(k + "companies", p.companies) + opt(k + "women", p.women) + opt(k + "men", p.men)
            h += optD(k + "hours_per_company", p.hoursPerCompany) + optD(k + "hours", p.hours) + "</tr>\n"
        }
        return h + projectsTail()
    }

    /// The projects table up to its first row.
    func projectsHead() -> String {
        var h = "<section aria-labelledby=\"pg-projects\">\n<h2 id=\"pg-projects\">\(e(s.perProject))</h2>\n"
        h += "<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"pg-projects-caption\" tabindex=\"0\">\n"
        h += "<table class=\"figures\">\n<caption id=\"pg-projects-caption\">\(e(s.perProject))</caption>\n<thead><tr>"
        for c in [s.project, s.region, s.companies, s.women, s.men, s.hoursPerCompany, s.hours] { h += "<th scope=\"col\">\(e(c))</th>" }
        h += "</tr></thead>\n<tbody>\n"
        return h
    }

    /// The projects table after its last row: the totals, and the projects missing figures.
    func projectsTail() -> String {
        let f = figures
        var h = "</tbody>\n<tfoot><tr><th scope=\"row\">\(e(s.total))</th><td></td>"
        h += cell("sum.companies", int(f.companies), String(f.companies)) + cell("sum.women", int(f.women), String(f.women))
        h += cell("sum.men", int(f.men), String(f.men)) + "<td></td>" + cell("sum.hours", dec(f.hours), FigureFormat.plain(f.hours, decimalComma: false))
        h += "</tr></tfoot>\n</table>\n</div>\n"
        let missing = f.projects.filter { $0.companies == nil || $0.hours == nil || ($0.women == nil && $0.men == nil) }
        if !missing.isEmpty {
            h += "<p class=\"missing\">\(e(s.missingFields)) (\(e(s.notReported))): "
            h += missing.map { titled($0.id, $0.title) }.joined(separator: ", ") + ".</p>\n"
        }
        return h + "</section>\n"
    }

    func definitions() -> String {
        var h = "<section aria-labelledby=\"pg-definitions\">\n<h2 id=\"pg-definitions\">\(e(s.definitions))</h2>\n<ul>\n"
        for d in s.definitionTexts { h += "<li>\(e(d))</li>\n" }
        return h + "</ul>\n</section>\n"
    }

    /// The stylesheet for the figure tables and charts (`assets/programme.css`), kept out of
    /// the page so that a strict Content-Security-Policy (no inline styles) works.
    public static let css = """
    /* PilotHub programme figures and handbook. */
    .figure-pair { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.3fr); gap: 1.5rem; align-items: start; }
    .figure-pair > * { min-width: 0; }
    .figure-pair .charts { display: grid; gap: 1rem; min-width: 0; }
    /* On a phone a chart scrolls sideways rather than shrinking its labels out of reading size. */
    .chart { overflow-x: auto; max-width: 100%; }
    .chart .bar-chart { min-width: 30rem; }
    .figures caption, .matrix caption { text-align: left; font-weight: 700; padding: 0.3rem 0; }
    .figures td.num, .matrix td.mark { text-align: right; font-variant-numeric: tabular-nums; }
    .matrix td.mark { text-align: center; color: #1d4f91; }
    .matrix thead th { vertical-align: bottom; font-size: 0.9rem; }
    .table-scroll { overflow-x: auto; max-width: 100%; }
    .table-scroll:focus-visible { outline: 3px solid #c24e00; }
    .table-scroll table { display: table; }
    .bar-chart { max-width: 40rem; height: auto; }
    .chart-title { font-weight: 700; margin: 0.3rem 0; }
    .bar-chart .bar { fill: #1d4f91; }
    .bar-chart text { fill: #1a1a1a; }
    .visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
    .missing { color: #4f5660; }
    .not-in-bundle-note, .public-site-note { font-size: 0.85em; color: #4f5660; }
    .calendar-link { margin: 1rem 0; }
    .handbook-toc ol { columns: 2 18rem; }
    .handbook-entry { border-top: 2px solid #c9d1da; margin-top: 2.5rem; padding-top: 0.5rem; }
    .handbook-hint { color: #4f5660; }
    .handbook-entry > h3 { font-size: 1.45rem; margin-top: 0.75rem; }
    .part-title { font-size: 1.7rem; }
    @media (max-width: 48rem) { .figure-pair { grid-template-columns: 1fr; } }
    @media print {
      .csv-links, .handbook-hint { display: none; }
      .handbook-toc { break-after: page; page-break-after: always; }
      .handbook-entry { break-before: page; page-break-before: always; border-top: none; }
      .handbook-part { break-before: page; page-break-before: always; }
      .part-title + .handbook-entry { break-before: auto; page-break-before: auto; }
      .handbook-entry a[href^="#"]::after { content: ""; }
      .table-scroll { overflow: visible; }
      .bar-chart, table { break-inside: avoid; }
    }

    """
}
