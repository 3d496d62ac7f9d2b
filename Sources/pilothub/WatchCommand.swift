// SKELETON: written by the issue that owns `pilothub watch`.
enum WatchCommand: CLICommand {
    static let name = "watch"
    static let summary = "(not yet available)"
    static let help = "pilothub watch: not yet available in this build.\n"
    static func run(_ arguments: [String]) -> Int32 {
        Console.err(help)
        return ExitCode.usage
    }
}
