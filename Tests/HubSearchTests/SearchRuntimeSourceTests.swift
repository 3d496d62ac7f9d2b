import Foundation
import Testing
@testable import HubSearch

/// The runtime is carried in the binary as Swift source (Scripts/embed-assets.py); the files
/// in Sources/HubSearch/Resources are what is edited and what the node tests load.
@Suite("Search runtime in the binary")
struct SearchRuntimeSourceTests {
    static let folder = NodeTests.packageRoot.appendingPathComponent("Sources/HubSearch/Resources")

    @Test("each runtime file in the binary is byte for byte the file in Resources/ (else run Scripts/embed-assets.py)")
    func sameAsFiles() throws {
        #expect(SearchRuntimeSource.files.map(\.name) == SearchIndexBuilder.runtimeFileNames)
        for file in SearchRuntimeSource.files {
            let onDisk = try Data(contentsOf: Self.folder.appendingPathComponent(file.name))
            #expect(Array(file.text.utf8) == Array(onDisk), "\(file.name) differs from Resources/: run python3 Scripts/embed-assets.py")
        }
    }

    @Test("every script in Resources/ is carried, and the build writes them as they are")
    func everyScript() throws {
        let scripts = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".js") }
        #expect(scripts.sorted() == SearchRuntimeSource.files.map(\.name).sorted())
        let written = SearchIndexBuilder.runtimeFiles()
        #expect(written.map(\.path) == SearchIndexBuilder.runtimeFileNames.map { "search/" + $0 })
        for file in written {
            let onDisk = try Data(contentsOf: Self.folder.appendingPathComponent(String(file.path.dropFirst("search/".count))))
            #expect(file.bytes == Array(onDisk))
        }
    }
}
