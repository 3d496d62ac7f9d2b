import Foundation
@testable import PilotHub

/// A fresh folder under the system temp dir, removed by `remove()`.
struct TempDir {
    let path: String

    init(_ name: String = "pilothub-test") {
        path = NSTemporaryDirectory() + "/\(name)-\(getpid())-\(UUID().uuidString.prefix(8))"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func write(_ relative: String, _ text: String) {
        let p = path + "/" + relative
        try? FileManager.default.createDirectory(atPath: (p as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: p, contents: Data(text.utf8))
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// Every file of a tree, relative path → contents.
func snapshot(_ root: String) -> [String: Data] {
    var out: [String: Data] = [:]
    guard let e = FileManager.default.enumerator(atPath: root) else { return out }
    while let rel = e.nextObject() as? String {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: root + "/" + rel, isDirectory: &isDir), !isDir.boolValue {
            out[rel] = FileManager.default.contents(atPath: root + "/" + rel)
        }
    }
    return out
}

/// The `pilothub` executable SwiftPM built next to the tests.
func pilothubBinary() -> String? {
    var dir = Bundle.module.bundleURL.deletingLastPathComponent()
    for _ in 0..<3 {
        let candidate = dir.appendingPathComponent("pilothub").path
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        dir = dir.deletingLastPathComponent()
    }
    return nil
}

/// Runs the binary; returns exit status and standard error.
@discardableResult
func run(_ binary: String, _ args: [String], cwd: String, env: [String: String] = [:]) throws -> (status: Int32, stderr: String, stdout: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: binary)
    p.arguments = args
    p.currentDirectoryURL = URL(fileURLWithPath: cwd)
    var environment = ProcessInfo.processInfo.environment
    for (k, v) in env { environment[k] = v }
    p.environment = environment
    let err = Pipe(), out = Pipe()
    p.standardError = err
    p.standardOutput = out
    try p.run()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: errData, as: UTF8.self), String(decoding: outData, as: UTF8.self))
}
