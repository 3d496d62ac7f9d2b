import HubContent

/// The programme page written in place into one buffer. Its long parts (a row per method
/// and per project, a pair per method and project using it) were built as `String`s, with a
/// string made and escaped for every cell: at 1,000 documents the page cost as much as sixty
/// document pages, in one job. The short parts are the `String`s of `ProgrammePage.swift`;
/// `bodyPlain()` there is the definition, and a test compares the two.
extension ProgrammePage {
    /// `body()` as markup: the same bytes.
    func bodyMarkup() -> HTML {
        var h = HTML()
        h.reserveCapacity(4096 + figures.methods.count * 400 + figures.projects.count * 900)
        h.markup(bodyHead())
        h.markup(totals())
        h.markup(regions())
        writeMethods(into: &h)
        writeMatrix(into: &h)
        writeProjects(into: &h)
        h.markup(definitions())
        h.lit("</div>\n")
        return h
    }

    /// Appends `titled(id, title)`.
    func writeTitled(_ id: DocumentID, _ title: String, into h: inout HTML) {
        guard let href = link(id) else { h.xmlText(title); return }
        h.lit("<a href=\""); h.xmlText(href); h.lit("\">"); h.xmlText(title); h.lit("</a>")
    }

    /// Appends `e(id.description)` (`kind/slug`; escaping is per byte, so the parts are
    /// escaped one by one).
    func writeID(_ id: DocumentID, into h: inout HTML) {
        h.xmlText(id.kind.rawValue); h.lit("/"); h.xmlText(id.slug)
    }

    /// The end of `cell(key, text, value)` after its key: the key is written by the caller.
    func writeCellEnd(_ text: String, _ value: String, into h: inout HTML) {
        h.lit("\" data-value=\""); h.xmlText(value); h.lit("\">"); h.xmlText(text); h.lit("</td>")
    }

    /// `methods()`.
    func writeMethods(into h: inout HTML) {
        guard !figures.methods.isEmpty else { return }
        h.markup("<section aria-labelledby=\"pg-methods\">\n<h2 id=\"pg-methods\">\(e(s.methodsUsed))</h2>\n<div class=\"figure-pair\">\n")
        h.markup("<table class=\"figures\">\n<caption>\(e(s.methodsChart))</caption>\n<thead><tr><th scope=\"col\">\(e(s.method))</th>")
        h.markup("<th scope=\"col\">\(e(s.projectsUsing))</th></tr></thead>\n<tbody>\n")
        for m in figures.methods {
            h.lit("<tr><th scope=\"row\">"); writeTitled(m.id, m.title, into: &h); h.lit("</th>")
            h.lit("<td class=\"num\" data-figure=\"method."); writeID(m.id, into: &h)
            writeCellEnd(int(m.projects.count), String(m.projects.count), into: &h)
            h.lit("</tr>\n")
        }
        h.lit("</tbody>\n</table>\n")
        h.markup(methodsChart())
        h.lit("\n</div>\n</section>\n")
    }

    /// `matrix()`: the list of used pairs written here; the small table is `matrix()`'s.
    func writeMatrix(into h: inout HTML) {
        guard !figures.methods.isEmpty, !figures.projects.isEmpty else { return }
        guard figures.methods.count * figures.projects.count > Self.maxMatrixCells else {
            h.markup(matrix())
            return
        }
        h.markup("<section aria-labelledby=\"pg-matrix\">\n<h2 id=\"pg-matrix\">\(e(s.matrix))</h2>\n")
        // Each project's escaped id and linked title are written once, then copied for every
        // method using it.
        var titles: [DocumentID: String] = [:]
        for p in figures.projects { titles[p.id] = p.title }
        var made: [DocumentID: (id: Range<Int>, titled: Range<Int>)] = [:]
        var pieces = HTML()
        h.markup("<p>\(e(s.matrixCaption)).</p>\n<dl class=\"matrix-list\">\n")
        for m in figures.methods where !m.projects.isEmpty {
            h.lit("<div><dt>"); writeTitled(m.id, m.title, into: &h); h.lit("</dt><dd>")
            let methodStart = h.mark
            writeID(m.id, into: &h)
            let method = Array(h.bytesSince(methodStart))
            h.truncate(to: methodStart)
            for (i, p) in m.projects.enumerated() {
                let project: (id: Range<Int>, titled: Range<Int>)
                if let known = made[p] {
                    project = known
                } else {
                    let a = pieces.mark
                    writeID(p, into: &pieces)
                    let b = pieces.mark
                    writeTitled(p, titles[p] ?? p.slug, into: &pieces)
                    project = (a..<b, b..<pieces.mark)
                    made[p] = project
                }
                if i > 0 { h.lit(", ") }
                h.lit("<span data-figure=\"matrix."); h.markup(bytes: method); h.lit(".")
                h.append(pieces, project.id)
                h.lit("\" data-value=\"1\">")
                h.append(pieces, project.titled)
                h.lit("</span>")
            }
            h.lit("</dd></div>\n")
        }
        h.lit("</dl>\n</section>\n")
    }

    /// `perProject()`.
    func writeProjects(into h: inout HTML) {
        guard !figures.projects.isEmpty else { return }
        let f = figures
        h.markup(projectsHead())
        for p in f.projects {
            h.lit("<tr><th scope=\"row\">"); writeTitled(p.id, p.title, into: &h); h.lit("</th><td>")
            h.xmlText(p.region ?? "–"); h.lit("</td>")
            // The key `project.<id>.` is written once in the row, then copied into each cell:
            // written, remembered, and cut back before the first cell.
            let keyStart = h.mark
            h.lit("project."); writeID(p.id, into: &h); h.lit(".")
            let key = HTML(markup: Array(h.bytesSince(keyStart)))
            h.truncate(to: keyStart)
            let k = 0..<key.count
            func opt(_ field: StaticString, _ n: Int?, into h: inout HTML) {
                h.lit("<td class=\"num\" data-figure=\""); h.append(key, k); h.lit(field)
                if let n { writeCellEnd(int(n), String(n), into: &h) } else { writeCellEnd("–", "", into: &h) }
            }
            func optD(_ field: StaticString, _ x: Double?, into h: inout HTML) {
                h.lit("<td class=\"num\" data-figure=\""); h.append(key, k); h.lit(field)
                if let x { writeCellEnd(dec(x), FigureFormat.plain(x, decimalComma: false), into: &h) } else { writeCellEnd("–", "", into: &h) }
            }
            opt("companies", p.companies, into: &h)
            opt("women", p.women, into: &h)
            opt("men", p.men, into: &h)
            optD("hours_per_company", p.hoursPerCompany, into: &h)
            optD("hours", p.hours, into: &h)
            h.lit("</tr>\n")
        }
        h.markup(projectsTail())
    }
}
