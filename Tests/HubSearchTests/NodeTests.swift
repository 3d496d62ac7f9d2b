import Foundation
import Testing

/// Runs the JavaScript tests (`node --test Tests/JS`) from `swift test`.
@Suite("JavaScript runtime (node --test)")
struct NodeTests {
    /// The package root, found from this file's path (Tests/HubSearchTests/NodeTests.swift).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The path of `node`, or nil when it is not installed.
    static func nodePath() -> String? {
        let env = ProcessInfo.processInfo.environment
        let dirs = (env["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        for dir in dirs {
            let p = dir + "/node"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    /// Runs node with `arguments` in the package root; returns (status, combined output).
    static func runNode(_ arguments: [String], environment: [String: String] = [:]) throws -> (Int32, String) {
        guard let node = nodePath() else { return (-1, "node not found") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: node)
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test("node --test Tests/JS passes", .enabled(if: nodePath() != nil, "node is not installed: the JS tests are skipped"))
    func nodeTestSuite() throws {
        let (status, output) = try Self.runNode(["--test", "Tests/JS"])
        let summary = output.split(separator: "\n").filter {
            $0.hasPrefix("# ") || $0.contains("sv:") || $0.contains("en:") || $0.contains("SKIP") || $0.hasPrefix("not ok")
        }
        print("node --test Tests/JS (exit \(status)):\n" + summary.joined(separator: "\n"))
        #expect(status == 0, "node --test failed:\n\(output.suffix(4000))")
    }
}
