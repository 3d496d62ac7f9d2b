import Foundation
import PilotHub

/// `pilothub new`: scaffolds a document with the front matter of its kind.
enum NewCommand: CLICommand {
    static let name = "new"
    static let summary = "create a new document from a template"
    static let help = """
    Usage: pilothub new KIND "Title" [--content DIR]

    Writes DIR/<kinds>/<slug>.md, the slug made from the title (lowercase, å/ä → a,
    ö → o, other signs → -), with the front matter the kind needs and an outline in
    Swedish of what a good description contains. An existing file is never overwritten.

    Every new document is a draft (draft: true), and fields without a sensible default
    hold placeholders in angle brackets, such as "<en mening om innehållet>" or
    "<välj: grund, fördjupning, avancerad>". `pilothub check` leaves drafts out and says
    nothing about their placeholders; `pilothub check --drafts` reports each one
    ("replace the placeholder …") until it is filled in. Remove draft: true to publish:
    a placeholder left in a published document is an error.

    KIND is one of: project, method, tool, lesson, meeting, organisation, page
    (the plural folder names and the Swedish names – metod, verktyg, lärdom … – work too).

    Options:
      --content DIR   the content folder (default: Content)

    Examples:
      pilothub new method "Behovsanalys på plats"    → Content/methods/behovsanalys-pa-plats.md
      pilothub new lesson "MFA först, sedan allt annat"
      pilothub new meeting "Erfarenhetsträff i Umeå" --content Content

    """

    static func run(_ arguments: [String]) -> Int32 {
        let args = Arguments(arguments, valued: ["--content"], booleans: [])
        if let problem = args.error ?? (args.positionals.count == 2 ? nil : "give a kind and a title") {
            Console.err("pilothub new: \(problem)\n\n" + help)
            return ExitCode.usage
        }
        guard let kind = DocumentKind(name: args.positionals[0]) ?? DocumentKind(swedishName: args.positionals[0]) else {
            let names = DocumentKind.allCases.map(\.singular)
            let close = Suggestion.closest(to: args.positionals[0], in: names).map { " (did you mean '\($0)'?)" } ?? ""
            Console.err("pilothub new: unknown kind '\(args.positionals[0])'\(close); use one of \(names.joined(separator: ", "))\n")
            return ExitCode.usage
        }
        let title = args.positionals[1].trimmingCharacters(in: .whitespacesAndNewlines)
        let slug = Slug.make(title)
        guard !slug.isEmpty else {
            Console.err("pilothub new: the title must contain letters or digits\n")
            return ExitCode.usage
        }
        let folder = (args["--content"] ?? "Content") + "/" + kind.rawValue
        let path = folder + "/" + slug + ".md"
        let fm = FileManager.default
        if fm.fileExists(atPath: path) || fm.fileExists(atPath: folder + "/" + slug + "/index.md") {
            Console.err("pilothub new: \(path) already exists; it was not changed (choose another title)\n")
            return ExitCode.contentErrors
        }
        let now = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
        let today = ContentDate(year: now.year ?? 2025, month: now.month ?? 1, day: now.day ?? 1)
        do {
            try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
            // withoutOverwriting: a file made between the check and the write is not replaced.
            try Data(DocumentTemplate.make(kind: kind, title: title, today: today).utf8)
                .write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch {
            Console.err("pilothub new: cannot write \(path): \(error.localizedDescription)\n")
            return ExitCode.ioError
        }
        Console.out(path + "\n")
        return ExitCode.success
    }
}
