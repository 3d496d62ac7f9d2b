import HubContent
import HubMarkdown

/// The programme page, the handbook and their files, as the normal site build writes them:
/// `programme/index.html` (+ two CSV files), `handbook/index.html`, `assets/programme.css`,
/// and a `<slug>.ics` next to each dated meeting's page.
public enum OfflinePages {
    public static let programmeDirectory = "programme/"
    public static let handbookDirectory = "handbook/"
    public static let stylesheet = "assets/programme.css"

    /// The programme page exists when there is at least one project. (`navKinds` is computed
    /// once per site; every page's navigation asks this, so it must not walk the documents.)
    public static func hasProgramme(_ site: SiteModel) -> Bool { site.navKinds.contains(.projects) }
    /// The handbook exists when there is at least one method.
    public static func hasHandbook(_ site: SiteModel) -> Bool { site.navKinds.contains(.methods) }

    /// Extra entries for the main navigation: folder and label.
    public static func navLinks(_ site: SiteModel, lang: String) -> [(directory: String, label: String)] {
        let s = OfflineStrings.forLanguage(lang)
        var out: [(String, String)] = []
        if hasProgramme(site) { out.append((programmeDirectory, s.navProgramme)) }
        if hasHandbook(site) { out.append((handbookDirectory, s.navHandbook)) }
        return out
    }

    /// `programme/index.html`.
    /// `figures`: the site's programme figures when the caller has them already.
    public static func renderProgramme(_ site: SiteModel, figures: ProgrammeFigures? = nil) -> RenderedPage {
        let layout = Layout(site: site, directory: programmeDirectory, lang: site.siteLang)
        let s = OfflineStrings.forLanguage(layout.lang)
        let body = ProgrammePage(figures: figures ?? ProgrammeFigures(hub: site.hub), lang: layout.lang, link: { layout.href($0) }).bodyMarkup()
        var html = layout.pageHTML(title: s.programmeTitle, description: s.programmeLead, section: nil,
                               crumbs: [Crumb(s.programmeTitle, nil)], main: body,  // escaped by ProgrammePage
                               extraStylesheets: [stylesheet])
        return RenderedPage(SiteLinks.file(forDirectory: programmeDirectory), bytes: html.takeBytes())
    }

    /// The handbook of the whole site, linking from `handbook/`.
    public static func handbookPage(_ site: SiteModel) -> HandbookPage {
        let layout = Layout(site: site, directory: handbookDirectory, lang: site.siteLang)
        var page = HandbookPage(hub: site.hub, lang: layout.lang, includeTools: true, link: { layout.href($0) },
                                bodyRewriter: { doc, links in BodyLinks(document: doc, links: links, site: site).rewriter(layout: layout) },
                                attachment: { id, file in
                                    site.attachmentCopies.first { $0.document == id && $0.outputPath.hasSuffix("/" + file) }
                                        .map { layout.file(ContentPath.percentEncode($0.outputPath)) }
                                })
        page.resolvedRewriter = { $0.rewriter(layout: layout) }
        return page
    }

    /// `handbook/index.html`; `entries` are entries already made by `page` (the build makes
    /// them with the document pages), the rest are made here.
    public static func renderHandbook(_ site: SiteModel, page given: HandbookPage? = nil,
                                      entries: [DocumentID: [UInt8]] = [:],
                                      context: HandbookPage.EntryContext? = nil) -> RenderedPage {
        let layout = Layout(site: site, directory: handbookDirectory, lang: site.siteLang)
        let s = OfflineStrings.forLanguage(layout.lang)
        let page = given ?? handbookPage(site)
        let parts = page.bodyParts(entries: entries, context: context)  // escaped by HandbookPage
        let bytes = layout.pageBytes(title: s.handbookTitle, description: s.handbookLead, section: nil,
                                     crumbs: [Crumb(s.handbookTitle, nil)], main: parts, extraStylesheets: [stylesheet])
        return RenderedPage(SiteLinks.file(forDirectory: handbookDirectory), bytes: bytes)
    }

    /// The name of a meeting's calendar file, next to its page.
    public static func calendarFile(_ id: DocumentID) -> String { id.slug + ".ics" }

    /// The fact-box row linking a meeting's `.ics`, empty when the meeting has no date.
    public static func calendarRow(_ doc: Document, layout: Layout) -> HTML {
        guard case .meeting = doc.details, doc.date != nil else { return "" }
        let s = OfflineStrings.forLanguage(layout.lang)
        let href = layout.file(SiteLinks.pageDirectory(doc.id) + calendarFile(doc.id))
        return "<div class=\"calendar-link\"><dt>\(s.calendar)</dt><dd><a href=\"\(url: href)\" download>\(s.addToCalendar)</a></dd></div>\n"
    }

    /// The stylesheet, the CSV files and the meetings' calendar files.
    public static func staticFiles(_ site: SiteModel, figures given: ProgrammeFigures? = nil) -> [SiteFile] {
        var files: [SiteFile] = []
        if hasProgramme(site) || hasHandbook(site) {
            files.append(SiteFile(path: stylesheet, text: ProgrammePage.css))
        }
        if hasProgramme(site) {
            let figures = given ?? ProgrammeFigures(hub: site.hub)
            let s = OfflineStrings.forLanguage(site.siteLang)
            files.append(SiteFile(path: programmeDirectory + ProgrammePage.csvFile,
                                  bytes: figures.csvTable(decimalComma: false, noRegionName: s.noRegion).bytes(separator: .comma)))
            files.append(SiteFile(path: programmeDirectory + ProgrammePage.csvSemicolonFile,
                                  bytes: figures.csvTable(decimalComma: true, noRegionName: s.noRegion).bytes(separator: .semicolon)))
        }
        let taken = Set(site.attachmentCopies.map(\.outputPath))
        let domain = site.baseURL.flatMap { URLHost.of($0) }
        for doc in site.hub.documents(of: .meetings) where SiteSlug.isSafeComponent(doc.slug) {
            let path = SiteLinks.pageDirectory(doc.id) + calendarFile(doc.id)
            guard !taken.contains(path) else { continue }  // an attachment of that name wins
            let pageURL = site.baseURL.map { $0 + SiteLinks.pageDirectory(doc.id) }
            if let bytes = MeetingCalendar.ics(for: doc, pageURL: pageURL, domain: domain) {
                files.append(SiteFile(path: path, bytes: bytes))
            }
        }
        return files
    }
}

/// The host of an `http(s)://host[:port]/…` address, for calendar UIDs.
enum URLHost {
    static func of(_ url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        let rest = url[scheme.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != ":" && $0 != "?" && $0 != "#" }
        return host.isEmpty ? nil : String(host).lowercased()
    }
}
