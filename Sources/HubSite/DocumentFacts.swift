import HubContent

/// The fields of a document as a reader expects them (the fact box), and the lists of
/// related documents under the body, including reverse links (`Hub.referrers`).
struct DocumentFacts {
    let site: SiteModel
    let layout: Layout
    /// The document's position in `hub.documents` when the page is one of the hub's own:
    /// its tag and region links then come from the site's link table.
    var position: Int? = nil

    private var s: UIStrings { layout.strings }

    func link(_ id: DocumentID) -> HTML {
        guard let p = site.documentIndex[id], site.safeSlugs[p] else { return "\(id.description)" }
        var h = HTML()
        appendLink(p, to: &h)
        return h
    }

    /// `<a href="…" lang>title</a>` of the document at position `p`, written in place from
    /// the site's link table.
    func appendLink(_ p: Int, to h: inout HTML) {
        h.lit("<a href=\"")
        layout.appendHref(document: p, to: &h)
        h.lit("\"")
        layout.appendLangAttribute(site.hub.documents[p].lang, to: &h)
        h.lit(">")
        site.linkTable.write(site.linkTable.documents[p].text, to: &h)
        h.lit("</a>")
    }

    /// The definition `appendLink(_:to:)` writes from the link table: href and title escaped here.
    func appendLinkEscaping(_ p: Int, to h: inout HTML) {
        let docs = site.hub.documents
        h.lit("<a href=\"")
        layout.appendHref(docs[p].id, to: &h)
        h.lit("\"")
        layout.appendLangAttribute(docs[p].lang, to: &h)
        h.lit(">")
        h.text(docs[p].title)
        h.lit("</a>")
    }

    func appendLinks(_ ids: [DocumentID], to h: inout HTML) {
        for (i, id) in ids.enumerated() {
            if i > 0 { h.lit(", ") }
            if let p = site.documentIndex[id], site.safeSlugs[p] { appendLink(p, to: &h) } else { h.text(id.description) }
        }
    }

    func appendValues(_ vs: [String], to h: inout HTML) {
        for (i, v) in vs.enumerated() {
            if i > 0 { h.lit(", ") }
            h.text(s.value(v))
        }
    }

    /// A fact-box row written in place: `value` writes the value; a row whose value wrote
    /// nothing is taken back: a row with an empty value is left out.
    func row(_ label: String, into h: inout HTML, _ value: (inout HTML) -> Void) {
        let open = rowOpen(label, into: &h)
        value(&h)
        rowClose(open, into: &h)
    }

    /// The start of a row (`row`'s first half, for rows written without a closure): where
    /// the row and its value start.
    @inline(__always)
    func rowOpen(_ label: String, into h: inout HTML) -> (row: Int, value: Int) {
        let start = h.mark
        h.lit("<div><dt>"); h.text(label); h.lit("</dt><dd>")
        return (start, h.mark)
    }

    /// The end of a row opened by `rowOpen`: taken back when its value is empty.
    @inline(__always)
    func rowClose(_ open: (row: Int, value: Int), into h: inout HTML) {
        if h.mark == open.value { h.truncate(to: open.row) } else { h.lit("</dd></div>\n") }
    }

    func row(_ label: String, text v: String?, into h: inout HTML) {
        guard let v, !v.isEmpty else { return }  // an empty value: no row
        let open = rowOpen(label, into: &h)
        h.text(v)
        rowClose(open, into: &h)
    }

    func row(_ label: String, _ value: HTML, into h: inout HTML) {
        guard !value.isEmpty else { return }
        let open = rowOpen(label, into: &h)
        h += value
        rowClose(open, into: &h)
    }

    func appendDate(_ d: ContentDate?, to h: inout HTML) {
        guard let d else { return }
        let iso = d.iso
        h.lit("<time datetime=\""); h.text(iso); h.lit("\">"); h.text(iso); h.lit("</time>")
    }

    /// The fact box's rows, written in place (see `HTML.lit`) into the page. Rows are opened
    /// and closed around their values (`rowOpen`, `rowClose`) rather than given closures:
    /// a closure per row made the optimizer copy the document and this value into each.
    func writeFacts(for doc: Document, into h: inout HTML) {
        switch doc.details {
        case .method(let m):
            row(s.format, text: m.format.map(s.value), into: &h)
            row(s.level, text: m.level.map(s.value), into: &h)
            row(s.duration, text: m.duration, into: &h)
            if !m.audience.isEmpty {
                let open = rowOpen(s.audience, into: &h); appendValues(m.audience, to: &h); rowClose(open, into: &h)
            }
            if !m.tools.isEmpty {
                let open = rowOpen(s.tools, into: &h); appendLinks(m.tools, to: &h); rowClose(open, into: &h)
            }
        case .project(let p):
            do {
                let open = rowOpen(s.organisation, into: &h)
                if let oid = p.ownerID, site.hub[oid] != nil { h += link(oid) } else if let o = p.owner { h.text(o) }
                rowClose(open, into: &h)
            }
            if !p.partners.isEmpty {
                let open = rowOpen(s.partners, into: &h); appendValues(p.partners, to: &h); rowClose(open, into: &h)
            }
            if p.periodStart != nil || p.periodEnd != nil {
                let open = rowOpen(s.period, into: &h)
                appendDate(p.periodStart, to: &h); h.lit("–"); appendDate(p.periodEnd, to: &h)
                rowClose(open, into: &h)
            }
            if let c = p.companies {
                let open = rowOpen(s.companies, into: &h); h.number(c); rowClose(open, into: &h)
            }
            if p.women != nil || p.men != nil {
                let total = (p.women ?? 0) + (p.men ?? 0)
                let open = rowOpen(s.participants, into: &h)
                h.number(total); h.lit(" ("); h.number(p.women ?? 0); h.lit(" "); h.text(s.women); h.lit(", ")
                h.number(p.men ?? 0); h.lit(" "); h.text(s.men); h.lit(")")
                rowClose(open, into: &h)
            }
            if let hours = p.hoursPerCompany {
                let shown = hours == hours.rounded() ? String(Int(hours)) : String(hours)
                row(s.hoursPerCompany, text: shown, into: &h)
            }
            if let c = p.contact, c.contains("@"), !c.contains(" "), !c.contains(":") {
                let open = rowOpen(s.contact, into: &h)
                h.lit("<a href=\""); h.url("mailto:" + c); h.lit("\">"); h.text(c); h.lit("</a>")
                rowClose(open, into: &h)
            } else {
                row(s.contact, text: p.contact, into: &h)
            }
        case .tool(let t):
            row(s.type, text: t.type.map(s.value), into: &h)
            row(s.license, text: t.license, into: &h)
            if let u = t.url, SafeURL.check(u) != nil {
                let open = rowOpen(s.website, into: &h)
                h.lit("<a href=\""); h.url(u); h.lit("\">"); h.text(u); h.lit("</a>")
                rowClose(open, into: &h)
            }
            if let f = t.file, let out = (site.attachmentsByDocument[doc.id] ?? []).first(where: { $0.outputPath.hasSuffix("/" + f) }) {
                let open = rowOpen(s.download, into: &h)
                h.lit("<a class=\"download\" href=\""); h.url(layout.file(ContentPath.percentEncode(out.outputPath)))
                h.lit("\" download>"); h.text(f); h.lit("</a>")
                rowClose(open, into: &h)
            }
        case .lesson(let l):
            if let project = l.project { row(s.project, link(project), into: &h) }
            row(s.outcome, text: l.outcome.map(s.value), into: &h)
            if !l.methods.isEmpty {
                let open = rowOpen(s.methods, into: &h); appendLinks(l.methods, to: &h); rowClose(open, into: &h)
            }
            if !l.tools.isEmpty {
                let open = rowOpen(s.tools, into: &h); appendLinks(l.tools, to: &h); rowClose(open, into: &h)
            }
        case .meeting(let m):
            if doc.date != nil {
                let open = rowOpen(s.date, into: &h); appendDate(doc.date, to: &h); rowClose(open, into: &h)
            }
            h += OfflinePages.calendarRow(doc, layout: layout)
            row(s.place, text: m.place, into: &h)
            // An organisation named as an organisation document titles itself gets a link.
            if !m.organisations.isEmpty {
                let open = rowOpen(s.organisations, into: &h)
                for (i, name) in m.organisations.enumerated() {
                    if i > 0 { h.lit(", ") }
                    if let at = site.organisationsByTitle[name] { h += link(at) } else { h.text(name) }
                }
                rowClose(open, into: &h)
            }
        case .organisation, .page:
            break
        }
        // The hub's own document (with a page): its tags and region by index, from the link table.
        let p = position.flatMap { site.safeSlugs[$0] ? $0 : nil }
        if let p, doc.region != nil {
            let open = rowOpen(s.region, into: &h)
            let k = Int(site.linkTable.documentRegion[p])
            h.lit("<a href=\""); layout.appendHref(region: k, to: &h); h.lit("\">")
            site.linkTable.write(site.linkTable.regions[k].text, to: &h); h.lit("</a>")
            rowClose(open, into: &h)
        } else if let r = doc.region {
            let open = rowOpen(s.region, into: &h)
            if let slug = site.regionSlugs[r] {
                h.lit("<a href=\""); layout.appendHref(folder: "regions", slug: slug, to: &h); h.lit("\">"); h.text(r); h.lit("</a>")
            } else {
                h.text(r)
            }
            rowClose(open, into: &h)
        }
        if !doc.sector.isEmpty {
            let open = rowOpen(s.sector, into: &h); appendValues(doc.sector, to: &h); rowClose(open, into: &h)
        }
        if let p {
            let tags = site.linkTable.tagIndices(ofDocument: p)
            if !tags.isEmpty {
                let open = rowOpen(s.tags, into: &h)
                for (i, k) in tags.enumerated() {
                    if i > 0 { h.lit(" ") }
                    h.lit("<a class=\"tag\" href=\""); layout.appendHref(tag: Int(k), to: &h); h.lit("\">")
                    site.linkTable.write(site.linkTable.tags[Int(k)].text, to: &h); h.lit("</a>")
                }
                rowClose(open, into: &h)
            }
        } else {
            tagsRow(doc, into: &h)
        }
        // A meeting shows its date first, with its place; other kinds show it here.
        if doc.kind != .meetings, doc.date != nil {
            let open = rowOpen(s.date, into: &h); appendDate(doc.date, to: &h); rowClose(open, into: &h)
        }
        if doc.updated != nil {
            let open = rowOpen(s.lastUpdated, into: &h); appendDate(doc.updated, to: &h); rowClose(open, into: &h)
        }
    }

    /// The tags row of a document, each tag looked up by its label.
    func tagsRow(_ doc: Document, into h: inout HTML) {
        row(s.tags, into: &h) { h in
            for (i, t) in doc.tags.enumerated() {
                if i > 0 { h.lit(" ") }
                if let slug = site.tagSlugs[t] {
                    h.lit("<a class=\"tag\" href=\""); layout.appendHref(folder: "tags", slug: slug, to: &h); h.lit("\">"); h.text(t); h.lit("</a>")
                } else {
                    h.text(t)
                }
            }
        }
    }

    /// Lists under the body, written in place into the page: for a method, the lessons and
    /// projects that used it …
    func writeRelated(for doc: Document, into h: inout HTML) {
        // Positions in `hub.documents` (id order) rather than ids: no id is hashed per entry.
        // An id the hub lacks has no position, and would not have been listed anyway.
        let referrers = site.documentIndex[doc.id].map { site.referrerPositions[$0] } ?? []
        let docs = site.hub.documents
        func refs(_ k: DocumentKind) -> [Int] { referrers.filter { docs[$0].kind == k } }
        func positions(_ ids: [DocumentID]) -> [Int] { ids.compactMap { site.documentIndex[$0] } }
        func union(_ a: [DocumentID], _ b: [Int]) -> [Int] { PositionSet(positions(a) + b).sorted }
        var groups: [(String, [Int])] = []
        switch doc.details {
        case .method(let m):
            let tools = PositionSet(positions(m.tools))
            groups = [(s.lessons, refs(.lessons)), (s.projects, union(m.projects, refs(.projects))),
                      (s.tools, refs(.tools).filter { !tools.contains($0) })]
        case .project(let p):
            groups = [(s.methods, union(p.methods, refs(.methods))), (s.lessons, refs(.lessons))]
        case .tool(let t):
            groups = [(s.methods, union(t.methods, refs(.methods))), (s.lessons, refs(.lessons))]
        case .lesson:
            groups = []
        case .meeting(let m):
            // The agenda goes in the main column (DocumentPage); here only who mentions it.
            appendReferencedBy(referrers, excluding: PositionSet(positions(m.agenda.compactMap(\.ref))), to: &h)
            return
        case .organisation:
            groups = [(s.projects, refs(.projects))]
        case .page:
            groups = []
        }
        // What the fact box already links is not repeated under "mentioned in".
        var shown: [Int] = []
        switch doc.details {
        case .method(let m): shown += positions(m.tools)
        case .lesson(let l): shown += positions(l.methods + l.tools + (l.project.map { [$0] } ?? []))
        case .project(let p): if let o = p.ownerID, let at = site.documentIndex[o] { shown.append(at) }
        default: break
        }
        for (i, (title, group)) in groups.enumerated() where !group.isEmpty {
            shown += group
            h.lit("<section class=\"related\" aria-labelledby=\"ph-rel-"); h.number(i); h.lit("\">\n<h2 id=\"ph-rel-"); h.number(i)
            h.lit("\">"); h.text(title); h.lit("</h2>\n")
            appendRelatedList(group, showKind: false, to: &h)
            h.lit("</section>\n")
        }
        appendReferencedBy(referrers, excluding: PositionSet(shown), to: &h)
    }

    /// "Mentioned in": the referrers (positions) not already shown elsewhere on the page.
    func appendReferencedBy(_ referrers: [Int], excluding: PositionSet, to h: inout HTML) {
        let shown = referrers.filter { !excluding.contains($0) }
        guard !shown.isEmpty else { return }
        h.lit("<section class=\"related\" aria-labelledby=\"ph-rel-other\">\n<h2 id=\"ph-rel-other\">"); h.text(s.referencedBy); h.lit("</h2>\n")
        appendRelatedList(shown, showKind: true, to: &h)
        h.lit("</section>\n")
    }

    /// Documents by position in `hub.documents`, listed in title order.
    func appendRelatedList(_ positions: [Int], showKind: Bool, to h: inout HTML) {
        h.lit("<ul class=\"doc-list compact\">")
        // `Collation.less` order of titles, by the site's ranks (a stable sort, as before).
        let ranks = site.titleRanks, docs = site.hub.documents
        let ordered = positions.map { (rank: ranks[$0], at: $0) }.sorted { $0.rank < $1.rank }
        for (_, p) in ordered {
            // Fields read in place: a copy of the whole document costs a retain per field.
            h.lit("<li>")
            appendLink(p, to: &h)
            if showKind { h.lit(" <span class=\"kind-label\">"); h.text(s.kindSingular[docs[p].kind] ?? ""); h.lit("</span>") }
            h.lit("</li>")
        }
        h.lit("</ul>\n")
    }

    func agenda(_ m: MeetingDetails) -> HTML {
        guard !m.agenda.isEmpty else { return "" }
        var h: HTML = "<section class=\"agenda\" aria-labelledby=\"ph-agenda\">\n<h2 id=\"ph-agenda\">\(s.agenda)</h2>\n<ol>"
        for item in m.agenda {
            h += "<li>"
            if let t = item.time { h += "<span class=\"agenda-time\">\(t)</span> " }
            if let ref = item.ref, site.hub[ref] != nil {
                h += "<a href=\"\(url: layout.href(ref))\">\(item.item)</a>"
            } else {
                h += "\(item.item)"
            }
            h += "</li>"
        }
        h += "</ol>\n</section>\n"
        return h
    }
}

/// A few positions in `hub.documents`, sorted and each once (what `Set(positions).sorted()`
/// gives), asked by binary search: a page groups and excludes a handful of documents, and
/// hashing each into a set cost more than the page's links.
struct PositionSet {
    private(set) var sorted: [Int]

    init(_ positions: [Int]) {
        var s = positions.sorted()
        var kept = 0
        for i in s.indices where kept == 0 || s[i] != s[kept - 1] {
            s[kept] = s[i]
            kept += 1
        }
        s.removeLast(s.count - kept)
        sorted = s
    }

    func contains(_ p: Int) -> Bool {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < p { lo = mid + 1 } else { hi = mid }
        }
        return lo < sorted.count && sorted[lo] == p
    }
}
