import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder a build writes into: a temporary sibling of the target (`public.tmp-<pid>`)
/// that replaces the target only once complete, so that an interrupted or failed build
/// leaves the previous site untouched.
///
/// The site it replaces is not deleted but kept beside it as `.public.previous`, and the
/// next build starts from that copy and updates it in place (`OutputTree`): far fewer
/// files to create and none to delete, which is most of a large build's time otherwise.
public struct OutputFolder: Sendable {
    /// The target, absolute: `/…/public`.
    public let target: String
    /// The temporary folder being filled.
    public let temporary: String
    /// The lock file beside the target: `/…/.public.lock`.
    public let lockPath: String
    /// The site the last build replaced, kept for the next build to update: `/…/.public.previous`.
    public let previousPath: String

    public init(target: String) {
        let abs = OutputFolder.absolute(target)
        self.target = abs
        let parent = (abs as NSString).deletingLastPathComponent
        let name = (abs as NSString).lastPathComponent
        self.temporary = parent + "/" + name + ".tmp-\(getpid())"
        self.lockPath = parent + "/." + name + ".lock"
        self.previousPath = parent + "/." + name + ".previous"
    }

    static func absolute(_ path: String) -> String {
        var p = path
        if !p.hasPrefix("/") { p = FileManager.default.currentDirectoryPath + "/" + p }
        return (p as NSString).standardizingPath
    }

    private var parent: String { (target as NSString).deletingLastPathComponent }
    private var name: String { (target as NSString).lastPathComponent }

    /// Refuses targets that must never be replaced: the content folder or one of its
    /// ancestors, the working directory, `/`, and existing folders that are not a site.
    public func checkSafe(contentDirectory: String) throws(BuildFailure) {
        let content = OutputFolder.absolute(contentDirectory)
        let cwd = OutputFolder.absolute(".")
        if target == "/" || target == cwd || content == target || content.hasPrefix(target + "/") || target.hasPrefix(content + "/") {
            throw BuildFailure(sv: "utmappen \(target) får inte vara innehållsmappen, ligga i den, eller innehålla den",
                               en: "the output folder \(target) must not be, contain or lie inside the content folder")
        }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isDir) {
            guard isDir.boolValue else {
                throw BuildFailure(sv: "\(target) finns redan och är ingen mapp", en: "\(target) exists and is not a folder")
            }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: target)) ?? []
            if !entries.isEmpty && !entries.contains("index.html") {
                throw BuildFailure(sv: "\(target) finns redan men ser inte ut som en byggd webbplats (ingen index.html); välj en annan utmapp eller ta bort den",
                                   en: "\(target) exists but does not look like a built site (no index.html); choose another output folder or remove it")
            }
        }
    }

    /// Tidies what killed builds left behind (`public.tmp-*`, `public.old-*`) and puts a
    /// previous site back if a build died between the two renames of a swap. A left-over
    /// temporary folder becomes the copy the next build updates, when there is none; it holds
    /// a partly updated site, which `OutputTree` brings up to date like any other. Call with
    /// the lock held.
    public func recover() {
        let fm = FileManager.default
        let entries = OutputFolder.entries(of: parent, startingWith: name + ".").sorted()
        let olds = entries.filter { $0.hasPrefix(name + ".old-") }
        if !fm.fileExists(atPath: target), let last = olds.last {
            _ = rename(parent + "/" + last, target)
        }
        for e in entries where e.hasPrefix(name + ".tmp-") || e.hasPrefix(name + ".old-") {
            let path = parent + "/" + e
            guard fm.fileExists(atPath: path) else { continue }
            if !fm.fileExists(atPath: previousPath) && rename(path, previousPath) == 0 { continue }
            try? fm.removeItem(atPath: path)
        }
    }

    /// The names in `dir` that start with `prefix`. Read with `readdir` and compared as
    /// bytes: the parent of an output folder can be large (`/tmp` with thousands of entries),
    /// and Foundation's listing costs microseconds per name.
    static func entries(of dir: String, startingWith prefix: String) -> [String] {
        guard let handle = opendir(dir) else { return [] }
        defer { closedir(handle) }
        let want = Array(prefix.utf8)
        var out: [String] = []
        while let entry = readdir(handle) {
            let matches = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                want.count < raw.count && want.indices.allSatisfy { raw[$0] == want[$0] }
            }
            guard matches else { continue }
            out.append(FileWriter.name(of: entry))
        }
        return out
    }

    /// The temporary folder to fill: the kept previous site when there is one (renamed, so
    /// nothing is copied), else a new empty folder.
    func prepare() throws(BuildFailure) -> OutputTree {
        try? FileManager.default.removeItem(atPath: temporary)
        var st = stat()
        if lstat(previousPath, &st) == 0 {
            if (st.st_mode & S_IFMT) == S_IFDIR && rename(previousPath, temporary) == 0 {
                // The folder keeps its inode when renamed, and with it its manifest.
                if let (manifest, writtenAt) = readManifest(inode: UInt64(st.st_ino)) {
                    let folders = manifest.folders
                    if manifest.describes(root: temporary, folders: folders, writtenAt: writtenAt) {
                        return OutputTree(root: temporary, files: manifest, folders: folders, writtenAt: writtenAt)
                    }
                }
                return OutputTree(root: temporary, reuse: true)
            }
            try? FileManager.default.removeItem(atPath: previousPath)
        }
        guard mkdir(temporary, 0o755) == 0 else {
            throw BuildFailure(sv: "kan inte skapa \(temporary)", en: "cannot create \(temporary)")
        }
        return OutputTree(root: temporary, reuse: false)
    }

    /// The manifest saved for the tree whose top folder has `inode`, with its modification
    /// time; nil when there is none or it is damaged.
    func readManifest(inode: UInt64) -> (TreeManifest, timespec)? {
        let fd = open(TreeManifest.path(target: target, inode: inode), O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        // Only a manifest that no one else can have written: one that lists too few files
        // could otherwise hide a symlink planted in the tree from the checks.
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size < 1 << 30,
              st.st_uid == geteuid(), st.st_mode & (S_IWGRP | S_IWOTH) == 0 else { return nil }
        let bytes = FileWriter.readAll(fd, count: Int(st.st_size))
        guard bytes.count == Int(st.st_size), let manifest = TreeManifest.decode(bytes) else { return nil }
        return (manifest, st.st_mtim)
    }

    /// Saves the list of the files the site now in place holds (`TreeManifest`), for the
    /// build that will update it once it is the kept previous site; removes the manifests of
    /// trees that are gone. Call after `swapIn`, with the lock held, and only when the tree
    /// holds exactly the manifest's files (nil: none is saved). A manifest that cannot be
    /// saved costs only speed.
    func saveManifest(_ manifest: TreeManifest?) {
        var st = stat()
        guard lstat(target, &st) == 0 else { return }
        let path = TreeManifest.path(target: target, inode: UInt64(st.st_ino))
        var keep: Set<String> = [(path as NSString).lastPathComponent]
        var previous = stat()
        if lstat(previousPath, &previous) == 0 {
            keep.insert((TreeManifest.path(target: target, inode: UInt64(previous.st_ino)) as NSString).lastPathComponent)
        }
        for e in OutputFolder.entries(of: parent, startingWith: "." + name + ".tree-") where !keep.contains(e) {
            _ = unlink(parent + "/" + e)
        }
        guard let bytes = manifest?.encoded() else {
            _ = unlink(path)
            return
        }
        // Written beside and renamed over: a half-written manifest is never read.
        let temporaryPath = path + ".tmp-\(getpid())"
        let saved = bytes.withUnsafeBytes { buf in (try? FileWriter.write(buf, toPath: temporaryPath)) != nil }
        if !saved || rename(temporaryPath, path) != 0 {
            _ = unlink(temporaryPath)
            _ = unlink(path)
        }
    }

    /// Gives up the temporary folder after an error: it is kept as the copy the next build
    /// updates (it holds nothing the next build does not check), unless it is empty.
    public func discard() {
        if rmdir(temporary) == 0 { return }
        if FileManager.default.fileExists(atPath: previousPath) || rename(temporary, previousPath) != 0 {
            try? FileManager.default.removeItem(atPath: temporary)
        }
    }

    /// Puts the finished folder in place of the target: one atomic exchange where the
    /// system has it (Linux `renameat2`), else rename the old away, the new in, and
    /// delete the old; a crash between the two renames is repaired by `recover()`.
    public func swapIn() throws(BuildFailure) {
        let fm = FileManager.default
        if !fm.fileExists(atPath: target) {
            guard rename(temporary, target) == 0 else {
                throw BuildFailure(sv: "kan inte byta namn på \(temporary)", en: "cannot rename \(temporary)")
            }
            return
        }
        if OutputFolder.exchange(temporary, target) {
            keepAsPrevious(temporary)  // now holds the previous site
            return
        }
        let old = parent + "/" + name + ".old-\(getpid())"
        guard rename(target, old) == 0 else {
            throw BuildFailure(sv: "kan inte flytta undan \(target)", en: "cannot move \(target) aside")
        }
        guard rename(temporary, target) == 0 else {
            _ = rename(old, target)
            throw BuildFailure(sv: "kan inte byta in den nya webbplatsen", en: "cannot move the new site into place")
        }
        keepAsPrevious(old)
    }

    /// Keeps the replaced site as `.public.previous` for the next build to update.
    private func keepAsPrevious(_ path: String) {
        let fm = FileManager.default
        if fm.fileExists(atPath: previousPath) { try? fm.removeItem(atPath: previousPath) }
        if rename(path, previousPath) != 0 { try? fm.removeItem(atPath: path) }
    }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// Linux `renameat2(…, RENAME_EXCHANGE)`, looked up at run time because the C
    /// headers Swift imports hide it; false where the system or file system lacks it.
    static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
        guard let sym = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
        let fn = unsafeBitCast(sym, to: RenameAt2.self)
        let renameExchange: UInt32 = 2
        let atFDCWD: Int32 = -100
        return fn(atFDCWD, a, atFDCWD, b, renameExchange) == 0
        #else
        return false
        #endif
    }
}
