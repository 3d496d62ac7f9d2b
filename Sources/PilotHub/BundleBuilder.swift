import Dispatch
import Foundation

/// `pilothub bundle`: the site in offline form, as a folder or a ZIP archive.
///
/// 1. load the content and select the bundle's documents; 2. build the whole site with
/// explicit `index.html` links into a private temporary folder; 3. for a filtered bundle,
/// build the selected documents alone as a second site, so that listings, tags, the start
/// page and the search index hold only what the bundle holds, and take each selected
/// document's page from the whole site, where every reference still has its title; 4. add
/// the files those pages link to and the read-me files; 5. fix every link for `file://`
/// (`OfflineLinkFixer`); 6. write the folder (swapped in atomically) or the archive.
public enum BundleBuilder {
    /// Why no bundle was written, other than content errors (which come back as diagnostics).
    public enum Failure: Error, Sendable {
        /// `--meeting`, `--project` or `--tag` names nothing.
        case selection(BundleSelection.Failure)
        case build(BuildFailure)
    }

    /// Files a web server needs and a bundle does not: absolute URLs, server error pages.
    static let webOnly: Set<String> = ["404.html", "feed.xml", "sitemap.xml", "robots.txt"]

    public static func bundle(_ options: BundleOptions) throws(Failure) -> BundleResult {
        let loaded = ContentLoader.load(contentDirectory: options.contentDirectory, includeDrafts: options.includeDrafts)
        guard let hub = loaded.hub, !loaded.diagnostics.hasErrors else {
            var d = loaded.diagnostics
            if loaded.hub == nil && !d.hasErrors {
                d.append(.error("no-content", at: SourceLocation(path: options.contentDirectory, line: 1),
                                sv: "kan inte läsa innehållsmappen", en: "cannot read the content folder"))
            }
            return BundleResult(diagnostics: d.sortedByLocation(), wroteOutput: false, documentCount: 0, fileCount: 0,
                                byteCount: 0, outputBytes: 0, linksToPublicSite: 0, linksMadeText: 0, seconds: 0)
        }
        return try bundle(hub: hub, loadDiagnostics: loaded.diagnostics, options: options)
    }

    /// The bundle of an already loaded hub (tests construct one in code).
    public static func bundle(hub: Hub, loadDiagnostics: [Diagnostic] = [], options: BundleOptions) throws(Failure) -> BundleResult {
        let start = DispatchTime.now().uptimeNanoseconds
        var result = BundleResult(diagnostics: loadDiagnostics, wroteOutput: false, documentCount: 0, fileCount: 0,
                                  byteCount: 0, outputBytes: 0, linksToPublicSite: 0, linksMadeText: 0, seconds: 0)
        let selection: BundleSelection
        switch BundleSelection.select(options.scope, in: hub) {
        case .success(let s): selection = s
        case .failure(let f): throw .selection(f)
        }
        let scratch = FileManager.default.temporaryDirectory.path + "/pilothub-bundle-\(getpid())-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        do {
            try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        } catch {
            throw .build(BuildFailure(sv: "kan inte skapa \(scratch)", en: "cannot create \(scratch)"))
        }

        // The whole site: every page with every reference resolved.
        let full = try build(hub, into: scratch + "/full", options: options)
        result.diagnostics += full.diagnostics
        guard let fullFiles = full.files else { return finish(result, start) }
        let base = baseURL(hub: hub, options: options)

        var files: [String: [UInt8]] = [:]
        switch options.scope {
        case .everything:
            files = fullFiles.filter { !webOnly.contains($0.key) }
        case .handbook:
            for (path, bytes) in fullFiles where path == "handbook/index.html" || path.hasPrefix("assets/") {
                files[path] = bytes
            }
            files["index.html"] = handbookIndex(lang: hub.config.defaultLanguage, title: hub.config.title)
        case .meeting, .project, .tag:
            let members = Set(selection.documents)
            let subset = Hub(config: hub.config, documents: hub.documents.filter { members.contains($0.id) },
                             contentRoot: hub.contentRoot,
                             referrers: hub.referrers.filter { members.contains($0.key) }.mapValues { $0.filter(members.contains) })
            let sub = try build(subset, into: scratch + "/sub", options: options)
            guard let subFiles = sub.files else {
                result.diagnostics += sub.diagnostics
                return finish(result, start)
            }
            // Figures of a few projects would misread as the programme's: the programme page stays online.
            files = subFiles.filter { !webOnly.contains($0.key) && !$0.key.hasPrefix(OfflinePages.programmeDirectory) }
            for id in selection.documents {
                let page = SiteLinks.file(forDirectory: SiteLinks.pageDirectory(id))
                if let bytes = fullFiles[page] { files[page] = bytes }
            }
        }
        // Attachments and images the chosen pages link to.
        for (path, bytes) in files where path.hasSuffix(".html") {
            for ref in OfflineLinkFixer.references(in: String(decoding: bytes, as: UTF8.self)) {
                guard case .file(let target, _) = OfflineLinkFixer.resolve(ref, from: path),
                      files[target] == nil, !target.hasSuffix(".html"), !webOnly.contains(target),
                      let extra = fullFiles[target] else { continue }
                files[target] = extra
            }
        }
        // The handbook is one page holding every method and tool: those are its documents.
        let documentCount = options.scope == .handbook ? hub.documents(of: .methods).count + hub.documents(of: .tools).count
                                                       : selection.documents.count
        if let note = BundleStartNote.html(hub: hub, scope: options.scope, documentCount: documentCount), let start = files["index.html"] {
            files["index.html"] = Array(BundleStartNote.insert(note, into: String(decoding: start, as: UTF8.self)).utf8)
        }
        for (name, text) in ReadMe.files(hub: hub, scope: options.scope, documentCount: documentCount, baseURL: base) {
            files[name] = Array(text.utf8)
        }

        let fixer = OfflineLinkFixer(present: Set(files.keys), published: Set(fullFiles.keys), baseURL: base)
        let pages = files.keys.filter { $0.hasSuffix(".html") }.sorted()
        let fixedPages = Slots<(html: String, toPublicSite: Int, madeText: Int)>(count: pages.count)
        let sources = pages.map { files[$0]! }
        DispatchQueue.concurrentPerform(iterations: pages.count) { i in
            fixedPages[i] = fixer.fix(String(decoding: sources[i], as: UTF8.self), pagePath: pages[i])
        }
        for (i, path) in pages.enumerated() {
            guard let fixed = fixedPages[i] else { continue }
            files[path] = Array(fixed.html.utf8)
            result.linksToPublicSite += fixed.toPublicSite
            result.linksMadeText += fixed.madeText
        }
        result.documentCount = documentCount
        result.fileCount = files.count
        result.byteCount = files.values.reduce(0) { $0 + $1.count }
        do {
            result.outputBytes = try options.writesZip
                ? writeZip(files, to: options.output, contentDirectory: options.contentDirectory)
                : writeFolder(files, to: options.output, contentDirectory: options.contentDirectory)
        } catch {
            throw .build(error)
        }
        result.wroteOutput = true
        return finish(result, start)
    }

    static func finish(_ r: BundleResult, _ start: UInt64) -> BundleResult {
        var r = r
        r.diagnostics = r.diagnostics.sortedByLocation()
        r.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return r
    }

    static func baseURL(hub: Hub, options: BundleOptions) -> String? {
        let b = options.baseURL ?? hub.config.baseURL
        guard let url = b, SiteOptions.isValidBaseURL(url) else { return nil }
        return url.hasSuffix("/") ? url : url + "/"
    }

    /// Builds `hub` with explicit `index.html` links into `folder`; the files, or nil with
    /// the diagnostics when the content has errors.
    static func build(_ hub: Hub, into folder: String, options: BundleOptions) throws(Failure) -> (files: [String: [UInt8]]?, diagnostics: [Diagnostic]) {
        let build = BuildOptions(contentDirectory: options.contentDirectory, outputDirectory: folder, baseURL: options.baseURL,
                                 includeDrafts: options.includeDrafts, linkStyle: .indexFiles, showProgress: false,
                                 language: options.language, threads: nil)
        let result: BuildResult
        do {
            result = try SiteBuilder.build(hub: hub, options: build)
        } catch {
            throw .build(error)
        }
        guard result.wroteOutput else { return (nil, result.diagnostics) }
        do {
            var files: [String: [UInt8]] = [:]
            for path in try ZipArchive.regularFiles(under: folder) {
                files[path] = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path)))
            }
            return (files, result.diagnostics)
        } catch {
            throw .build(BuildFailure(sv: "kan inte läsa \(folder): \(error)", en: "cannot read \(folder): \(error)"))
        }
    }

    /// The top `index.html` of a handbook bundle: a link to the handbook (and a refresh that
    /// follows it, which needs no script).
    static func handbookIndex(lang: String, title: String) -> [UInt8] {
        let s = OfflineStrings.forLanguage(lang)
        let l = lang == "en" ? "en" : "sv"
        return Array("""
        <!DOCTYPE html>
        <html lang="\(l)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="refresh" content="0; url=handbook/index.html">
        <title>\(HTML.escaped(s.handbookTitle)) – \(HTML.escaped(title))</title>
        <link rel="stylesheet" href="assets/site.css">
        </head>
        <body>
        <main class="wrap">
        <h1>\(HTML.escaped(s.handbookTitle))</h1>
        <p><a href="handbook/index.html">\(HTML.escaped(s.handbookTitle))</a></p>
        </main>
        </body>
        </html>

        """.utf8)
    }
}
