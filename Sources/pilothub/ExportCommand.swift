import Foundation
import PilotHub

/// `pilothub export`: every document with its fields and references as JSON.
enum ExportCommand: CLICommand {
    static let name = "export"
    static let summary = "write every document and its fields as JSON"
    static let help = """
    Usage: pilothub export [--content DIR] [--output FILE] [--drafts]

    Writes every document (fields, body, resolved references as kind/slug ids, and the
    documents that refer to it) as JSON with sorted keys: the same content always gives
    the same bytes. Nothing is written when the content has errors (exit 1) or the
    content folder does not exist (exit 74).

    Options:
      --content DIR   the content folder (default: Content)
      --output FILE   where to write (default: standard output)
      --drafts        include documents with draft: true

    Examples:
      pilothub export > hub.json
      pilothub export --output hub.json
      pilothub export --content Content | jq '.documents[].id'

    """

    static func run(_ arguments: [String]) -> Int32 {
        let args = Arguments(arguments, valued: ["--content", "--output"], booleans: ["--drafts"])
        if let problem = args.error ?? (args.positionals.isEmpty ? nil : "unexpected argument '\(args.positionals[0])'") {
            Console.err("pilothub export: \(problem)\n\n" + help)
            return ExitCode.usage
        }
        let language = DiagnosticLanguage.fromEnvironment()
        let content = args["--content"] ?? "Content"
        if let missing = ContentFolder.missingMessage(content, language: language) {
            Console.err(missing)
            return ExitCode.ioError
        }
        let (hub, diagnostics) = ContentLoader.load(contentDirectory: content, includeDrafts: args.has("--drafts"))
        if !diagnostics.isEmpty {
            let printer = DiagnosticPrinter(language: language, sources: ContentLoader.sourceFiles(for: diagnostics, contentDirectory: content))
            Console.err(printer.format(diagnostics) + printer.summary(diagnostics) + "\n")
        }
        guard let hub, !diagnostics.hasErrors else { return ExitCode.contentErrors }
        let json = HubExport.json(hub)
        guard let output = args["--output"], output != "-" else {
            Console.out(json)
            return ExitCode.success
        }
        do {
            // Written beside the target and renamed over it: atomic on one file system, and
            // (unlike Foundation's `.atomic` on Linux) it leaves no folder behind in /tmp.
            let temporary = output + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
            do {
                try Data(json.utf8).write(to: URL(fileURLWithPath: temporary))
                guard rename(temporary, output) == 0 else { throw CocoaError(.fileWriteUnknown) }
            } catch {
                try? FileManager.default.removeItem(atPath: temporary)
                throw error
            }
        } catch {
            Console.err("pilothub export: cannot write \(output): \(error.localizedDescription)\n")
            return ExitCode.ioError
        }
        return ExitCode.success
    }
}
