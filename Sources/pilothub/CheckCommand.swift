import Foundation
import PilotHub

/// `pilothub check`: validates the content and lists every mistake, like a compiler.
enum CheckCommand: CLICommand {
    static let name = "check"
    static let summary = "validate the content and list every mistake"
    static let help = """
    Usage: pilothub check [--content DIR] [--format text|json] [--drafts]

    Reads every document of the content folder, checks fields, dates, vocabularies and
    references, and prints every mistake as path:line:column with the source line.
    Exits 1 when there is at least one error, 0 otherwise (warnings do not fail),
    74 when the content folder does not exist.

    Options:
      --content DIR       the content folder (default: Content)
      --format text|json  text for people (default), json for tools: an array of
                          {severity, id, path, line, column, message, suggestion}
      --drafts            treat drafts as published (no warning for links to drafts)

    Messages are in Swedish when LANG/LC_ALL/LC_MESSAGES start with sv.

    Examples:
      pilothub check
      pilothub check --content Tests/HubContentTests/Resources/fixtures/broken
      pilothub check --format json > diagnostics.json
      LANG=sv_SE.UTF-8 pilothub check

    """

    static func run(_ arguments: [String]) -> Int32 {
        let args = Arguments(arguments, valued: ["--content", "--format"], booleans: ["--drafts"])
        if let problem = args.error ?? (args.positionals.isEmpty ? nil : "unexpected argument '\(args.positionals[0])'") {
            Console.err("pilothub check: \(problem)\n\n" + help)
            return ExitCode.usage
        }
        let format = args["--format"] ?? "text"
        guard format == "text" || format == "json" else {
            Console.err("pilothub check: --format must be text or json\n\n" + help)
            return ExitCode.usage
        }
        let content = args["--content"] ?? "Content"
        let language = DiagnosticLanguage.fromEnvironment()
        if let missing = ContentFolder.missingMessage(content, language: language) {
            Console.err(missing)
            return ExitCode.ioError
        }
        let (hub, diagnostics) = ContentLoader.load(contentDirectory: content, includeDrafts: args.has("--drafts"))
        if format == "json" {
            Console.out(json(diagnostics, language: language))
        } else {
            let printer = DiagnosticPrinter(language: language, sources: ContentLoader.sourceFiles(for: diagnostics, contentDirectory: content))
            var out = printer.format(diagnostics)
            let count = hub?.documents.count ?? 0
            out += printer.summary(diagnostics) + (language == .sv ? " i \(count) dokument\n" : " in \(count) \(count == 1 ? "document" : "documents")\n")
            Console.out(out)
        }
        return diagnostics.hasErrors ? ExitCode.contentErrors : ExitCode.success
    }

    static func json(_ diagnostics: [Diagnostic], language: DiagnosticLanguage) -> String {
        JSONValue.array(diagnostics.map { d in
            .object([
                "severity": .string(d.severity.rawValue), "id": .string(d.id), "path": .string(d.location.path),
                "line": .int(d.location.line), "column": .int(d.location.column),
                "message": .string(d.message.string(language)), "suggestion": d.suggestion.map(JSONValue.string) ?? .null,
            ])
        }).serialized()
    }
}

/// The content folder is where the commands start; when it is missing there is no file
/// to point at, so the message is the command's own, not a diagnostic at a line.
enum ContentFolder {
    /// The message to print (exit 74) when `path` is not a folder, or nil when it is.
    static func missingMessage(_ path: String, language: DiagnosticLanguage) -> String? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return nil }
        switch language {
        case .sv: return "pilothub: fel: innehållsmappen '\(path)' finns inte (kör från mappen som innehåller Content/ eller ange --content)\n"
        case .en: return "pilothub: error: no content folder '\(path)' (run from the folder that holds Content/ or pass --content)\n"
        }
    }
}
