import Foundation
import PilotHub

let commands: [any CLICommand.Type] = [
    BuildCommand.self, CheckCommand.self, BundleCommand.self, NewCommand.self, WatchCommand.self,
    ExportCommand.self, MarkdownCommand.self, FrontMatterCommand.self, StemCommand.self,
]

@MainActor func usage() -> String {
    var s = """
    pilothub \(PilotHubInfo.version): the knowledge hub of "Piloter för säker digitalisering".

    Usage: pilothub COMMAND [OPTIONS]

    Commands:

    """
    for c in commands { s += "  " + c.name.padding(toLength: 12, withPad: " ", startingAt: 0) + c.summary + "\n" }
    s += """

    Examples:
      pilothub check                      validate Content/ and list every mistake
      pilothub build                      build the site into public/
      pilothub bundle --meeting erfarenhetstraff-orebro-2025 --output traff.zip
      echo '# Hej' | pilothub markdown

    Run 'pilothub COMMAND --help' for a command's options.

    """
    return s
}

var argv = Array(CommandLine.arguments.dropFirst())
if argv.isEmpty || argv == ["--help"] || argv == ["-h"] || argv == ["help"] {
    Console.out(usage())
    exit(argv.isEmpty ? ExitCode.usage : ExitCode.success)
}
if argv == ["--version"] {
    Console.out(PilotHubInfo.version + "\n")
    exit(ExitCode.success)
}
let name = argv.removeFirst()
guard let command = commands.first(where: { $0.name == name }) else {
    Console.err("pilothub: unknown command '\(name)'\n\n" + usage())
    exit(ExitCode.usage)
}
if argv.contains("--help") || argv.contains("-h") {
    Console.out(command.help)
    exit(ExitCode.success)
}
exit(command.run(argv))
