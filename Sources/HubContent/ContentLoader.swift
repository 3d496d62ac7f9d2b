import Foundation
import HubDiagnostics
import HubFrontMatter
import HubMarkdown

/// Reads and validates a content folder.
public enum ContentLoader {
    /// Loads every document under `contentDirectory`, validates it, and resolves references.
    /// Returns the hub (nil only when nothing could be read) and every diagnostic found,
    /// sorted by file, line and column. Paths in diagnostics are `contentDirectory` joined
    /// with the file's path inside it.
    public static func load(contentDirectory: String, includeDrafts: Bool = false) -> (hub: Hub?, diagnostics: [Diagnostic]) {
        let loaded = load(contentDirectory: contentDirectory, includeDrafts: includeDrafts, keepingBodies: false)
        return (loaded.hub, loaded.diagnostics)
    }

    /// `load`, plus each document's parsed body (`bodies[i]` is that of `hub.documents[i]`,
    /// nil only if it could not be kept; parsed with the default options; render it through `MarkdownDocument.rendering(with:)`).
    /// The loader parses every body anyway, for its links; keeping the whole parse spares the
    /// page renderer a second one. `check` does not need it and parses only what holds links.
    public static func loadKeepingBodies(contentDirectory: String, includeDrafts: Bool = false)
        -> (hub: Hub?, diagnostics: [Diagnostic], bodies: [MarkdownDocument?]) {
        load(contentDirectory: contentDirectory, includeDrafts: includeDrafts, keepingBodies: true)
    }

    static func load(contentDirectory: String, includeDrafts: Bool, keepingBodies: Bool)
        -> (hub: Hub?, diagnostics: [Diagnostic], bodies: [MarkdownDocument?]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: contentDirectory, isDirectory: &isDirectory), isDirectory.boolValue,
              let rootReal = ContentWalker.realPath(contentDirectory) else {
            return (nil, [.error("missing-content-folder", at: SourceLocation(path: contentDirectory, line: 1, column: 1),
                                 sv: "innehållsmappen finns inte (ange en annan med --content)",
                                 en: "the content folder does not exist (name another with --content)")], [])
        }
        var walker = ContentWalker(root: contentDirectory, rootReal: rootReal)
        walker.walk()
        var diagnostics = walker.diagnostics

        var config = HubConfig()
        if let configPath = walker.configPath {
            let decoded = ContentFileReader.read(url: URL(fileURLWithPath: configPath), path: configPath)
            diagnostics += decoded.diagnostics
            if let text = decoded.text {
                let (parsedConfig, configDiagnostics) = HubConfig.parse(text, path: configPath)
                config = parsedConfig
                diagnostics += configDiagnostics
            }
        }

        Self.prefetch(walker.files.map(\.absolutePath))
        var parsed = walker.files.parallelMap { parse($0, keepingBody: keepingBodies) }
        for p in parsed { diagnostics += p.diagnostics }
        // The parses travel beside the files, not in the copies the builders get.
        var parses: [MarkdownDocument?] = []
        if keepingBodies {
            parses.reserveCapacity(parsed.count)
            for i in parsed.indices { parses.append(parsed[i].markdown.take()) }
        }
        let (kept, duplicateDiagnostics) = keptAfterDuplicates(parsed)
        let unique = kept.count == parsed.count ? parsed : kept.map { parsed[$0] }
        parsed = []
        if keepingBodies && kept.count != parses.count { parses = kept.map { parses[$0] } }
        diagnostics += duplicateDiagnostics

        let ids = unique.map { DocumentID(kind: $0.file.kind, slug: $0.file.slug) }
        // A title is only looked up for organisations (a project's owner names one by title).
        let catalog = ReferenceCatalog(files: unique.indices.map { i in
            (ids[i], ids[i].kind == .organisations ? unique[i].title : nil, unique[i].isDraft)
        }, attachmentPaths: Set(unique.flatMap { p in p.file.attachments.map { "\(p.file.kind.rawValue)/\(p.file.slug)/\($0)" } }))
        var built = unique.parallelMap { [config] p -> BuiltDocument in
            var builder = DocumentBuilder(parsed: p, catalog: catalog, config: config, includeDrafts: includeDrafts)
            let (document, found) = builder.build()
            let published = document.map { includeDrafts || !$0.draft } ?? false
            return BuiltDocument(document: published ? document : nil, diagnostics: found, references: builder.references)
        }
        // The published documents' positions in `unique` (folder order), put in id order, the hub's.
        var order: [Int] = []
        order.reserveCapacity(built.count)
        for i in built.indices {
            diagnostics += built[i].diagnostics
            if built[i].document != nil { order.append(i) }
        }
        order.sort { ids[$0] < ids[$1] }
        var sortedPosition = [Int](repeating: -1, count: built.count)
        for (p, i) in order.enumerated() { sortedPosition[i] = p }
        // Plain loops with room reserved: the `map`/`compactMap` closures they replace cost 15 %
        // more instructions in this sequential part.
        var targets: [[Int]] = []
        targets.reserveCapacity(order.count)
        for i in order {
            var list: [Int] = []
            list.reserveCapacity(built[i].references.count)
            for t in built[i].references where sortedPosition[t] >= 0 { list.append(sortedPosition[t]) }
            targets.append(list)
        }
        let lists = referrers(targets)
        var referrerIDs: [DocumentID: [DocumentID]] = [:]
        referrerIDs.reserveCapacity(lists.count)
        for (p, list) in lists.enumerated() where !list.isEmpty { referrerIDs[ids[order[p]]] = list.map { ids[order[$0]] } }
        var documents: [Document] = []
        documents.reserveCapacity(order.count)
        // Moved out, not copied: a copy retains every string and array of the document.
        for i in order { documents.append(built[i].document.take()!) }
        let hub = Hub(config: config, sortedDocuments: documents, contentRoot: URL(fileURLWithPath: contentDirectory).standardized.path,
                      referrers: referrerIDs)
        var bodies: [MarkdownDocument?] = []
        if keepingBodies {
            bodies.reserveCapacity(order.count)
            for i in order { bodies.append(parses[i].take()) }
        }
        return (hub, diagnostics.sortedByLocation(), bodies)
    }

    /// Asks the system to start reading every file at once, in the background, while the
    /// parse reads them one by one on each core. Content that has left the page cache (as it
    /// does here after a minute untouched) is otherwise read with only as many requests in
    /// flight as there are cores; at 10,000 files that took a second.
    static func prefetch(_ paths: [String]) {
        let list = paths
        DispatchQueue.global(qos: .userInitiated).async {
            for path in list {
                let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
                guard fd >= 0 else { continue }
                // Only files the reader will read (not a folder, a device, or one it refuses as too large).
                var st = stat()
                if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, Int(st.st_size) <= ContentFileReader.maximumFileSize {
                    _ = posix_fadvise(fd, 0, 0, POSIX_FADV_WILLNEED)
                }
                close(fd)
            }
        }
    }

    private struct BuiltDocument: Sendable {
        /// Nil when the file made no document, or a draft that is left out.
        var document: Document?
        var diagnostics: [Diagnostic]
        /// Positions in the catalog.
        var references: [Int]
    }

    /// Reads one file and does everything that needs no other document. With `keepingBody`
    /// the body's whole parse is kept (`ParsedFile.markdown`) for the page renderer; without,
    /// only its links and what safe mode changed are read (`check`).
    @Sendable static func parse(_ file: DocumentFile, keepingBody: Bool) -> ParsedFile {
        var p = ParsedFile(file: file)
        let (read, refused) = ContentFileReader.readBytes(filePath: file.absolutePath, path: file.displayPath)
        guard let bytes = read else {
            p.diagnostics = refused
            return p
        }
        // Almost every file needs no repair: its front matter and body are then each made once
        // from the bytes, with no string of the whole file first (which is what `read` makes).
        let clean = bytes.withUnsafeBufferPointer { b in
            ContentFileReader.needsNoRepair(b) ? FrontMatter.parseDocument(utf8: b, path: file.displayPath) : nil
        }
        let split: FrontMatterDocument
        if let clean {
            split = clean
        } else {
            let decoded = ContentFileReader.decode(bytes, path: file.displayPath)
            p.diagnostics = decoded.diagnostics
            guard let text = decoded.text else { return p }
            split = FrontMatter.parseDocument(text, path: file.displayPath)
        }
        p.isReadable = true
        p.fields = split.fields
        p.body = split.body
        p.bodyStartLine = split.bodyStartLine
        p.diagnostics += split.diagnostics
        let notes: [SafetyNote]
        if keepingBody {
            let markdown = Markdown.parse(split.body)
            (p.links, notes) = (markdown.links, markdown.safetyNotes)
            p.markdown = markdown
        } else {
            let scan = Markdown.scanLinks(split.body)
            (p.links, notes) = (scan.links, scan.safetyNotes)
        }
        p.diagnostics += SafetyWarnings.diagnostics(notes, path: file.displayPath, bodyStartLine: split.bodyStartLine)
        return p
    }

    /// Two files for one slug (`x.md` and `x/index.md`, or names differing only in case,
    /// which collide on case-insensitive disks): both are named, the first one is kept.
    /// Returns the positions kept, in order, and the diagnostics.
    static func keptAfterDuplicates(_ files: [ParsedFile]) -> ([Int], [Diagnostic]) {
        // The first file of each id written in lower case; groups only for ids with several.
        var first: [DocumentID: Int] = [:]
        first.reserveCapacity(files.count)
        var groups: [DocumentID: [Int]] = [:]
        for i in files.indices {
            let slug = files[i].file.slug
            // Most slugs are lower case ASCII already: no new string for them.
            let lower = slug.utf8.allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) }) ? slug : slug.lowercased()
            let key = DocumentID(kind: files[i].file.kind, slug: lower)
            if let j = first[key] {
                groups[key, default: [j]].append(i)
            } else {
                first[key] = i
            }
        }
        if groups.isEmpty { return (Array(files.indices), []) }
        var dropped = Set<Int>()
        var diagnostics: [Diagnostic] = []
        for (_, members) in groups {
            let sorted = members.sorted { files[$0].file.relativePath < files[$1].file.relativePath }
            for i in sorted {
                let others = sorted.filter { $0 != i }.map { files[$0].file.displayPath }.joined(separator: ", ")
                let id = "\(files[i].file.kind.rawValue)/\(files[i].file.slug)"
                diagnostics.append(.error(
                    "duplicate-slug", at: SourceLocation(path: files[i].file.displayPath, line: 1, column: 1),
                    sv: "\(id) finns i flera filer: den här och \(others); ta bort eller byt namn på en av dem",
                    en: "\(id) is defined by more than one file: this one and \(others); remove or rename one of them"))
            }
            dropped.formUnion(sorted.dropFirst())
        }
        return (files.indices.filter { !dropped.contains($0) }, diagnostics)
    }

    /// For each document, the documents that refer to it, sorted and without repeats.
    static func reverse(_ references: [DocumentID: [DocumentID]]) -> [DocumentID: [DocumentID]] {
        let ids = references.keys.sorted()
        var position: [DocumentID: Int] = [:]
        position.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() { position[id] = i }
        let lists = referrers(ids.map { from in (references[from] ?? []).compactMap { position[$0] } })
        var out: [DocumentID: [DocumentID]] = [:]
        for (target, list) in lists.enumerated() where !list.isEmpty { out[ids[target]] = list.map { ids[$0] } }
        return out
    }

    /// `reverse` on positions in id order: `references[p]` are the documents that document
    /// `p` names (any order, repeats and itself allowed); the result lists, for each
    /// document, the ones naming it, ascending and without repeats or itself. Visiting the
    /// referrers in ascending order leaves each list sorted with any repeat at its end:
    /// no set, no sort, no hashing.
    static func referrers(_ references: [[Int]]) -> [[Int]] {
        var out = [[Int]](repeating: [], count: references.count)
        for (p, targets) in references.enumerated() {
            for q in targets where q != p && out[q].last != p { out[q].append(p) }
        }
        return out
    }

    /// Diagnostics that mean the loader refused to read a file's text (a symlink out of the
    /// content folder, a file too large, UTF-16, unreadable, an unsafe name, a stray file).
    /// No excerpt may be shown for such a file: its first line could be anything, such as
    /// `/etc/passwd` behind a symlink.
    public static let refusedFileIDs: Set<String> = [
        "symlink-outside-content", "broken-symlink", "file-too-large", "utf16-file", "unreadable-file",
        "unsafe-name", "unknown-file", "unknown-top-level", "missing-index", "missing-content-folder",
    ]

    /// The files named by `diagnostics`, decoded as the loader reads them, so that a
    /// `DiagnosticPrinter` can show each source line. Files the loader refused are left out,
    /// and so is anything that is not a `.md` document or `hub.yml`; with `contentDirectory`,
    /// so is any path whose real location lies outside that folder.
    public static func sourceFiles(for diagnostics: [Diagnostic], contentDirectory: String? = nil) -> [String: SourceFile] {
        let refused = Set(diagnostics.filter { refusedFileIDs.contains($0.id) }.map(\.location.path))
        let rootReal = contentDirectory.flatMap(ContentWalker.realPath)
        var out: [String: SourceFile] = [:]
        for path in Set(diagnostics.map(\.location.path)).sorted() where !refused.contains(path) {
            guard path.hasSuffix(".md") || path.hasSuffix("/hub.yml") || path == "hub.yml" else { continue }
            if contentDirectory != nil {
                guard let rootReal, let real = ContentWalker.realPath(path),
                      real.hasPrefix(rootReal.hasSuffix("/") ? rootReal : rootReal + "/") else { continue }
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  let text = ContentFileReader.read(url: URL(fileURLWithPath: path), path: path).text else { continue }
            out[path] = SourceFile(path: path, text: text)
        }
        return out
    }
}
