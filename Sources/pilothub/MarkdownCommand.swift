// SKELETON: written by the issue that owns `pilothub markdown`.
enum MarkdownCommand: CLICommand {
    static let name = "markdown"
    static let summary = "(not yet available)"
    static let help = "pilothub markdown: not yet available in this build.\n"
    static func run(_ arguments: [String]) -> Int32 {
        Console.err(help)
        return ExitCode.usage
    }
}
