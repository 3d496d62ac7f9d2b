import Foundation
import HubSite

/// What `pilothub bundle` was asked to do.
public struct BundleOptions: Sendable {
    /// The content folder (`Content`).
    public var contentDirectory: String
    /// A `.zip` file, or a folder for any other name.
    public var output: String
    public var scope: BundleScope
    /// Overrides `base_url` in `hub.yml`; links to left-out documents point there.
    public var baseURL: String?
    public var includeDrafts: Bool
    public var showProgress: Bool
    public var language: DiagnosticLanguage

    public init(contentDirectory: String = "Content", output: String = "hub.zip", scope: BundleScope = .everything,
                baseURL: String? = nil, includeDrafts: Bool = false, showProgress: Bool = false,
                language: DiagnosticLanguage = .en) {
        self.contentDirectory = contentDirectory
        self.output = output
        self.scope = scope
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.showProgress = showProgress
        self.language = language
    }

    /// Whether the bundle is written as a ZIP archive.
    public var writesZip: Bool { output.lowercased().hasSuffix(".zip") }
}

/// What a bundle run did.
public struct BundleResult: Sendable {
    public var diagnostics: [Diagnostic]
    public var wroteOutput: Bool
    /// Documents whose pages are in the bundle.
    public var documentCount: Int
    public var fileCount: Int
    /// Bytes of the files before compression.
    public var byteCount: Int
    /// Size of what was written (the archive, or the folder's files).
    public var outputBytes: Int
    /// Links to left-out documents: to the public site, or made plain text.
    public var linksToPublicSite: Int
    public var linksMadeText: Int
    public var seconds: Double

    /// The one line a bundle run ends with.
    public func summaryLine(_ lang: DiagnosticLanguage, output: String) -> String {
        guard wroteOutput else {
            let e = diagnostics.errorCount
            return lang == .sv ? "Inget skrevs: \(e) fel" : "Nothing written: \(e) \(e == 1 ? "error" : "errors")"
        }
        let kb = (outputBytes + 999) / 1000
        let time = String(format: "%.2f", seconds)
        return lang == .sv
            ? "Skrev \(output): \(documentCount) dokument, \(fileCount) filer, \(kb) kB på \(time) s"
            : "Wrote \(output): \(documentCount) documents, \(fileCount) files, \(kb) kB in \(time) s"
    }
}
