// SKELETON: written by the issue that owns `pilothub stem`.
enum StemCommand: CLICommand {
    static let name = "stem"
    static let summary = "(not yet available)"
    static let help = "pilothub stem: not yet available in this build.\n"
    static func run(_ arguments: [String]) -> Int32 {
        Console.err(help)
        return ExitCode.usage
    }
}
