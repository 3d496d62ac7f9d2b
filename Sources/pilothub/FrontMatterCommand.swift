// SKELETON: written by the issue that owns `pilothub frontmatter`.
enum FrontMatterCommand: CLICommand {
    static let name = "frontmatter"
    static let summary = "(not yet available)"
    static let help = "pilothub frontmatter: not yet available in this build.\n"
    static func run(_ arguments: [String]) -> Int32 {
        Console.err(help)
        return ExitCode.usage
    }
}
