// SKELETON: written by the issue that owns `pilothub bundle`.
enum BundleCommand: CLICommand {
    static let name = "bundle"
    static let summary = "(not yet available)"
    static let help = "pilothub bundle: not yet available in this build.\n"
    static func run(_ arguments: [String]) -> Int32 {
        Console.err(help)
        return ExitCode.usage
    }
}
