import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder tree a build writes into: either empty, or the previous site (the copy kept
/// as `.public.previous`) brought up to date in place.
///
/// Why reuse: on a large site the file system, not the rendering, is the cost. Creating
/// 10,000 folders and 16,000 files takes seconds, and deleting the replaced site takes
/// longer still; on ext4 without a journal, inodes freed in the last minutes are skipped
/// one by one when new ones are allocated, so a build right after a delete is slower again.
/// Writing into existing files allocates nothing, and a page whose bytes did not change is
/// not written at all (which also keeps its modification time, so `rsync` sends only what
/// changed). Whatever the old tree held that this build did not write is removed at the end,
/// so the result is exactly the same tree as a build into an empty folder.
///
/// Safe for concurrent `write` calls from many threads: the scan is done before, and each
/// file is written by one caller.
final class OutputTree: @unchecked Sendable {
    let root: String
    /// Regular files found at the start, relative to `root`.
    private let existingFiles: Set<String>
    /// Folders found at the start, relative to `root`, each before its parent.
    private let existingFolders: [String]
    /// How the earlier site's files were learnt (for tests and timings).
    let origin: Origin
    /// From a trusted manifest: the digest of each earlier file, and when the manifest was
    /// written (a file whose ctime is later was changed since).
    private let known: [String: ContentDigest]
    private let knownAt: timespec
    /// The digest of every file written or kept by this build, for its manifest.
    private var digests: [String: ContentDigest] = [:]
    /// In a tree that started empty: the folders already made for files, relative to `root`.
    /// Each file's folder is made before the file is opened, instead of after an open that
    /// fails because it is missing: a thousand failed path lookups fewer per 1,000 pages.
    private var madeFolders = Set<String>()
    /// Guards `digests` and `madeFolders`, both updated once per file.
    private let lock = NSLock()

    enum Origin: Sendable, Equatable {
        /// A new, empty folder.
        case empty
        /// Every folder of the earlier site read (`readdir`).
        case scanned
        /// Taken from the saved manifest, checked against the folders (`TreeManifest`).
        case manifest

        /// For `--timings`.
        var label: String {
            switch self {
            case .empty: return "none kept"
            case .scanned: return "every folder read"
            case .manifest: return "listed by its manifest"
            }
        }
    }

    /// An empty folder (`reuse` false) or an earlier site to update (`reuse` true). The scan
    /// removes anything that is neither a regular file nor a folder (symlinks above all), so
    /// no write can be redirected outside the tree.
    init(root: String, reuse: Bool) {
        self.root = root
        var files = Set<String>()
        var folders: [String] = []
        if reuse { OutputTree.scan(root, relative: "", files: &files, folders: &folders) }
        origin = reuse ? .scanned : .empty
        existingFiles = files
        known = [:]
        knownAt = timespec()
        // Descending order puts every folder before its parent (a parent's path is a prefix
        // of its children's), which is all `removeStale` needs.
        existingFolders = folders.sorted(by: >)
    }

    /// An earlier site whose files and folders a saved manifest lists (checked by the caller
    /// with `TreeManifest.describes`), so that it need not be read.
    init(root: String, files manifest: TreeManifest, folders: [String]? = nil, writtenAt: timespec) {
        self.root = root
        existingFiles = Set(manifest.files)
        existingFolders = (folders ?? manifest.folders).sorted(by: >)
        origin = .manifest
        known = Dictionary(zip(manifest.files, manifest.digests), uniquingKeysWith: { a, _ in a })
        knownAt = writtenAt
    }

    /// How many files the tree held before this build (for tests and timings).
    var reusedFileCount: Int { existingFiles.count }

    /// Writes `bytes` to `relative`, creating folders; a file that already holds exactly
    /// these bytes is left alone. Returns whether the file was written.
    @discardableResult
    func write(_ bytes: UnsafeRawBufferPointer, to relative: String) throws(BuildFailure) -> Bool {
        guard FileWriter.isContained(relative) else {
            throw BuildFailure(sv: "vägrar skriva utanför utmappen: \(relative)", en: "refusing to write outside the output folder: \(relative)")
        }
        let path = root + "/" + relative
        let digest = ContentDigest(bytes)
        // The file's folder is made first if this build has not made it yet (empty tree only).
        let newFolder = origin == .empty ? FileWriter.parent(of: relative) : nil
        let makeFolder = lock.withLock { () -> Bool in
            digests[relative] = digest
            return newFolder.map { madeFolders.insert($0).inserted } ?? false
        }
        // Another thread may open a file in it before it exists; `FileWriter.write` then makes it.
        if makeFolder, let newFolder { FileWriter.makeDirectories(root + "/" + newFolder) }
        if let old = known[relative] {
            // The earlier file's bytes are known without reading them, unless it was written since.
            var st = stat()
            if lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, !TreeManifest.isLater(st.st_ctim, than: knownAt) {
                if old == digest && Int(st.st_size) == bytes.count { return false }
                if old != digest {
                    try FileWriter.write(bytes, toPath: path)
                    return true
                }
            }
        }
        if existingFiles.contains(relative) && FileWriter.holds(bytes, path: path) { return false }
        try FileWriter.write(bytes, toPath: path)
        return true
    }

    /// The manifest of the tree once it holds exactly `files` (all written by this build);
    /// nil if one of them was not.
    func manifest(files: [String]) -> TreeManifest? {
        lock.withLock {
            var list: [ContentDigest] = []
            list.reserveCapacity(files.count)
            for f in files {
                guard let d = digests[f] else { return nil }
                list.append(d)
            }
            return TreeManifest(files: files, digests: list)
        }
    }

    // The closure-taking buffer API rethrows untyped errors, so the typed one is carried out.
    @discardableResult
    func write(_ bytes: [UInt8], to relative: String) throws(BuildFailure) -> Bool {
        let r: Result<Bool, BuildFailure> = bytes.withUnsafeBytes { buf in
            do throws(BuildFailure) { return .success(try write(buf, to: relative)) } catch { return .failure(error) }
        }
        return try r.get()
    }

    /// Removes what the earlier site held and this build did not write: files first, then
    /// the folders that hold nothing written (deepest first, so they are empty by then).
    /// Returns whether the tree now holds exactly `written` and their folders.
    @discardableResult
    func removeStale(keeping written: Set<String>) -> Bool {
        var complete = true
        for f in existingFiles where !written.contains(f) {
            if unlink(root + "/" + f) != 0 && errno != ENOENT { complete = false }
        }
        guard !existingFolders.isEmpty else { return complete }
        let used = Set(TreeManifest.folders(of: Array(written)))
        for d in existingFolders where !used.contains(d) {
            if rmdir(root + "/" + d) != 0 && errno != ENOENT { complete = false }
        }
        return complete
    }

    /// Lists regular files and folders under `dir`; removes everything else.
    private static func scan(_ dir: String, relative: String, files: inout Set<String>, folders: inout [String]) {
        guard let handle = opendir(dir) else { return }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let name = FileWriter.name(of: entry)
            if name == "." || name == ".." { continue }
            let path = dir + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            var type = Int32(entry.pointee.d_type)
            if type == Int32(DT_UNKNOWN) {
                var st = stat()
                guard lstat(path, &st) == 0 else { continue }
                switch st.st_mode & S_IFMT {
                case S_IFDIR: type = Int32(DT_DIR)
                case S_IFREG: type = Int32(DT_REG)
                default: type = Int32(DT_LNK)
                }
            }
            if type == Int32(DT_DIR) {
                folders.append(rel)
                scan(path, relative: rel, files: &files, folders: &folders)
            } else if type == Int32(DT_REG) {
                files.insert(rel)
            } else {
                _ = unlink(path)
            }
        }
    }
}
