import Dispatch
import Foundation
import HubMarkdown

/// The build: a pipeline of named steps from `Content/` to `public/`.
///
/// 1. load and validate the content, parsing every body; 2. lock the output and prepare a
/// temporary folder beside it (the previous site, updated in place: `OutputTree`); 3. make
/// every document's search entry (fields and token table) from its parse, on all cores, then
/// build and write the search index on a thread of its own while the other cores render and
/// write the document pages (the index's thread joins them once done); 4. render the other
/// pages; 5. copy attachments, assets, feeds; 6. swap the finished folder in.
/// Any error stops the build before step 6, so the previous site stays as it was.
public enum SiteBuilder {
    public static let stepCount = 6

    public static func build(_ options: BuildOptions) throws(BuildFailure) -> BuildResult {
        let start = DispatchTime.now().uptimeNanoseconds
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        var progress = BuildProgress(enabled: options.showProgress, total: stepCount, language: options.language, timings: options.timings)
        var result = BuildResult(diagnostics: [], wroteOutput: false, pageCount: 0, fileCount: 0, byteCount: 0, seconds: 0, notes: [])

        progress.begin(sv: "Läser innehållet (och förbereder utmappen)", en: "Loading content (and preparing the output folder)")
        // The output folder is locked and the kept previous site scanned while the content
        // loads: both mostly wait on the file system. Content errors still come first: they
        // are reported, and the folder is given back untouched.
        let preparing = Background { () -> Result<PreparedOutput, BuildFailure> in
            do throws(BuildFailure) { return .success(try prepareOutput(options)) } catch { return .failure(error) }
        }
        var loaded = ContentLoader.loadKeepingBodies(contentDirectory: options.contentDirectory, includeDrafts: options.includeDrafts)
        // Each page job takes its document's parse from here, and frees it when done.
        let bodies = Slots<MarkdownDocument>(moving: &loaded.bodies)
        if options.keepMemoryAtExit { KeptAtExit.keep((loaded.hub, loaded.diagnostics)) }
        let prepared = preparing.wait()
        var diagnostics = loaded.diagnostics
        guard let hub = loaded.hub, !diagnostics.hasErrors else {
            if case .success(let p) = prepared { p.giveBack() }
            if loaded.hub == nil && !diagnostics.hasErrors {
                diagnostics.append(.error("no-content", at: SourceLocation(path: options.contentDirectory, line: 1),
                                          sv: "kan inte läsa innehållsmappen", en: "cannot read the content folder"))
            }
            result.diagnostics = diagnostics.sortedByLocation()
            result.seconds = elapsed()
            return result
        }
        return try build(hub: hub, loadDiagnostics: diagnostics, options: options, progress: progress, start: start,
                         prepared: try prepared.get(), bodies: bodies)
    }

    /// The locked output folder and the tree to fill.
    struct PreparedOutput: Sendable {
        var output: OutputFolder
        var lock: BuildLock
        var tree: OutputTree

        /// Gives the folder back unused (content errors): the temporary tree returns to being
        /// the kept previous site, and the lock is released.
        func giveBack() {
            output.discard()
            lock.release()
        }
    }

    static func prepareOutput(_ options: BuildOptions) throws(BuildFailure) -> PreparedOutput {
        if let b = options.baseURL, !SiteOptions.isValidBaseURL(b) {
            throw BuildFailure(sv: "--base-url måste börja med http:// eller https:// och ha ett värdnamn: \(b)",
                               en: "--base-url must start with http:// or https:// and name a host: \(b)")
        }
        let output = OutputFolder(target: options.outputDirectory)
        try output.checkSafe(contentDirectory: options.contentDirectory)
        let lock = try BuildLock(path: output.lockPath)
        output.recover()
        do throws(BuildFailure) {
            return PreparedOutput(output: output, lock: lock, tree: try output.prepare())
        } catch {
            lock.release()
            throw error
        }
    }

    /// The build from an already loaded hub (tests and benchmarks construct one in code).
    public static func build(hub: Hub, loadDiagnostics: [Diagnostic] = [], options: BuildOptions) throws(BuildFailure) -> BuildResult {
        var progress = BuildProgress(enabled: options.showProgress, total: stepCount, language: options.language, timings: options.timings)
        progress.begin(sv: "Läser innehållet", en: "Loading content")
        return try build(hub: hub, loadDiagnostics: loadDiagnostics, options: options, progress: progress,
                         start: DispatchTime.now().uptimeNanoseconds)
    }

    static func build(hub: Hub, loadDiagnostics: [Diagnostic], options: BuildOptions, progress: BuildProgress,
                      start: UInt64, prepared: PreparedOutput? = nil, bodies: Slots<MarkdownDocument>? = nil) throws(BuildFailure) -> BuildResult {
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        var progress = progress
        var diagnostics = loadDiagnostics
        var result = BuildResult(diagnostics: [], wroteOutput: false, pageCount: 0, fileCount: 0, byteCount: 0, seconds: 0, notes: [])
        guard !diagnostics.hasErrors else {
            prepared?.giveBack()
            result.diagnostics = diagnostics.sortedByLocation()
            result.seconds = elapsed()
            return result
        }

        progress.begin(sv: "Förbereder utmappen", en: "Preparing the output folder")
        let ready: PreparedOutput
        if let prepared { ready = prepared } else { ready = try prepareOutput(options) }
        let output = ready.output, tree = ready.tree
        defer { ready.lock.release() }

        progress.part("previous site: \(tree.reusedFileCount) files, \(tree.origin.label)")
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

        // The search index starts first, from the parsed bodies, and builds on its own thread
        // while every page renders: its merge of all documents is mostly sequential, and
        // alongside the pages it fills the second core instead of leaving it idle at the end.
        // Each body is parsed once, while loading; its search entry (fields and token table)
        // and its page are both made from that parse.
        let jobs = renderer.jobs
        let slots = Slots<Result<PageOutcome, BuildFailure>>(count: jobs.count)
        let entrySlots = Slots<[UInt8]>(count: jobs.count)
        var documentJobs: [Int] = [], otherJobs: [Int] = []
        var indexed = Set<Int>()
        for (i, job) in jobs.enumerated() {
            if case .document(let d) = job {
                documentJobs.append(i)
                indexed.insert(d)
            } else {
                otherJobs.append(i)
            }
        }
        // The largest pages first (the handbook holds every method and tool, the programme
        // page every project), so that neither starts last and runs alone at the end.
        otherJobs.sort { largeFirst(jobs[$0]) && !largeFirst(jobs[$1]) }
        progress.part("search entries")
        let bodies = bodies ?? parsedBodies(hub)
        let projectTitles = SearchIndexBuilder.projectTitles(hub.documents) { indexed.contains($0) }
        let links = site.links
        let config = hub.config
        let searchSlots = Slots<PreparedSearchPage>(count: documentJobs.count)
        parallelFor(documentJobs.count, threads: options.threads) { [documentJobs] k in
            guard case .document(let d) = jobs[documentJobs[k]] else { return }
            let doc = hub.documents[d]
            let body: MarkdownDocument
            if let kept = bodies[d] { body = kept } else { body = Markdown.parse(doc.body); bodies[d] = body }
            searchSlots[k] = SearchIndexBuilder.prepare(document: doc, url: links.url(ofDirectory: SiteLinks.pageDirectory(doc.id)),
                                                        sectionTexts: body.sectionsUTF8(headings: body.headings),
                                                        projectTitles: projectTitles, config: config)
        }
        let prepared = (0..<documentJobs.count).compactMap { searchSlots[$0] }
        searchSlots.clear()
        // The document pages, in chunks handed out to whichever thread asks next. The index
        // has a core to itself while the other cores render pages (shared alike, its mostly
        // sequential merge was starved and the build then waited for it), writes its own
        // files, and then joins in rendering the pages that are left (unless the build was
        // asked for one thread).
        let workers = max(1, options.threads ?? ProcessInfo.processInfo.activeProcessorCount)
        let documentPages = SharedLoop(count: documentJobs.count, workers: workers,
                                       pageJob(renderer, jobs: jobs, indices: documentJobs, into: tree, slots: slots,
                                               entries: entrySlots, bodies: bodies))
        let searching = Background { [prepared] () -> Result<[(String, Int)], BuildFailure> in
            let files = SearchIndexBuilder.build(prepared: prepared, config: config)
            if options.keepMemoryAtExit { KeptAtExit.keep((prepared, files)) }
            var written: Result<[(String, Int)], BuildFailure> = .success(files.map { ($0.path, $0.bytes.count) })
            do throws(BuildFailure) {
                for f in files { try tree.write(f.bytes, to: f.path) }
            } catch {
                written = .failure(error)
            }
            if workers > 1 { documentPages.run() }
            return written
        }
        // Files that do not depend on the pages (programme data, assets, attachments) are
        // made meanwhile too.
        let contentRoot = hub.contentRoot.isEmpty ? OutputFolder.absolute(options.contentDirectory) : hub.contentRoot
        let copying = Background {
            (assets: renderer.assetFiles(),
             attachments: site.attachmentCopies.map { copy in FileWriter.readContained(copy.sourcePath, root: contentRoot) })
        }

        progress.begin(sv: "Renderar dokumentsidor", en: "Rendering document pages")
        DispatchQueue.concurrentPerform(iterations: max(1, workers - 1)) { _ in documentPages.run() }
        documentPages.waitUntilDone()

        progress.begin(sv: "Renderar övriga sidor", en: "Rendering the other pages")
        var handbookEntries: [DocumentID: [UInt8]] = [:]
        for i in documentJobs { if let e = entrySlots[i], case .document(let d) = jobs[i] { handbookEntries[hub.documents[d].id] = e } }
        entrySlots.clear()
        renderAndWrite(renderer, jobs: jobs, indices: otherJobs, into: tree, threads: options.threads,
                       slots: slots, entries: entrySlots, handbookEntries: handbookEntries)
        progress.part("waiting for the search index (and assets)")
        let searchResult = searching.wait()
        let copied = copying.wait()

        let pages: [PageOutcome]
        do {
            pages = try collect(slots, count: jobs.count)
        } catch {
            output.discard()
            throw error
        }
        for p in pages { diagnostics += p.diagnostics.map(shown) }
        result.pageCount = pages.count
        result.byteCount = pages.reduce(0) { $0 + $1.bytes }
        result.fileCount = pages.count

        var written: [String] = [], exact = false
        do throws(BuildFailure) {
            let searchFiles = try searchResult.get()
            var extra: [(String, [UInt8])] = []
            for f in runtime { extra.append((f.path, f.bytes)) }

            progress.begin(sv: "Kopierar bilagor och filer", en: "Copying attachments and files")
            for f in copied.assets + renderer.feedFiles(pagePaths: pages.map(\.path)) { extra.append((f.path, f.bytes)) }
            for (copy, read) in zip(site.attachmentCopies, copied.attachments) {
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
            progress.part("writing assets and attachments")
            let failures = Slots<BuildFailure>(count: extra.count)
            let files = extra
            parallelFor(files.count, threads: options.threads) { i in
                do throws(BuildFailure) { try tree.write(files[i].1, to: files[i].0) } catch { failures[i] = error }
            }
            for i in 0..<extra.count { if let f = failures[i] { throw f } }
            result.byteCount += extra.reduce(0) { $0 + $1.1.count } + searchFiles.reduce(0) { $0 + $1.1 }
            result.fileCount += extra.count + searchFiles.count
            progress.part("removing what the previous site had and this one has not")
            written = pages.map(\.path) + (extra.map(\.0) + searchFiles.map(\.0)).sorted()
            exact = tree.removeStale(keeping: Set(written))
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
        if exact { output.saveManifest(tree.manifest(files: written)) }
        progress.finish()
        if site.baseURL == nil {
            result.notes.append(LocalizedText(sv: "ingen base_url: feed.xml och sitemap.xml skrevs inte",
                                              en: "no base_url: feed.xml and sitemap.xml not written"))
        }
        result.seconds = elapsed()
        if options.keepMemoryAtExit {
            KeptAtExit.keep([hub, renderer, copied, handbookEntries, pages, tree, jobs, slots, written] as [Any])
        }
        return result
    }

    /// What the build keeps of a page once it is written (not its HTML).
    struct PageOutcome: Sendable {
        var path: String
        var bytes: Int
        var document: DocumentID?
        var diagnostics: [Diagnostic]
    }

    /// Renders the jobs at `indices` on all cores (or `threads`), in chunks, and writes each
    /// page as soon as it is ready (`pageJob`).
    static func renderAndWrite(_ renderer: SiteRenderer, jobs: [SiteRenderer.Job], indices: [Int], into tree: OutputTree,
                               threads: Int?, slots: Slots<Result<PageOutcome, BuildFailure>>,
                               entries: Slots<[UInt8]>, handbookEntries: [DocumentID: [UInt8]] = [:]) {
        parallelFor(indices.count, threads: threads,
                    pageJob(renderer, jobs: jobs, indices: indices, into: tree, slots: slots, entries: entries,
                            handbookEntries: handbookEntries))
    }

    /// Renders and writes the page of job `indices[k]`, given `k`. Each job writes its own
    /// file and its own result slot, so the output does not depend on which thread ran it.
    static func pageJob(_ renderer: SiteRenderer, jobs: [SiteRenderer.Job], indices: [Int], into tree: OutputTree,
                        slots: Slots<Result<PageOutcome, BuildFailure>>, entries: Slots<[UInt8]>,
                        handbookEntries: [DocumentID: [UInt8]] = [:],
                        bodies: Slots<MarkdownDocument>? = nil) -> @Sendable (Int) -> Void {
        { k in
            let i = indices[k]
            var body: MarkdownDocument?
            if let bodies, case .document(let d) = jobs[i] { body = bodies.take(d) }
            let page = renderer.render(jobs[i], handbookEntries: handbookEntries, body: body)
            entries[i] = page.handbookEntry
            do throws(BuildFailure) {
                try tree.write(page.bytes, to: page.path)
                slots[i] = .success(PageOutcome(path: page.path, bytes: page.bytes.count, document: page.document,
                                                diagnostics: page.diagnostics))
            } catch {
                slots[i] = .failure(error)
            }
        }
    }

    /// Every document's body parsed, for a hub made in code rather than loaded
    /// (`ContentLoader.loadKeepingBodies` parses them while loading, the same way).
    static func parsedBodies(_ hub: Hub) -> Slots<MarkdownDocument> {
        var parsed: [MarkdownDocument?] = hub.documents.parallelMap { Markdown.parse($0.body) }
        return Slots(moving: &parsed)
    }

    /// Whether a job renders one of the few very large pages.
    static func largeFirst(_ job: SiteRenderer.Job) -> Bool {
        switch job {
        case .handbook, .programme: return true
        default: return false
        }
    }

    /// Runs `body(0..<count)` on all cores (or `threads`), in chunks (`SharedLoop`).
    static func parallelFor(_ count: Int, threads: Int?, _ body: @escaping @Sendable (Int) -> Void) {
        let workers = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
        let loop = SharedLoop(count: count, workers: workers, body)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in loop.run() }
    }

    /// The chunk the `t`-th task runs: 0, n-1, 1, n-2, …, each of `0..<n` once.
    static func chunkOrder(_ t: Int, of n: Int) -> Int {
        t % 2 == 0 ? t / 2 : n - 1 - t / 2
    }

    /// The outcomes in job order, or the first failure.
    static func collect(_ slots: Slots<Result<PageOutcome, BuildFailure>>, count: Int) throws(BuildFailure) -> [PageOutcome] {
        var out: [PageOutcome] = []
        out.reserveCapacity(count)
        for i in 0..<count {
            switch slots[i] {
            case .success(let p)?: out.append(p)
            case .failure(let e)?: throw e
            case nil: throw BuildFailure(sv: "en sida renderades inte", en: "a page was not rendered")
            }
        }
        return out
    }
}

/// What a build leaves unfreed on purpose when its process exits right after
/// (`BuildOptions.keepMemoryAtExit`).
enum KeptAtExit {
    nonisolated(unsafe) private static var objects: [Any] = []
    private static let lock = NSLock()

    static func keep(_ object: Any) {
        lock.withLock { objects.append(object) }
    }
}

/// Fixed slots written concurrently, each by exactly one task.
final class Slots<T>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    /// Slots holding `values`, moved in: the array is left empty, so that each value is
    /// freed when its slot is emptied.
    init(moving values: inout [T?]) {
        buffer = .allocate(capacity: values.count)
        for i in values.indices { (buffer.baseAddress! + i).initialize(to: values[i].take()) }
        values = []
    }

    /// The value of slot `i`, which is emptied.
    func take(_ i: Int) -> T? { buffer[i].take() }

    subscript(i: Int) -> T? {
        get { buffer[i] }
        set { buffer[i] = newValue }
    }

    /// Empties every slot (frees what they held).
    func clear() {
        for i in buffer.indices { buffer[i] = nil }
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }
}
