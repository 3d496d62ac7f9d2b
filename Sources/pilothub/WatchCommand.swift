import Foundation
import PilotHub

/// `pilothub watch`: builds, then polls the content folder and rebuilds on change.
enum WatchCommand: CLICommand {
    static let name = "watch"
    static let summary = "build, then rebuild whenever a file in Content/ changes"
    static let help = """
    Usage: pilothub watch [--content DIR] [--output DIR] [--base-url URL] [--drafts] [--interval SECONDS]

    Builds like 'pilothub build', then checks the content folder every second (or
    --interval) and rebuilds when a file is added, removed or changed. Stop with Ctrl-C.

    Example:
      pilothub watch --output public

    """

    static func run(_ arguments: [String]) -> Int32 {
        let args = Arguments(arguments, valued: ["--content", "--output", "--base-url", "--interval"], booleans: ["--drafts"])
        if let e = args.error {
            Console.err("pilothub watch: \(e)\n\n\(help)")
            return ExitCode.usage
        }
        let interval = args["--interval"].flatMap(Double.init) ?? 1.0
        guard interval > 0 else {
            Console.err("pilothub watch: --interval must be a positive number\n")
            return ExitCode.usage
        }
        let options = BuildOptions(contentDirectory: args["--content"] ?? "Content", outputDirectory: args["--output"] ?? "public",
                                   baseURL: args["--base-url"], includeDrafts: args.has("--drafts"),
                                   showProgress: false, language: DiagnosticLanguage.fromEnvironment())
        var last = snapshot(options.contentDirectory)
        _ = BuildCommand.build(options)
        let sv = options.language == .sv
        Console.err(sv ? "Bevakar \(options.contentDirectory)/ (Ctrl-C avslutar)\n" : "Watching \(options.contentDirectory)/ (Ctrl-C stops)\n")
        while true {
            Thread.sleep(forTimeInterval: interval)
            let now = snapshot(options.contentDirectory)
            if now != last {
                last = now
                _ = BuildCommand.build(options)
            }
        }
    }

    /// Every file's path, size and modification time, sorted: a change in any is a change.
    static func snapshot(_ dir: String) -> [String] {
        let fm = FileManager.default
        guard let e = fm.enumerator(atPath: dir) else { return [] }
        var out: [String] = []
        while let rel = e.nextObject() as? String {
            if let a = try? fm.attributesOfItem(atPath: dir + "/" + rel) {
                let m = (a[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                let s = (a[.size] as? NSNumber)?.intValue ?? 0
                out.append("\(rel)\t\(s)\t\(m)")
            }
        }
        return out.sorted()
    }
}
