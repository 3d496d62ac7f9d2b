import Foundation

/// A `pilothub` subcommand. Commands parse their own arguments and return an exit
/// code: 0 success, 1 content errors, 64 bad usage (as swift-argument-parser does).
protocol CLICommand {
    static var name: String { get }
    /// One line for `pilothub --help`.
    static var summary: String { get }
    /// The full `pilothub NAME --help` text, with examples.
    static var help: String { get }
    static func run(_ arguments: [String]) -> Int32
}

enum ExitCode {
    static let success: Int32 = 0
    static let contentErrors: Int32 = 1
    static let usage: Int32 = 64
    static let ioError: Int32 = 74
}

/// Unbuffered writes to standard output and error.
enum Console {
    static func out(_ s: String) { FileHandle.standardOutput.write(Data(s.utf8)) }
    static func err(_ s: String) { FileHandle.standardError.write(Data(s.utf8)) }
}

/// A small argument reader: `--flag`, `--option value`, `--option=value`, positionals.
struct Arguments {
    private(set) var flags: Set<String> = []
    private(set) var options: [String: String] = [:]
    private(set) var positionals: [String] = []
    private(set) var error: String?

    /// `valued` names the options that take a value (`--content`), `booleans` the flags.
    init(_ args: [String], valued: Set<String>, booleans: Set<String>) {
        var i = 0
        var onlyPositionals = false
        while i < args.count {
            let a = args[i]
            if onlyPositionals || !a.hasPrefix("-") || a == "-" {
                positionals.append(a)
            } else if a == "--" {
                onlyPositionals = true
            } else {
                var name = a
                var inlineValue: String?
                if let eq = a.firstIndex(of: "=") {
                    name = String(a[..<eq])
                    inlineValue = String(a[a.index(after: eq)...])
                }
                if valued.contains(name) {
                    if let v = inlineValue {
                        options[name] = v
                    } else if i + 1 < args.count {
                        options[name] = args[i + 1]
                        i += 1
                    } else {
                        error = "option \(name) needs a value"
                    }
                } else if booleans.contains(name), inlineValue == nil {
                    flags.insert(name)
                } else {
                    error = "unknown option \(a)"
                }
            }
            i += 1
        }
    }

    func has(_ flag: String) -> Bool { flags.contains(flag) }
    subscript(option: String) -> String? { options[option] }
}
