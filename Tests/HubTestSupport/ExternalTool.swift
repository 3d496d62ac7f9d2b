import Foundation

/// Runs programs that serve as independent oracles (python3, unzip, chromium, node) from tests.
/// Shared by the test targets that need them, so the helper exists once.
public enum ExternalTool {
    /// The absolute path of `name` on PATH, or nil.
    public static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    public static var hasPython: Bool {
        let ok = find("python3") != nil
        if !ok { print("skipped: python3 is not installed, so the zip/CSV/SVG oracle tests cannot run") }
        return ok
    }

    public static var hasUnzip: Bool {
        let ok = find("unzip") != nil
        if !ok { print("skipped: unzip is not installed (apt-get install -y unzip)") }
        return ok
    }

    public struct Output {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// Runs `name` with `arguments`, feeding `input` on stdin; waits for it to end.
    public static func run(_ name: String, _ arguments: [String], input: [UInt8] = [], currentDirectory: String? = nil) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: find(name) ?? name)
        process.arguments = arguments
        if let dir = currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: dir) }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Read both pipes on their own threads so that a chatty child cannot block on a full pipe.
        let outBox = DataBox(), errBox = DataBox()
        let group = DispatchGroup()
        for (pipe, box) in [(stdout, outBox), (stderr, errBox)] {
            group.enter()
            DispatchQueue.global().async {
                box.data = pipe.fileHandleForReading.readDataToEndOfFile()
                group.leave()
            }
        }
        stdin.fileHandleForWriting.write(Data(input))
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        group.wait()
        return Output(status: process.terminationStatus,
                      stdout: String(decoding: outBox.data, as: UTF8.self),
                      stderr: String(decoding: errBox.data, as: UTF8.self))
    }

    /// Runs a Python script given as text.
    public static func python(_ script: String, arguments: [String] = [], input: [UInt8] = []) throws -> Output {
        try run("python3", ["-c", script] + arguments, input: input)
    }

    /// A fresh empty folder under the system's temporary directory, removed when the test
    /// process exits (tests hand these folders around, so no single test can remove them).
    public static func temporaryDirectory(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("pilothub-\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        TemporaryFolders.shared.add(url.path)
        return url
    }
}

/// The folders to remove at exit.
private final class TemporaryFolders: @unchecked Sendable {
    static let shared: TemporaryFolders = {
        let t = TemporaryFolders()
        atexit { TemporaryFolders.shared.removeAll() }
        return t
    }()

    private let lock = NSLock()
    private var paths: [String] = []

    func add(_ path: String) {
        lock.lock()
        paths.append(path)
        lock.unlock()
    }

    func removeAll() {
        lock.lock()
        let all = paths
        paths = []
        lock.unlock()
        for p in all { try? FileManager.default.removeItem(atPath: p) }
    }
}

private final class DataBox: @unchecked Sendable {
    var data = Data()
}
