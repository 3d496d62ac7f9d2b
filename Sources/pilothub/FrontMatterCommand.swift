import Foundation
import PilotHub

/// `pilothub frontmatter [FILE]`: a document's front matter as JSON, or its errors.
enum FrontMatterCommand: CLICommand {
    static let name = "frontmatter"
    static let summary = "print a document's front matter as JSON, or its errors"
    static let help = """
    Usage: pilothub frontmatter [--compact] [FILE]

    Reads a Markdown document (FILE, or standard input when no FILE is given) and
    prints its front matter, the YAML between the first two --- lines, as JSON.
    Keys keep their order; dates are printed as "YYYY-MM-DD" and timestamps as
    ISO 8601 strings. A document without front matter prints null.

    If the front matter has errors, each is printed as path:line:column with the
    source line and a caret, and the exit status is 1. Messages are in Swedish when
    the locale (LC_ALL, LC_MESSAGES, LANG) is Swedish.

    Options:
      --compact     print the JSON on one line

    Examples:
      pilothub frontmatter Content/methods/behovsanalys-digital-sakerhet.md
      pilothub frontmatter --compact Content/lessons/sms-koder-som-andra-faktor.md | jq .title
      printf -- '---\\ntitle: Hej\\ndate: 2025-03-05\\n---\\n' | pilothub frontmatter

    Exit status: 0 success, 1 errors in the front matter, 64 bad usage, 74 unreadable file.

    """

    static func run(_ arguments: [String]) -> Int32 {
        let args = Arguments(arguments, valued: [], booleans: ["--compact"])
        if let error = args.error {
            Console.err("pilothub frontmatter: \(error)\n\n" + help)
            return ExitCode.usage
        }
        guard args.positionals.count <= 1 else {
            Console.err("pilothub frontmatter: give at most one FILE\n\n" + help)
            return ExitCode.usage
        }
        let file = args.positionals.first.flatMap { $0 == "-" ? nil : $0 }
        let path = file ?? "<stdin>"
        let data: Data
        if let file {
            guard let d = FileManager.default.contents(atPath: file) else {
                Console.err("pilothub frontmatter: cannot read \(file)\n")
                return ExitCode.ioError
            }
            data = d
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        var bytes = [UInt8](data)
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let language = DiagnosticLanguage.fromEnvironment()
            Console.err(language == .sv
                ? "\(path):1:1: fel: filen är kodad som UTF-16; spara den som UTF-8\n"
                : "\(path):1:1: error: the file is encoded as UTF-16; save it as UTF-8\n")
            return ExitCode.contentErrors
        }
        // Lenient decoding: a BOM is skipped, invalid UTF-8 becomes U+FFFD.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let text = String(decoding: bytes, as: UTF8.self)

        let document = FrontMatter.parseDocument(text, path: path)
        if !document.diagnostics.isEmpty {
            let printer = DiagnosticPrinter(language: DiagnosticLanguage.fromEnvironment(),
                                            sources: [path: SourceFile(path: path, text: text)])
            Console.err(printer.format(document.diagnostics.sortedByLocation()))
            if document.diagnostics.hasErrors { return ExitCode.contentErrors }
        }
        let json = document.fields?.jsonString(pretty: !args.has("--compact")) ?? "null"
        Console.out(json + "\n")
        return ExitCode.success
    }
}
