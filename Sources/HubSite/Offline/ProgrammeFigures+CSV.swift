import HubContent

extension ProgrammeFigures {
    /// Up to this many method × project cells the CSV holds the whole matrix.
    public static let maxFullMatrixRows = 10_000

    /// The figures in "long" form: one record per figure, the same five columns throughout,
    /// so that one file holds totals, projects, regions, methods and the matrix and a
    /// spreadsheet pivot table can regroup them.
    ///
    /// Columns: `section` (totals, project, region, method, matrix), `id` (the document id,
    /// the region name, or empty), `name` (a title), `measure`, `value`. In the `matrix`
    /// section the measure is a project id and the value is 1 when that project used the
    /// method, else 0 (past `maxFullMatrixRows` cells only the 1s are written). A figure a
    /// project does not report is an empty value.
    public func csvTable(decimalComma: Bool = false, noRegionName: String = "") -> CSVTable {
        func num(_ x: Double?) -> String { x.map { FigureFormat.plain($0, decimalComma: decimalComma) } ?? "" }
        func int(_ n: Int?) -> String { n.map(String.init) ?? "" }
        var rows: [[String]] = [
            ["totals", "", "", "projects", int(projectCount)],
            ["totals", "", "", "companies", int(companies)],
            ["totals", "", "", "women", int(women)],
            ["totals", "", "", "men", int(men)],
            ["totals", "", "", "women_share_percent", num(womenShare)],
            ["totals", "", "", "men_share_percent", num(menShare)],
            ["totals", "", "", "hours", num(hours)],
        ]
        // Each project's id as text, made once for its five records and every matrix record.
        let projectIDs = projects.map(\.id.description)
        for (p, id) in zip(projects, projectIDs) {
            let name = CSVTable.text(p.title)
            rows.append(["project", id, name, "companies", int(p.companies)])
            rows.append(["project", id, name, "women", int(p.women)])
            rows.append(["project", id, name, "men", int(p.men)])
            rows.append(["project", id, name, "hours_per_company", num(p.hoursPerCompany)])
            rows.append(["project", id, name, "hours", num(p.hours)])
        }
        for r in regions {
            let name = CSVTable.text(r.region ?? noRegionName)
            rows.append(["region", r.region ?? "", name, "projects", int(r.projects)])
            rows.append(["region", r.region ?? "", name, "companies", int(r.companies)])
        }
        let methodIDs = methods.map(\.id.description)
        for (m, id) in zip(methods, methodIDs) {
            rows.append(["method", id, CSVTable.text(m.title), "projects", int(m.projects.count)])
        }
        // The whole 0/1 matrix while it is of a readable size; past that only the pairs that
        // are used (value 1), so that the file grows with the data, not with its square.
        let full = methods.count * projects.count <= Self.maxFullMatrixRows
        // Past the full size, a method's own projects in the projects' order, rather than a
        // walk over every project for every method (millions of steps in a large hub).
        var position: [DocumentID: Int] = [:]
        if !full { for (i, p) in projects.enumerated() { position[p.id] = i } }
        for (m, method) in zip(methods, methodIDs) {
            let title = CSVTable.text(m.title)
            if full {
                let used = Set(m.projects)
                for (p, id) in zip(projects, projectIDs) {
                    rows.append(["matrix", method, title, id, used.contains(p.id) ? "1" : "0"])
                }
            } else {
                for i in Set(m.projects.compactMap { position[$0] }).sorted() {
                    rows.append(["matrix", method, title, projectIDs[i], "1"])
                }
            }
        }
        return CSVTable(header: ["section", "id", "name", "measure", "value"], rows: rows)
    }
}
