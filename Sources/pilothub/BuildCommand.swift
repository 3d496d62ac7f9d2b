import Foundation
import PilotHub

/// `pilothub build`: Content/ → public/, atomically.
enum BuildCommand: CLICommand {
    static let name = "build"
    static let summary = "build the site into public/ (atomic, parallel, reproducible)"
    static let help = """
    Usage: pilothub build [--content DIR] [--output DIR] [--base-url URL] [--drafts] [--timings]

    Builds every document of the content folder into a static site. The site is written
    to a temporary folder beside the output and swapped in only when complete: a build
    with content errors, or one that is interrupted, leaves the previous site as it was.

    Options:
      --content DIR     the content folder (default: Content)
      --output DIR      the output folder (default: public)
      --base-url URL    the public address, e.g. https://example.se/hub/ (overrides
                        base_url in hub.yml); needed for feed.xml, sitemap.xml and
                        canonical links
      --drafts          include documents marked draft: true
      --timings         print how long each step took, on standard error

    Exit status: 0 built, 1 content errors (nothing written), 64 bad usage, 74 I/O error.

    Examples:
      pilothub build
      pilothub build --output /var/www/hub --base-url https://hub.example.se/

    """

    static func run(_ arguments: [String]) -> Int32 {
        let args = Arguments(arguments, valued: ["--content", "--output", "--base-url"], booleans: ["--drafts", "--timings"])
        if let e = args.error {
            Console.err("pilothub build: \(e)\n\n\(help)")
            return ExitCode.usage
        }
        guard args.positionals.isEmpty else {
            Console.err("pilothub build: unexpected argument '\(args.positionals[0])'\n\n\(help)")
            return ExitCode.usage
        }
        var options = BuildOptions(contentDirectory: args["--content"] ?? "Content", outputDirectory: args["--output"] ?? "public",
                                   baseURL: args["--base-url"], includeDrafts: args.has("--drafts"),
                                   showProgress: isatty(2) == 1, language: DiagnosticLanguage.fromEnvironment(),
                                   timings: args.has("--timings"))
        // One build, then the process ends (`watch` builds again and again: not there).
        options.keepMemoryAtExit = true
        return build(options)
    }

    /// Runs one build and prints its diagnostics and summary line; shared with `watch`.
    static func build(_ options: BuildOptions) -> Int32 {
        let lang = options.language
        if let missing = ContentFolder.missingMessage(options.contentDirectory, language: lang) {
            Console.err(missing)
            return ExitCode.ioError
        }
        do {
            let result = try SiteBuilder.build(options)
            // Excerpts only from content files that were read: never from a refused file
            // (a symlink out of Content/ must not have its first line printed).
            let sources = ContentLoader.sourceFiles(for: result.diagnostics, contentDirectory: options.contentDirectory)
            let printer = DiagnosticPrinter(language: lang, sources: sources)
            if !result.diagnostics.isEmpty {
                Console.err(printer.format(result.diagnostics))
                Console.err(printer.summary(result.diagnostics) + "\n")
            }
            let line = result.summaryLine(lang) + "\n"
            if result.wroteOutput { Console.out(line) } else { Console.err(line) }
            return result.wroteOutput ? ExitCode.success : ExitCode.contentErrors
        } catch {
            Console.err("pilothub build: \(error.message.string(lang))\n")
            return ExitCode.ioError
        }
    }
}
