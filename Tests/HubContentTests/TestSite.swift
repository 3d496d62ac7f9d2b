import Foundation
@testable import HubContent
import HubDiagnostics

/// A content folder written into a fresh temporary directory from `relative path → text`,
/// the way Hugo's tests describe a whole site in one literal. Removed by `remove()`.
struct TestSite {
    let root: String

    init(_ files: [String: String] = [:]) throws {
        root = NSTemporaryDirectory() + "pilothub-test-" + UUID().uuidString + "/Content"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for (path, text) in files { try write(path, Data(text.utf8)) }
    }

    func write(_ path: String, _ data: Data) throws {
        let url = URL(fileURLWithPath: root + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func write(_ path: String, bytes: [UInt8]) throws { try write(path, Data(bytes)) }

    func load(includeDrafts: Bool = false) -> (hub: Hub?, diagnostics: [Diagnostic]) {
        ContentLoader.load(contentDirectory: root, includeDrafts: includeDrafts)
    }

    /// `path:line:column id` of each diagnostic, with the site's root removed.
    func summary(_ ds: [Diagnostic]) -> [String] {
        ds.map { "\(relative($0.location.path)):\($0.location.line):\($0.location.column) \($0.id)" }
    }

    func relative(_ path: String) -> String {
        path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: (root as NSString).deletingLastPathComponent)
    }
}

/// Front matter of a minimal valid document of each kind, to build sites from.
enum Minimal {
    static func method(_ title: String = "Metod", extra: String = "", body: String = "Text.\n") -> String {
        "---\ntitle: \(title)\n\(extra)---\n\n\(body)"
    }
    static let project = "---\ntitle: Projekt\n---\n\nText.\n"
}

/// A file or folder of this target's `Resources`, wherever the platform's bundle layout put it
/// (Foundation on Linux treats the copied `Resources` folder as the bundle's own resource folder).
func resourcePath(_ relative: String) -> String {
    let candidates = [
        Bundle.module.bundleURL.appendingPathComponent("Resources/" + relative),
        Bundle.module.resourceURL?.appendingPathComponent("Resources/" + relative),
        Bundle.module.resourceURL?.appendingPathComponent(relative),
    ].compactMap { $0 }
    return (candidates.first { FileManager.default.fileExists(atPath: $0.path) } ?? candidates[0]).path
}

