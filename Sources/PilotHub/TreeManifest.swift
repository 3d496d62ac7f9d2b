import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The list of files a finished site holds, saved beside it (`.public.tree-<inode>`) so that
/// the build that later updates this tree (`OutputTree`) need not read every folder of it.
///
/// Why: listing the kept site was the costliest part of preparing the output. At 10,000
/// documents that is 10,000 folders; `readdir` on each took 0.2–0.5 s of system time, and
/// seconds when the folders' blocks had been evicted from memory since the last build. A
/// `lstat` per folder is several times cheaper and needs only the inodes.
///
/// The list is only trusted if the tree provably did not change after it was written. Any
/// file or folder created, removed, renamed or replaced (by a symlink, say) inside a folder
/// changes that folder's ctime, and ctime cannot be set back by anyone. So the list holds if
/// every folder below the top still has a ctime no later than the list's own modification
/// time (both from the same kernel clock), and the top folder, whose ctime each swap changes
/// by renaming it, still lists exactly the names the list expects. Otherwise the tree is
/// read in full, as without a list.
///
/// Each file's `ContentDigest` lets a rebuild skip a page whose new bytes have the digest
/// of the old ones without reading the old file back, provided the file's own ctime shows
/// it was not written since the manifest; otherwise the file is compared byte by byte.
struct TreeManifest: Equatable {
    /// Regular files, relative to the tree's top, in the order written.
    var files: [String]
    /// The digest of each file's bytes, as `files`.
    var digests: [ContentDigest]

    static let header = "pilothub-tree 2\n"

    /// The manifest file for the tree whose top folder has inode `inode`, next to the
    /// target `/…/public`: `/…/.public.tree-<inode>`.
    static func path(target: String, inode: UInt64) -> String {
        let parent = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        return parent + "/." + name + ".tree-\(inode)"
    }

    /// The folders the files lie in, each with all its ancestors, each once.
    var folders: [String] { Self.folders(of: files) }

    /// The folders `paths` lie in, each with all its ancestors, each once, in the order
    /// met. Cut at `/` bytes, as the file system cuts them; paths are ASCII nearly always,
    /// and every file of the site passes here.
    static func folders(of paths: [String]) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for path in paths {
            var path = path
            path.withUTF8 { b in
                var end = b.count
                while end > 0 {
                    var slash = end - 1
                    while slash > 0 && b[slash] != UInt8(ascii: "/") { slash -= 1 }
                    if slash == 0 { break }
                    let folder = String(decoding: UnsafeBufferPointer(rebasing: b[0..<slash]), as: UTF8.self)
                    if !seen.insert(folder).inserted { break }  // its ancestors are in already
                    out.append(folder)
                    end = slash
                }
            }
        }
        return out
    }

    /// One file per line after the header: `<size> <hash> <path>`. Nil when a path cannot
    /// be written that way.
    func encoded() -> [UInt8]? {
        guard files.count == digests.count else { return nil }
        var out = Array(Self.header.utf8)
        out.reserveCapacity(files.count * 80)
        for (f, d) in zip(files, digests) {
            if f.utf8.contains(UInt8(ascii: "\n")) || !FileWriter.isContained(f) { return nil }
            d.write(into: &out)
            out.append(UInt8(ascii: " "))
            out += f.utf8
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }

    /// The list from `encoded()`; nil for anything else (a damaged file is not trusted).
    /// Read as bytes: at 10,000 documents the list has 16,000 lines.
    static func decode(_ bytes: [UInt8]) -> TreeManifest? {
        let header = Array(Self.header.utf8)
        guard bytes.count >= header.count, Array(bytes[0..<header.count]) == header,
              bytes.last == UInt8(ascii: "\n") else { return nil }
        var files: [String] = []
        var digests: [ContentDigest] = []
        let ok: Bool = bytes.withUnsafeBufferPointer { b in
            var start = header.count
            while start < b.count {
                var end = start
                while b[end] != UInt8(ascii: "\n") { end += 1 }  // the last byte is one
                // The size and the hash, then the path (which may hold spaces).
                guard let (digest, pathStart) = ContentDigest.read(b, from: start, to: end), pathStart < end,
                      let path = String(validating: UnsafeBufferPointer(rebasing: b[pathStart..<end]), as: UTF8.self),
                      FileWriter.isContained(path) else { return false }
                files.append(path)
                digests.append(digest)
                start = end + 1
            }
            return true
        }
        return ok ? TreeManifest(files: files, digests: digests) : nil
    }

    /// Whether the tree at `root` holds exactly these files and `folders` (this manifest's
    /// `folders`, computed once by the caller), nothing else, and no folder changed after
    /// `writtenAt` (the manifest's modification time).
    func describes(root: String, folders: [String], writtenAt: timespec) -> Bool {
        // The top folder: exactly the names expected, folders as folders, files as files.
        var expected: [String: Bool] = [:]
        for f in files where !f.utf8.contains(UInt8(ascii: "/")) { expected[f] = false }
        for d in folders where !d.utf8.contains(UInt8(ascii: "/")) { expected[d] = true }
        guard let handle = opendir(root) else { return false }
        var found = 0
        var matches = true
        while matches, let entry = readdir(handle) {
            let name = FileWriter.name(of: entry)
            if name == "." || name == ".." { continue }
            var st = stat()
            guard let isFolder = expected[name], lstat(root + "/" + name, &st) == 0 else { matches = false; break }
            let type = st.st_mode & S_IFMT
            matches = isFolder ? type == S_IFDIR : type == S_IFREG
            found += 1
        }
        closedir(handle)
        guard matches && found == expected.count else { return false }
        // Every folder: still a folder (not a symlink), and nothing in it changed since.
        for d in folders {
            var st = stat()
            guard lstat(root + "/" + d, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR,
                  !Self.isLater(st.st_ctim, than: writtenAt) else { return false }
        }
        return true
    }

    static func isLater(_ a: timespec, than b: timespec) -> Bool {
        a.tv_sec != b.tv_sec ? a.tv_sec > b.tv_sec : a.tv_nsec > b.tv_nsec
    }
}
