import HubSite

/// `LÄS MIG.txt` and `README.txt` at the top of a bundle: what it is and how to open it.
/// CRLF line ends, so that Notepad on older Windows shows the lines too.
enum ReadMe {
    static func files(hub: Hub, scope: BundleScope, documentCount: Int, baseURL: String?) -> [(String, String)] {
        let start = scope == .handbook ? "handbook/index.html" : "index.html"
        let title = hub.config.title
        let (svScope, enScope): (String, String)
        switch scope {
        case .everything: (svScope, enScope) = ("hela hubben", "the whole hub")
        case .meeting(let s): (svScope, enScope) = ("erfarenhetsträffen \(hub[DocumentID(kind: .meetings, slug: s)]?.title ?? s) med dagordningens dokument",
                                                    "the meeting \(hub[DocumentID(kind: .meetings, slug: s)]?.title ?? s) and the documents of its agenda")
        case .project(let s): (svScope, enScope) = ("projektet \(hub[DocumentID(kind: .projects, slug: s)]?.title ?? s) med dess metoder, verktyg och lärdomar",
                                                    "the project \(hub[DocumentID(kind: .projects, slug: s)]?.title ?? s) with its methods, tools and lessons")
        case .tag(let t): (svScope, enScope) = ("allt som är taggat \(t)", "everything tagged \(t)")
        case .handbook: (svScope, enScope) = ("metodhandboken", "the method handbook")
        }
        let count = scope == .handbook ? "" : " (\(documentCount) dokument)"
        let countEN = scope == .handbook ? "" : " (\(documentCount) documents)"
        let svOnline = baseURL.map { "Länkar till dokument som inte finns i paketet går till webbplatsen \($0)." }
            ?? "Dokument som inte finns i paketet visas som text, med en anmärkning."
        let enOnline = baseURL.map { "Links to documents that are not in this bundle go to the website \($0)." }
            ?? "Documents that are not in this bundle are shown as text, with a note."
        let sv = """
        \(title)

        Öppna filen \(start) i en webbläsare (dubbelklicka på den).
        Allt fungerar utan internet, också sökningen.

        Paketet innehåller \(svScope)\(count).
        \(svOnline)

        Packa upp hela zip-filen först: sidorna behöver varandra och mappen assets.
        Skapat med PilotHub.

        """
        let en = """
        \(title)

        Open the file \(start) in a web browser (double-click it).
        Everything works without the internet, search included.

        This bundle holds \(enScope)\(countEN).
        \(enOnline)

        Unzip the whole archive first: the pages need each other and the assets folder.
        Made with PilotHub.

        """
        func crlf(_ s: String) -> String { s.replacingOccurrences(of: "\n", with: "\r\n") }
        return [("LÄS MIG.txt", crlf(sv)), ("README.txt", crlf(en))]
    }
}
