import HubSite

/// What `pilothub build` was asked to do.
public struct BuildOptions: Sendable {
    /// The content folder (`Content`), as the user wrote it; diagnostics show paths under it.
    public var contentDirectory: String
    /// The output folder (`public`).
    public var outputDirectory: String
    /// Overrides `base_url` in `hub.yml`.
    public var baseURL: String?
    public var includeDrafts: Bool
    public var linkStyle: SiteOptions.LinkStyle
    /// Print `[i/n] step` lines on standard error (the CLI turns this on for terminals).
    public var showProgress: Bool
    /// Language of progress and summary lines.
    public var language: DiagnosticLanguage
    /// Worker threads for rendering; nil means every core.
    public var threads: Int?
    /// Print the wall time of each build step on standard error at the end.
    public var timings: Bool
    /// Keep the build's data in memory when it ends instead of freeing it, for a process
    /// that exits right after (`pilothub build`): the system takes the memory back at once,
    /// while freeing hundreds of thousands of objects one by one took 0.2 s at 10,000
    /// documents. Never for a process that builds again (`watch`, tests, a server).
    public var keepMemoryAtExit = false

    public init(contentDirectory: String = "Content", outputDirectory: String = "public", baseURL: String? = nil,
                includeDrafts: Bool = false, linkStyle: SiteOptions.LinkStyle = .directories, showProgress: Bool = false,
                language: DiagnosticLanguage = .en, threads: Int? = nil, timings: Bool = false) {
        self.contentDirectory = contentDirectory
        self.outputDirectory = outputDirectory
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.linkStyle = linkStyle
        self.showProgress = showProgress
        self.language = language
        self.threads = threads
        self.timings = timings
    }
}

/// What a build did.
public struct BuildResult: Sendable {
    /// Every diagnostic, sorted by location; content paths are shown under the content folder.
    public var diagnostics: [Diagnostic]
    /// Whether the output folder was replaced (false when there were errors).
    public var wroteOutput: Bool
    public var pageCount: Int
    public var fileCount: Int
    public var byteCount: Int
    public var seconds: Double
    /// Things the summary mentions (feed skipped without base URL …), in both languages.
    public var notes: [LocalizedText]

    /// The one line a build ends with: pages, size, time.
    public func summaryLine(_ lang: DiagnosticLanguage) -> String {
        let mb = Double(byteCount) / 1_000_000
        let size = mb >= 1 ? String(format: "%.1f MB", mb) : String(format: "%.0f kB", Double(byteCount) / 1000)
        let time = String(format: "%.2f s", seconds)
        var line: String
        if wroteOutput {
            line = lang == .sv ? "Byggde \(pageCount) sidor (\(fileCount) filer, \(size)) på \(time)"
                               : "Built \(pageCount) pages (\(fileCount) files, \(size)) in \(time)"
        } else {
            let e = diagnostics.errorCount
            line = lang == .sv ? "Inget skrevs: \(e) fel (\(time))" : "Nothing written: \(e) \(e == 1 ? "error" : "errors") (\(time))"
        }
        for n in notes { line += "; " + n.string(lang) }
        return line
    }
}

/// A build that could not run at all (not a content error): the lock is held, the
/// output folder is unsafe to replace, or the disk failed.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    public var message: LocalizedText
    public init(sv: String, en: String) { message = LocalizedText(sv: sv, en: en) }
    public var description: String { message.en }
}
