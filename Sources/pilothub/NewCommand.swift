// SKELETON: written by the issue that owns `pilothub new`.
enum NewCommand: CLICommand {
    static let name = "new"
    static let summary = "(not yet available)"
    static let help = "pilothub new: not yet available in this build.\n"
    static func run(_ arguments: [String]) -> Int32 {
        Console.err(help)
        return ExitCode.usage
    }
}
