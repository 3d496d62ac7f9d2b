import Dispatch
import Foundation

/// The build: a pipeline of named steps from `Content/` to `public/`.
///
/// 1. load and validate the content; 2. lock the output and prepare a temporary folder
/// beside it; 3. read the body sections the search index needs; 4. render every page in
/// parallel on all cores and write it, while the search index builds on its own thread;
/// 5. copy attachments, assets, feeds; 6. swap the finished folder in.
/// Any error stops the build before step 6, so the previous site stays as it was.
public enum SiteBuilder {
    public static let stepCount = 6

    public static func build(_ options: BuildOptions) throws(BuildFailure) -> BuildResult {
        let start = DispatchTime.now().uptimeNanoseconds
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        var progress = BuildProgress(enabled: options.showProgress, total: stepCount, language: options.language, timings: options.timings)
        var result = BuildResult(diagnostics: [], wroteOutput: false, pageCount: 0, fileCount: 0, byteCount: 0, seconds: 0, notes: [])

        progress.begin(sv: "Läser innehållet", en: "Loading content")
        let loaded = ContentLoader.load(contentDirectory: options.contentDirectory, includeDrafts: options.includeDrafts)
        var diagnostics = loaded.diagnostics
        guard let hub = loaded.hub, !diagnostics.hasErrors else {
            if loaded.hub == nil && !diagnostics.hasErrors {
                diagnostics.append(.error("no-content", at: SourceLocation(path: options.contentDirectory, line: 1),
                                          sv: "kan inte läsa innehållsmappen", en: "cannot read the content folder"))
            }
            result.diagnostics = diagnostics.sortedByLocation()
            result.seconds = elapsed()
            return result
        }
        return try build(hub: hub, loadDiagnostics: diagnostics, options: options, progress: progress, start: start)
    }

    /// The build from an already loaded hub (tests and benchmarks construct one in code).
    public static func build(hub: Hub, loadDiagnostics: [Diagnostic] = [], options: BuildOptions) throws(BuildFailure) -> BuildResult {
        var progress = BuildProgress(enabled: options.showProgress, total: stepCount, language: options.language, timings: options.timings)
        progress.begin(sv: "Läser innehållet", en: "Loading content")
        return try build(hub: hub, loadDiagnostics: loadDiagnostics, options: options, progress: progress,
                         start: DispatchTime.now().uptimeNanoseconds)
    }

    static func build(hub: Hub, loadDiagnostics: [Diagnostic], options: BuildOptions, progress: BuildProgress,
                      start: UInt64) throws(BuildFailure) -> BuildResult {
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        var progress = progress
        var diagnostics = loadDiagnostics
        var result = BuildResult(diagnostics: [], wroteOutput: false, pageCount: 0, fileCount: 0, byteCount: 0, seconds: 0, notes: [])
        guard !diagnostics.hasErrors else {
            result.diagnostics = diagnostics.sortedByLocation()
            result.seconds = elapsed()
            return result
        }

        progress.begin(sv: "Förbereder utmappen", en: "Preparing the output folder")
        if let b = options.baseURL, !SiteOptions.isValidBaseURL(b) {
            throw BuildFailure(sv: "--base-url måste börja med http:// eller https:// och ha ett värdnamn: \(b)",
                               en: "--base-url must start with http:// or https:// and name a host: \(b)")
        }
        let output = OutputFolder(target: options.outputDirectory)
        try output.checkSafe(contentDirectory: options.contentDirectory)
        let lock = try BuildLock(path: output.lockPath)
        defer { lock.release() }
        output.recover()
        try output.prepare()

        progress.part("site model")
        let runtime = SearchIndexBuilder.runtimeFiles()
        let renderer = SiteRenderer(hub: hub, options: SiteOptions(baseURL: options.baseURL, linkStyle: options.linkStyle),
                                    searchRuntimePaths: runtime.map(\.path))
        let site = renderer.site
        let contentPrefix = options.contentDirectory.hasSuffix("/") ? options.contentDirectory : options.contentDirectory + "/"
        func shown(_ d: Diagnostic) -> Diagnostic {
            var d = d
            d.location.path = contentPrefix + d.location.path
            return d
        }
        diagnostics += site.diagnostics.map(shown)

        // The search index takes one core for a while and needs only the body sections, so it
        // is built on its own thread while the pages render on the others.
        progress.begin(sv: "Läser avsnitt för sökindexet", en: "Reading sections for the search index")
        let searchDocs = hub.documents.filter { SiteSlug.isSafeComponent($0.slug) }
        let sectionSlots = Slots<[MarkdownSection]>(count: searchDocs.count)
        parallelFor(searchDocs.count, threads: options.threads) { i in
            sectionSlots[i] = Markdown.parse(searchDocs[i].body, options: MarkdownOptions(headingIDs: true)).sections
        }
        let inputs = searchDocs.indices.map { i in
            SearchInput(document: searchDocs[i], url: site.links.url(ofDirectory: SiteLinks.pageDirectory(searchDocs[i].id)),
                        sections: sectionSlots[i] ?? [])
        }
        let searchResult = Slots<[SearchOutputFile]>(count: 1)
        let searchDone = DispatchGroup()
        let config = hub.config
        DispatchQueue.global().async(group: searchDone) { searchResult[0] = SearchIndexBuilder.build(inputs, config: config) }

        progress.begin(sv: "Renderar sidor (och bygger sökindexet)", en: "Rendering pages (and building the search index)")
        let pages: [PageOutcome]
        do {
            pages = try renderAndWrite(renderer, into: output.temporary, threads: options.threads)
        } catch {
            searchDone.wait()
            output.discard()
            throw error
        }
        for p in pages { diagnostics += p.diagnostics.map(shown) }
        result.pageCount = pages.count
        result.byteCount = pages.reduce(0) { $0 + $1.bytes }
        result.fileCount = pages.count
        progress.part("waiting for the search index")
        searchDone.wait()

        do {
            var extra: [(String, [UInt8])] = []
            for f in runtime + (searchResult[0] ?? []) { extra.append((f.path, f.bytes)) }

            progress.begin(sv: "Kopierar bilagor och filer", en: "Copying attachments and files")
            for f in renderer.staticFiles(pagePaths: pages.map(\.path)) { extra.append((f.path, f.bytes)) }
            let contentRoot = hub.contentRoot.isEmpty ? OutputFolder.absolute(options.contentDirectory) : hub.contentRoot
            for copy in site.attachmentCopies {
                let read = FileWriter.readContained(copy.sourcePath, root: contentRoot)
                if let bytes = read.bytes {
                    extra.append((copy.outputPath, bytes))
                } else {
                    let docPath = hub[copy.document]?.sourcePath ?? copy.sourcePath
                    diagnostics.append(shown(.error("attachment-refused", at: SourceLocation(path: docPath, line: 1),
                                                    sv: "bilagan '\(copy.sourcePath)' kopieras inte: \(read.refusal ?? "")",
                                                    en: "the attachment '\(copy.sourcePath)' is not copied: \(read.refusal ?? "")")))
                }
            }
            extra.sort { $0.0 < $1.0 }
            progress.part("writing search index, assets and attachments")
            for (path, bytes) in extra {
                try FileWriter.write(bytes, to: path, under: output.temporary)
                result.byteCount += bytes.count
                result.fileCount += 1
            }
        } catch {
            output.discard()
            throw error
        }

        result.diagnostics = diagnostics.sortedByLocation()
        if result.diagnostics.hasErrors {
            output.discard()
            result.seconds = elapsed()
            return result
        }
        progress.begin(sv: "Byter in den nya webbplatsen", en: "Swapping in the new site")
        // Test hook: lets the interruption test kill a build at a known point, with the new
        // site complete in the temporary folder but not yet swapped in.
        if let pause = ProcessInfo.processInfo.environment["PILOTHUB_TEST_PAUSE_BEFORE_SWAP"].flatMap(Double.init), pause > 0 {
            Thread.sleep(forTimeInterval: min(pause, 60))
        }
        do {
            try output.swapIn()
        } catch {
            output.discard()
            throw error
        }
        result.wroteOutput = true
        progress.finish()
        if site.baseURL == nil {
            result.notes.append(LocalizedText(sv: "ingen base_url: feed.xml och sitemap.xml skrevs inte",
                                              en: "no base_url: feed.xml and sitemap.xml not written"))
        }
        result.seconds = elapsed()
        return result
    }

    /// What the build keeps of a page once it is written (not its HTML).
    struct PageOutcome: Sendable {
        var path: String
        var bytes: Int
        var document: DocumentID?
        var diagnostics: [Diagnostic]
    }

    /// Runs `body(0..<count)` on all cores (or `threads`), in chunks.
    static func parallelFor(_ count: Int, threads: Int?, _ body: @Sendable (Int) -> Void) {
        let workers = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
        let chunk = max(1, count / (workers * 8))
        DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { t in
            for i in (t * chunk)..<min(count, (t + 1) * chunk) { body(i) }
        }
    }

    /// Renders every job on all cores and writes each page as soon as it is ready. Each
    /// job writes its own file and its own result slot, so the output does not depend on
    /// which thread finished first; results come back in job order.
    static func renderAndWrite(_ renderer: SiteRenderer, into root: String, threads: Int?) throws(BuildFailure) -> [PageOutcome] {
        let jobs = renderer.jobs
        let slots = Slots<Result<PageOutcome, BuildFailure>>(count: jobs.count)
        let workers = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
        // Chunks of jobs per task keep scheduling overhead low with thousands of pages.
        let chunk = max(1, jobs.count / (workers * 8))
        let tasks = (jobs.count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: tasks) { t in
            for i in (t * chunk)..<min(jobs.count, (t + 1) * chunk) {
                let page = renderer.render(jobs[i])
                do {
                    try FileWriter.write(page.html, to: page.path, under: root)
                    slots[i] = .success(PageOutcome(path: page.path, bytes: page.html.utf8.count, document: page.document,
                                                    diagnostics: page.diagnostics))
                } catch let e as BuildFailure {
                    slots[i] = .failure(e)
                } catch {
                    slots[i] = .failure(BuildFailure(sv: "skrivfel", en: "write error"))
                }
            }
        }
        var out: [PageOutcome] = []
        out.reserveCapacity(jobs.count)
        for i in 0..<jobs.count {
            switch slots[i] {
            case .success(let p)?: out.append(p)
            case .failure(let e)?: throw e
            case nil: throw BuildFailure(sv: "en sida renderades inte", en: "a page was not rendered")
            }
        }
        return out
    }
}

/// Fixed slots written concurrently, each by exactly one task.
final class Slots<T>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    subscript(i: Int) -> T? {
        get { buffer[i] }
        set { buffer[i] = newValue }
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }
}
