import Foundation
import Testing
@testable import HubSite

/// The stylesheet and script are carried in the binary as Swift source
/// (Scripts/embed-assets.py); the files in Sources/HubSite/Resources are what is edited.
@Suite("Site assets in the binary")
struct SiteAssetSourceTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/HubSite/Resources")

    @Test("every file of Resources/ is in the binary byte for byte and written under assets/ (else run Scripts/embed-assets.py)")
    func sameAsFiles() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        #expect(SiteAssetSource.files.map(\.name).sorted() == names)
        for file in SiteAssets.files {
            #expect(file.path.hasPrefix("assets/"))
            let onDisk = try Data(contentsOf: Self.folder.appendingPathComponent(String(file.path.dropFirst("assets/".count))))
            #expect(file.bytes == Array(onDisk), "\(file.path) differs from Resources/: run python3 Scripts/embed-assets.py")
        }
        #expect(SiteAssets.files.count == names.count)
    }
}
