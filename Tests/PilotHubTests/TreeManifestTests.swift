import Foundation
import Testing
import HubTestSupport
@testable import PilotHub

/// A rebuild learns what the kept previous site holds from the manifest saved beside it,
/// instead of reading every folder, but only while the tree provably has not changed since.
@Suite("The kept site's manifest", .serialized)
struct TreeManifestTests {
    /// The fixture built twice: the first site is kept as `.public.previous`, with its manifest.
    func builtTwice() throws -> (TempDir, Hub, String) {
        let (dir, hub) = fixtureOnDisk()
        _ = try SiteBuilder.build(hub: hub, options: options(dir))
        _ = try SiteBuilder.build(hub: hub, options: options(dir))
        return (dir, hub, dir.path + "/.public.previous")
    }

    /// How the next build would learn the kept site; the site is put back afterwards.
    func origin(_ dir: TempDir) throws -> OutputTree.Origin {
        let folder = OutputFolder(target: dir.path + "/public")
        let tree = try folder.prepare()
        folder.discard()
        return tree.origin
    }

    /// Every file and every folder of a tree (relative paths; folders end in `/`).
    func entries(_ root: String) -> Set<String> {
        var out = Set<String>()
        guard let e = FileManager.default.enumerator(atPath: root) else { return out }
        while let rel = e.nextObject() as? String {
            var isDir: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root + "/" + rel, isDirectory: &isDir)
            out.insert(isDir.boolValue ? rel + "/" : rel)
        }
        return out
    }

    /// The rebuild gives exactly a fresh build's tree, folders included.
    func expectRebuildEqualsFresh(_ dir: TempDir, _ hub: Hub) throws {
        let result = try SiteBuilder.build(hub: hub, options: options(dir))
        #expect(result.wroteOutput)
        _ = try SiteBuilder.build(hub: hub, options: options(dir, output: "fresh"))
        #expect(entries(dir.path + "/public") == entries(dir.path + "/fresh"))
        #expect(snapshot(dir.path + "/public") == snapshot(dir.path + "/fresh"))
    }

    @Test("an untouched kept site is listed by its manifest, and the rebuild equals a fresh build")
    func untouched() throws {
        let (dir, hub, previous) = try builtTwice()
        defer { dir.remove() }
        #expect(try origin(dir) == .manifest)
        // The manifest lists exactly the kept site's files.
        var st = stat()
        #expect(lstat(previous, &st) == 0)
        let folder = OutputFolder(target: dir.path + "/public")
        let (manifest, _) = try #require(folder.readManifest(inode: UInt64(st.st_ino)))
        #expect(Set(manifest.files) == Set(entries(previous).filter { !$0.hasSuffix("/") }))
        #expect(Set(manifest.folders.map { $0 + "/" }) == Set(entries(previous).filter { $0.hasSuffix("/") }))
        try expectRebuildEqualsFresh(dir, hub)
        // Only the manifests of the two trees that exist are kept.
        let manifests = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".public.tree-") }
        #expect(manifests.count == 2)
    }

    @Test("a page changed in place keeps the manifest valid, and the page is still rewritten")
    func contentChanged() throws {
        let (dir, hub, previous) = try builtTwice()
        defer { dir.remove() }
        let page = previous + "/methods/behovsanalys/index.html"
        let handle = try #require(FileHandle(forWritingAtPath: page))
        handle.write(Data("changed".utf8))
        handle.closeFile()
        #expect(try origin(dir) == .manifest)
        try expectRebuildEqualsFresh(dir, hub)
    }

    /// Each way of changing what the kept site holds, after its manifest was written.
    static let tamperings: [String] = ["file added deep", "file added at the top", "file removed", "folder added",
                                       "folder replaced by a symlink", "file replaced by a symlink", "manifest damaged",
                                       "manifest writable by others"]

    @Test("a kept site changed after its manifest was written is read in full", arguments: tamperings)
    func tampered(_ how: String) throws {
        let (dir, hub, previous) = try builtTwice()
        defer { dir.remove() }
        let fm = FileManager.default
        dir.write("outside.txt", "keep me\n")
        try fm.createDirectory(atPath: dir.path + "/outside-dir", withIntermediateDirectories: true)
        var st = stat()
        #expect(lstat(previous, &st) == 0)
        let manifestPath = TreeManifest.path(target: dir.path + "/public", inode: UInt64(st.st_ino))
        #expect(fm.fileExists(atPath: manifestPath))
        switch how {
        case "file added deep": dir.write(".public.previous/methods/behovsanalys/stale.txt", "stale\n")
        case "file added at the top": dir.write(".public.previous/stale.txt", "stale\n")
        case "file removed": try fm.removeItem(atPath: previous + "/methods/behovsanalys/index.html")
        case "folder added": try fm.createDirectory(atPath: previous + "/methods/behovsanalys/empty", withIntermediateDirectories: true)
        case "folder replaced by a symlink":
            try fm.removeItem(atPath: previous + "/methods/behovsanalys")
            try fm.createSymbolicLink(atPath: previous + "/methods/behovsanalys", withDestinationPath: dir.path + "/outside-dir")
        case "file replaced by a symlink":
            try fm.removeItem(atPath: previous + "/index.html")
            try fm.createSymbolicLink(atPath: previous + "/index.html", withDestinationPath: dir.path + "/outside.txt")
        case "manifest damaged":
            let bytes = try #require(fm.contents(atPath: manifestPath))
            try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: manifestPath))
        case "manifest writable by others":
            // Anyone could have edited it since: not trusted.
            #expect(chmod(manifestPath, 0o666) == 0)
        default: Issue.record("unknown case \(how)")
        }
        #expect(try origin(dir) == .scanned)
        try expectRebuildEqualsFresh(dir, hub)
        #expect(try String(contentsOfFile: dir.path + "/outside.txt", encoding: .utf8) == "keep me\n")
        #expect(try fm.contentsOfDirectory(atPath: dir.path + "/outside-dir").isEmpty)
    }

    @Test("the manifest's format: a round trip, and anything else refused")
    func format() throws {
        let files = ["index.html", "methods/a/index.html", "search/t-å.js", "med mellanslag.pdf"]
        let m = TreeManifest(files: files, digests: files.map { ContentDigest(Array($0.utf8)) })
        let bytes = try #require(m.encoded())
        #expect(TreeManifest.decode(bytes) == m)
        #expect(Set(m.folders) == ["methods", "methods/a", "search"])
        let one = [ContentDigest([1])]
        #expect(TreeManifest(files: ["a\nb"], digests: one).encoded() == nil)
        #expect(TreeManifest(files: ["../a"], digests: one).encoded() == nil)
        #expect(TreeManifest(files: ["a", "b"], digests: one).encoded() == nil, "a digest per file")
        #expect(TreeManifest.decode(Array(bytes.dropLast())) == nil, "cut short")
        let digest = ContentDigest([1]).text
        #expect(TreeManifest.decode(Array("pilothub-tree 2\n\(digest) index.html\n".utf8)) != nil)
        #expect(TreeManifest.decode(Array("pilothub-tree 1\n\(digest) index.html\n".utf8)) == nil, "another version")
        #expect(TreeManifest.decode(Array("pilothub-tree 2\n\(digest) ../index.html\n".utf8)) == nil, "a path that leaves the tree")
        #expect(TreeManifest.decode(Array("pilothub-tree 2\n\(digest) /etc/passwd\n".utf8)) == nil, "an absolute path")
        #expect(TreeManifest.decode(Array("pilothub-tree 2\nindex.html\n".utf8)) == nil, "no digest")
        #expect(TreeManifest.decode(Array("pilothub-tree 2\n12 abc index.html\n".utf8)) == nil, "a short hash")
        #expect(TreeManifest.decode([0xFF, 0xFE]) == nil)
        #expect(TreeManifest.decode(Array("pilothub-tree 2\n\(digest)\n".utf8)) == nil, "no path")
        #expect(TreeManifest.decode(Array("pilothub-tree 2\n\(digest) \n".utf8)) == nil, "an empty path")
        #expect(TreeManifest.decode(Array("pilothub-tree 2\n\(digest.uppercased()) a\n".utf8)) == nil, "not as written")
        // Damaged anywhere, a manifest is refused or read as some list, never a crash.
        var rng = SplitMix(seed: 2026)
        for _ in 0..<2000 {
            var damaged = bytes
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                let at = Int.random(in: 0..<damaged.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: damaged[at] = UInt8.random(in: 0...255, using: &rng)
                case 1: damaged.remove(at: at)
                default: damaged.insert(UInt8(ascii: [" ", "\n", "/", "0", "f"].randomElement(using: &rng)!), at: at)
                }
                if damaged.isEmpty { break }
            }
            if let read = TreeManifest.decode(damaged) {
                #expect(read.files.count == read.digests.count)
                #expect(read.files.allSatisfy(FileWriter.isContained))
            }
        }
    }

    @Test("digests: the same bytes give the same digest; any one changed bit, byte or length another")
    func digests() {
        var rng = SplitMix(seed: 1127)
        var seen = Set<String>()
        for length in [0, 1, 7, 8, 9, 31, 32, 33, 63, 64, 65, 100, 1000, 4099] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let d = ContentDigest(bytes)
            #expect(ContentDigest(bytes) == d)
            #expect(ContentDigest(text: Substring(d.text)) == d)
            #expect(seen.insert(d.text).inserted)
            for _ in 0..<50 where length > 0 {
                var flipped = bytes
                let at = Int.random(in: 0..<length, using: &rng)
                flipped[at] ^= UInt8(1) << UInt8.random(in: 0..<8, using: &rng)
                #expect(ContentDigest(flipped) != d, "bit flipped at \(at) of \(length)")
            }
            // The tail is zero-padded: a trailing zero byte must still differ.
            #expect(ContentDigest(bytes + [0]) != d)
        }
        // Every single-bit flip of a fixed buffer: all digests distinct.
        let base = Array("Behovsanalys: kartlägg först, köp sedan. ".utf8)
        var flips = Set<String>([ContentDigest(base).text])
        for i in 0..<base.count {
            for bit in 0..<8 {
                var b = base
                b[i] ^= UInt8(1) << UInt8(bit)
                flips.insert(ContentDigest(b).text)
            }
        }
        #expect(flips.count == 1 + base.count * 8)
    }

    @Test("a page whose digest the trusted manifest holds is skipped unread; one written since is compared")
    func digestSkip() throws {
        let dir = TempDir()
        defer { dir.remove() }
        dir.write("tree/page.html", "the OLD page\n")  // as long as the new one
        let new = Array("the new page\n".utf8)
        let manifest = TreeManifest(files: ["page.html"], digests: [ContentDigest(new)])
        // A manifest written after the file: its digest is trusted, the file is not read.
        let later = timespec(tv_sec: Int(Date().timeIntervalSince1970) + 3600, tv_nsec: 0)
        let trusted = OutputTree(root: dir.path + "/tree", files: manifest, writtenAt: later)
        #expect(try trusted.write(new, to: "page.html") == false)
        #expect(try String(contentsOfFile: dir.path + "/tree/page.html", encoding: .utf8) == "the OLD page\n")
        // The file changed after the manifest (its ctime is later): compared, and rewritten.
        let earlier = timespec(tv_sec: 1, tv_nsec: 0)
        let stale = OutputTree(root: dir.path + "/tree", files: manifest, writtenAt: earlier)
        #expect(try stale.write(new, to: "page.html") == true)
        #expect(try String(contentsOfFile: dir.path + "/tree/page.html", encoding: .utf8) == "the new page\n")
        // A trusted digest that differs: written without reading.
        let other = OutputTree(root: dir.path + "/tree", files: TreeManifest(files: ["page.html"], digests: [ContentDigest([1])]),
                               writtenAt: later)
        #expect(try other.write(new, to: "page.html") == true)
        // And the tree's own manifest holds what it wrote.
        #expect(other.manifest(files: ["page.html"])?.digests == [ContentDigest(new)])
        #expect(other.manifest(files: ["page.html", "never-written.html"]) == nil)
    }
}
