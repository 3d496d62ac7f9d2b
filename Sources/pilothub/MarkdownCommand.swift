import Foundation
import PilotHub

/// `pilothub markdown`: CommonMark + GFM to HTML, like `cmark-gfm -e table -e strikethrough
/// -e autolink -e tasklist`, but safe by default.
enum MarkdownCommand: CLICommand {
    static let name = "markdown"
    static let summary = "render Markdown (CommonMark + GFM) to HTML"
    static let help = """
    Usage: pilothub markdown [--unsafe] [--tagfilter] [--commonmark] [FILE]

    Reads FILE (or standard input when FILE is missing) as UTF-8 Markdown and writes HTML
    to standard output. The GFM extensions (tables, strikethrough, extended autolinks,
    task lists) are on, as with `cmark-gfm -e table -e strikethrough -e autolink -e tasklist`.
    By default raw HTML is escaped and javascript:, vbscript:, file: and non-image data:
    links are dropped.

    Options:
      --unsafe       pass raw HTML and every URL through, as the CommonMark spec says
      --tagfilter    with --unsafe: GFM's tag filter (<script>, <title>, … become &lt;script>)
      --commonmark   strict CommonMark 0.31.2: every extension off
      -h, --help     show this help

    Examples:
      echo '# Hej *världen*' | pilothub markdown
      pilothub markdown Content/methods/behovsanalys-digital-sakerhet.md > /tmp/behovsanalys.html
      pilothub markdown --unsafe --tagfilter README.md
      pilothub markdown --commonmark --unsafe Content/pages/om.md

    """

    static func run(_ arguments: [String]) -> Int32 {
        let args = Arguments(arguments, valued: [], booleans: ["--unsafe", "--tagfilter", "--commonmark"])
        if let error = args.error {
            Console.err("pilothub markdown: \(error)\n\n\(help)")
            return ExitCode.usage
        }
        guard args.positionals.count <= 1 else {
            Console.err("pilothub markdown: give at most one FILE\n\n\(help)")
            return ExitCode.usage
        }
        let data: Data
        if let path = args.positionals.first, path != "-" {
            guard let d = FileManager.default.contents(atPath: path) else {
                Console.err("pilothub markdown: cannot read '\(path)'\n")
                return ExitCode.ioError
            }
            data = d
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        let options = MarkdownOptions(gfm: !args.flags.contains("--commonmark"),
                                      unsafe: args.flags.contains("--unsafe"),
                                      tagfilter: args.flags.contains("--tagfilter"))
        // Invalid UTF-8 becomes U+FFFD here; the engine replaces NUL and normalizes line ends.
        let source = String(decoding: data, as: UTF8.self)
        FileHandle.standardOutput.write(Data(Markdown.html(source, options: options).utf8))
        return ExitCode.success
    }
}
