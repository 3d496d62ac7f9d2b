// SKELETON: written by the issue that owns `pilothub check`.
enum CheckCommand: CLICommand {
    static let name = "check"
    static let summary = "(not yet available)"
    static let help = "pilothub check: not yet available in this build.\n"
    static func run(_ arguments: [String]) -> Int32 {
        Console.err(help)
        return ExitCode.usage
    }
}
