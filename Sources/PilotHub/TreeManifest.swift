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
    var folders: [String] {
        var seen = Set<Substring>()
        var out: [String] = []
        for f in files {
            var p = Substring(f)
            while let slash = p.lastIndex(of: "/") {
                p = p[..<slash]
                if !seen.insert(p).inserted { break }  // its ancestors are in already
                out.append(String(p))
            }
        }
        return out
    }

    /// One file per line after the header: `<size> <hash> <path>`. Nil when a path cannot
    /// be written that way.
    func encoded() -> [UInt8]? {
        guard files.count == digests.count else { return nil }
        var out = Array(Self.header.utf8)
        for (f, d) in zip(files, digests) {
            if f.utf8.contains(UInt8(ascii: "\n")) || !FileWriter.isContained(f) { return nil }
            out += d.text.utf8
            out.append(UInt8(ascii: " "))
            out += f.utf8
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }

    /// The list from `encoded()`; nil for anything else (a damaged file is not trusted).
    static func decode(_ bytes: [UInt8]) -> TreeManifest? {
        let header = Array(Self.header.utf8)
        guard bytes.count >= header.count, Array(bytes[0..<header.count]) == header,
              bytes.last == UInt8(ascii: "\n") else { return nil }
        var files: [String] = []
        var digests: [ContentDigest] = []
        var start = header.count
        for i in header.count..<bytes.count where bytes[i] == UInt8(ascii: "\n") {
            guard let line = String(validating: bytes[start..<i], as: UTF8.self) else { return nil }
            // The size and the hash, then the path (which may hold spaces).
            let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3, let digest = ContentDigest(text: line[parts[0].startIndex..<parts[1].endIndex]),
                  FileWriter.isContained(String(parts[2])) else { return nil }
            files.append(String(parts[2]))
            digests.append(digest)
            start = i + 1
        }
        return TreeManifest(files: files, digests: digests)
    }

    /// Whether the tree at `root` holds exactly these files and folders, nothing else, and
    /// no folder changed after `writtenAt` (the manifest's modification time).
    func describes(root: String, writtenAt: timespec) -> Bool {
        let folders = self.folders
        // The top folder: exactly the names expected, folders as folders, files as files.
        var expected: [String: Bool] = [:]
        for f in files where !f.contains("/") { expected[f] = false }
        for d in folders where !d.contains("/") { expected[d] = true }
        guard let handle = opendir(root) else { return false }
        var found = 0
        var matches = true
        while matches, let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
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
