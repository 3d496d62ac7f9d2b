// SKELETON: written by the issue that owns `pilothub export`.
enum ExportCommand: CLICommand {
    static let name = "export"
    static let summary = "(not yet available)"
    static let help = "pilothub export: not yet available in this build.\n"
    static func run(_ arguments: [String]) -> Int32 {
        Console.err(help)
        return ExitCode.usage
    }
}
