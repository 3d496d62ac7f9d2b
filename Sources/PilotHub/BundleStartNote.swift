import HubSite

/// The line at the top of a filtered bundle's start page that says what the pack holds and
/// leads to its main document (the meeting, the project), so that a pack opens on its point.
enum BundleStartNote {
    static func html(hub: Hub, scope: BundleScope, documentCount: Int) -> String? {
        let en = hub.config.defaultLanguage == "en"
        func link(_ id: DocumentID) -> String {
            let title = HTML.escaped(hub[id]?.title ?? id.slug)
            return "<a href=\"\(HTML.escaped(SiteLinks.file(forDirectory: SiteLinks.pageDirectory(id))))\">\(title)</a>"
        }
        let what: String
        switch scope {
        case .meeting(let s):
            let id = DocumentID(kind: .meetings, slug: s)
            what = en ? "the meeting \(link(id)) and the documents of its agenda" : "erfarenhetsträffen \(link(id)) och dokumenten på dess dagordning"
        case .project(let s):
            let id = DocumentID(kind: .projects, slug: s)
            what = en ? "the project \(link(id)) with its methods, tools and lessons" : "projektet \(link(id)) med dess metoder, verktyg och lärdomar"
        case .tag(let t):
            what = en ? "everything tagged “\(HTML.escaped(t))”" : "allt som är taggat ”\(HTML.escaped(t))”"
        case .everything, .handbook:
            return nil
        }
        let count = en ? "\(documentCount) documents" : "\(documentCount) dokument"
        let tail = en ? "It works without the internet, search included." : "Det fungerar utan internet, också sökningen."
        return "<p class=\"bundle-note\">" + (en ? "This pack holds " : "Det här paketet innehåller ") + what + " (\(count)). \(tail)</p>\n"
    }

    /// `page` with the note as the first thing in `<main>`.
    static func insert(_ note: String, into page: String) -> String {
        guard let main = page.range(of: "<main"), let end = page[main.upperBound...].firstIndex(of: ">") else { return page }
        var out = page
        let at = out.index(after: end)
        out.insert(contentsOf: "\n" + note, at: at)
        return out
    }
}
