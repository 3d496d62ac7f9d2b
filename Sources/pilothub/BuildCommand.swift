// SKELETON: written by the issue that owns `pilothub build`.
enum BuildCommand: CLICommand {
    static let name = "build"
    static let summary = "(not yet available)"
    static let help = "pilothub build: not yet available in this build.\n"
    static func run(_ arguments: [String]) -> Int32 {
        Console.err(help)
        return ExitCode.usage
    }
}
