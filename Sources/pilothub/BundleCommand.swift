import Foundation
import PilotHub

/// `pilothub bundle`: the site, or part of it, in offline form (a folder or a zip).
enum BundleCommand: CLICommand {
    static let name = "bundle"
    static let summary = "the site or a meeting pack for offline use, as a zip or a folder"
    static let help = """
    Usage: pilothub bundle [--content DIR] [--output FILE.zip|DIR]
                           [--meeting SLUG | --project SLUG | --tag TAG | --handbook] [--base-url URL]

    Writes the site in a form that works opened straight from the disk (file://), with no
    server and no network, search included: every link points at an index.html and is
    relative. LÄS MIG.txt and README.txt at the top say to open index.html. A name ending
    in .zip gives a ZIP archive (deterministic: sorted entries, fixed timestamps, UTF-8
    names); any other name gives a folder.

    Options:
      --content DIR     the content folder (default: Content)
      --output PATH     FILE.zip or a folder (default: hub.zip)
      --meeting SLUG    a meeting pack: the meeting, the documents its agenda refers to,
                        and what those link to, one level deep
      --project SLUG    a project with its methods, tools and lessons
      --tag TAG         every document tagged TAG
      --handbook        only the printable method handbook
      --base-url URL    the public site (overrides base_url in hub.yml): links to documents
                        left out of the bundle go there; without it they become plain text
                        with a note
      --drafts          include documents marked draft: true

    Exit status: 0 written, 1 content errors, 64 bad usage or unknown slug/tag, 74 I/O error.

    Examples:
      pilothub bundle --output hub.zip
      pilothub bundle --meeting erfarenhetstraff-orebro-2025 --output traff.zip
      pilothub bundle --project styrelsen-och-cybersakerheten-skane --output skane-paket/
      pilothub bundle --handbook --output handbok.zip

    """

    static func run(_ arguments: [String]) -> Int32 {
        let args = Arguments(arguments, valued: ["--content", "--output", "--meeting", "--project", "--tag", "--base-url"],
                             booleans: ["--handbook", "--drafts"])
        if let e = args.error {
            Console.err("pilothub bundle: \(e)\n\n\(help)")
            return ExitCode.usage
        }
        guard args.positionals.isEmpty else {
            Console.err("pilothub bundle: unexpected argument '\(args.positionals[0])'\n\n\(help)")
            return ExitCode.usage
        }
        var scopes: [BundleScope] = []
        if let m = args["--meeting"] { scopes.append(.meeting(m)) }
        if let p = args["--project"] { scopes.append(.project(p)) }
        if let t = args["--tag"] { scopes.append(.tag(t)) }
        if args.has("--handbook") { scopes.append(.handbook) }
        guard scopes.count <= 1 else {
            Console.err("pilothub bundle: choose one of --meeting, --project, --tag and --handbook\n")
            return ExitCode.usage
        }
        let lang = DiagnosticLanguage.fromEnvironment()
        let options = BundleOptions(contentDirectory: args["--content"] ?? "Content", output: args["--output"] ?? "hub.zip",
                                    scope: scopes.first ?? .everything, baseURL: args["--base-url"],
                                    includeDrafts: args.has("--drafts"), showProgress: isatty(2) == 1, language: lang)
        if let missing = ContentFolder.missingMessage(options.contentDirectory, language: lang) {
            Console.err(missing)
            return ExitCode.ioError
        }
        do {
            let result = try BundleBuilder.bundle(options)
            if !result.diagnostics.isEmpty {
                // Never an excerpt of a refused file (a symlink out of Content/).
                let sources = ContentLoader.sourceFiles(for: result.diagnostics, contentDirectory: options.contentDirectory)
                let printer = DiagnosticPrinter(language: lang, sources: sources)
                Console.err(printer.format(result.diagnostics))
                Console.err(printer.summary(result.diagnostics) + "\n")
            }
            let line = result.summaryLine(lang, output: options.output) + "\n"
            if result.wroteOutput { Console.out(line) } else { Console.err(line) }
            return result.wroteOutput ? ExitCode.success : ExitCode.contentErrors
        } catch {
            switch error {
            case .selection(let f):
                var line = "pilothub bundle: \(f.message.string(lang))"
                if let s = f.suggestion { line += lang == .sv ? " (menade du '\(s)'?)" : " (did you mean '\(s)'?)" }
                Console.err(line + "\n")
                return ExitCode.usage
            case .build(let b):
                Console.err("pilothub bundle: \(b.message.string(lang))\n")
                return ExitCode.ioError
            }
        }
    }
}
