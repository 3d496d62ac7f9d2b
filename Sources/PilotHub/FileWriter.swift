import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain POSIX file writing and reading for the hot part of the build (thousands of small
/// files from many threads): no Foundation objects per file. `OutputTree` decides what to write.
enum FileWriter {
    /// Creates `dir` and its missing parents; concurrent callers may race, which is harmless.
    /// Something that is not a folder where a folder must go (left by an earlier site in a
    /// reused tree) is removed first.
    static func makeDirectories(_ dir: String) {
        if mkdir(dir, 0o755) == 0 { return }
        if errno == EEXIST {
            var st = stat()
            if lstat(dir, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR { return }
            _ = unlink(dir)
            if mkdir(dir, 0o755) == 0 || errno == EEXIST { return }
        }
        if let parent = parent(of: dir) { makeDirectories(parent) }
        _ = mkdir(dir, 0o755)
    }

    /// The folder part of a path built by the writer (`root + "/" + relative`, no trailing
    /// slash), or nil at the top. On bytes: `NSString.deletingLastPathComponent` cost more
    /// than the `mkdir` it served (about 34,000 instructions a call).
    static func parent(of path: String) -> String? {
        var path = path
        return path.withUTF8 { u -> String? in
            guard let slash = u.lastIndex(of: UInt8(ascii: "/")), slash > 0 else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: u[..<slash]), as: UTF8.self)
        }
    }

    /// Writes `bytes` to the absolute `path`, creating folders. Callers check containment
    /// (`OutputTree.write`). A folder or a symlink in the way, left by an earlier site in a
    /// reused tree, is removed; a symlink is never followed.
    static func write(_ bytes: UnsafeRawBufferPointer, toPath path: String) throws(BuildFailure) {
        let flags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW
        var fd = open(path, flags, 0o644)
        if fd < 0 && (errno == ENOENT || errno == ENOTDIR) {
            if let parent = parent(of: path) { makeDirectories(parent) }
            fd = open(path, flags, 0o644)
        }
        if fd < 0 && (errno == EISDIR || errno == ELOOP || errno == EACCES) {
            try? FileManager.default.removeItem(atPath: path)
            fd = open(path, flags, 0o644)
        }
        guard fd >= 0 else { throw BuildFailure(sv: "kan inte skriva \(path)", en: "cannot write \(path)") }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw BuildFailure(sv: "kan inte skriva \(path)", en: "cannot write \(path)")
            }
            offset += n
        }
    }

    /// Whether the regular file at `path` (not a symlink) holds exactly `bytes`: compared in
    /// chunks, so a large page is not read into memory whole.
    static func holds(_ bytes: UnsafeRawBufferPointer, path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, Int(st.st_size) == bytes.count else { return false }
        let chunk = min(bytes.count, 1 << 16)
        if chunk == 0 { return true }
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 16)
        defer { buffer.deallocate() }
        var offset = 0
        while offset < bytes.count {
            let want = min(chunk, bytes.count - offset)
            var got = 0
            while got < want {
                let n = read(fd, buffer + got, want - got)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return false }
                got += n
            }
            if memcmp(buffer, bytes.baseAddress! + offset, want) != 0 { return false }
            offset += want
        }
        return true
    }

    /// A relative path with no `..`, no empty or absolute parts and no backslashes.
    /// Checked as bytes: every written file passes here.
    static func isContained(_ relative: String) -> Bool {
        var partLength = 0, dots = 0
        for b in relative.utf8 {
            switch b {
            case UInt8(ascii: "\\"), 0: return false
            case UInt8(ascii: "/"):
                // An empty part (also a leading `/`), `.` or `..`.
                if partLength == 0 || partLength == dots && dots <= 2 { return false }
                partLength = 0; dots = 0
            default:
                partLength += 1
                if b == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return !(partLength == 0 || partLength == dots && dots <= 2)
    }

    /// Reads a file inside `root` for copying, refusing symlinks anywhere below `root`
    /// and anything whose real path leaves `root`. Nil with a reason when refused.
    static func readContained(_ relative: String, root: String) -> (bytes: [UInt8]?, refusal: String?) {
        guard isContained(relative) else { return (nil, "path leaves the content folder") }
        var path = root
        for comp in relative.split(separator: "/") {
            path += "/" + comp
            var st = stat()
            guard lstat(path, &st) == 0 else { return (nil, "missing") }
            if (st.st_mode & S_IFMT) == S_IFLNK { return (nil, "symlink") }
        }
        guard let realRoot = realpath(root, nil) else { return (nil, "missing") }
        defer { free(realRoot) }
        guard let real = realpath(path, nil) else { return (nil, "missing") }
        defer { free(real) }
        let r = String(cString: realRoot), p = String(cString: real)
        guard p.hasPrefix(r.hasSuffix("/") ? r : r + "/") else { return (nil, "path leaves the content folder") }
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return (nil, "unreadable") }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return (nil, "not a regular file") }
        return (readAll(fd, count: Int(st.st_size)), nil)
    }

    /// Up to `count` bytes from `fd`, fewer if the file ends first.
    static func readAll(_ fd: Int32, count: Int) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: count)
        var got = 0
        while got < out.count {
            let n = out.withUnsafeMutableBytes { read(fd, $0.baseAddress! + got, $0.count - got) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            got += n
        }
        if got < out.count { out.removeLast(out.count - got) }
        return out
    }

    /// The name of a directory entry from `readdir`.
    static func name(of entry: UnsafeMutablePointer<dirent>) -> String {
        withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
        }
    }
}
