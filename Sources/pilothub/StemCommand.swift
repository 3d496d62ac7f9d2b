import Foundation
import PilotHub

/// `pilothub stem --lang sv|en [FILE]`: one word per line in, one Snowball stem per line out.
enum StemCommand: CLICommand {
    static let name = "stem"
    static let summary = "Snowball stems (Swedish, English), one word per line"
    static let help = """
    pilothub stem --lang sv|en [FILE]

    Reads one word per line from FILE (standard input by default) and writes one stem per
    line, with the Snowball 3.x stemmer the search index uses: Swedish (sv) or English
    Porter2 (en). Words are lowercased first; an empty line gives an empty line.

    Options:
      --lang sv|en   the stemmer's language (required)

    Examples:
      echo krypteringen | pilothub stem --lang sv      # kryptering
      printf 'running\\ngeologist\\n' | pilothub stem --lang en
      pilothub stem --lang sv ord.txt > stammar.txt

    """

    static func run(_ arguments: [String]) -> Int32 {
        let args = Arguments(arguments, valued: ["--lang"], booleans: [])
        if let error = args.error {
            Console.err("pilothub stem: \(error)\n\n" + help)
            return ExitCode.usage
        }
        guard let langName = args["--lang"], let language = StemLanguage(rawValue: langName) else {
            Console.err("pilothub stem: --lang sv or --lang en is required\n\n" + help)
            return ExitCode.usage
        }
        if args.positionals.count > 1 {
            Console.err("pilothub stem: at most one FILE\n\n" + help)
            return ExitCode.usage
        }
        let data: Data
        if let file = args.positionals.first, file != "-" {
            guard let d = FileManager.default.contents(atPath: file) else {
                Console.err("pilothub stem: cannot read \(file)\n")
                return ExitCode.ioError
            }
            data = d
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        let text = String(decoding: data, as: UTF8.self)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        for line in lines {
            var word = Substring(line)
            if word.hasSuffix("\r") { word = word.dropLast() }
            out += Stemmer.stem(word.lowercased(), language: language)
            out += "\n"
        }
        Console.out(out)
        return ExitCode.success
    }
}
