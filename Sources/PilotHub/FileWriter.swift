import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain POSIX file writing for the hot part of the build (thousands of small files from
/// many threads): no Foundation objects per file.
enum FileWriter {
    /// Creates `dir` and its missing parents; concurrent callers may race, which is harmless.
    static func makeDirectories(_ dir: String) {
        if mkdir(dir, 0o755) == 0 || errno == EEXIST { return }
        let parent = (dir as NSString).deletingLastPathComponent
        if parent != dir && !parent.isEmpty { makeDirectories(parent) }
        _ = mkdir(dir, 0o755)
    }

    /// Writes `bytes` to `root/relative`, creating folders. `relative` was built by the
    /// site from checked slugs; it is checked once more so nothing lands outside `root`.
    static func write(_ bytes: UnsafeRawBufferPointer, to relative: String, under root: String) throws(BuildFailure) {
        guard isContained(relative) else {
            throw BuildFailure(sv: "vägrar skriva utanför utmappen: \(relative)", en: "refusing to write outside the output folder: \(relative)")
        }
        let path = root + "/" + relative
        let dir = (path as NSString).deletingLastPathComponent
        var fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        if fd < 0 && errno == ENOENT {
            makeDirectories(dir)
            fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
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

    static func write(_ text: String, to relative: String, under root: String) throws(BuildFailure) {
        var t = text
        let failure: BuildFailure? = t.withUTF8 { buf in
            do { try write(UnsafeRawBufferPointer(buf), to: relative, under: root) } catch let e as BuildFailure { return e } catch { return BuildFailure(sv: "skrivfel", en: "write error") }
            return nil
        }
        if let failure { throw failure }
    }

    static func write(_ bytes: [UInt8], to relative: String, under root: String) throws(BuildFailure) {
        let failure: BuildFailure? = bytes.withUnsafeBytes { buf in
            do { try write(buf, to: relative, under: root) } catch let e as BuildFailure { return e } catch { return BuildFailure(sv: "skrivfel", en: "write error") }
            return nil
        }
        if let failure { throw failure }
    }

    /// A relative path with no `..`, no empty or absolute parts and no backslashes.
    static func isContained(_ relative: String) -> Bool {
        guard !relative.isEmpty, !relative.hasPrefix("/"), !relative.contains("\\") else { return false }
        return !relative.split(separator: "/", omittingEmptySubsequences: false).contains { $0.isEmpty || $0 == "." || $0 == ".." }
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
        var out = [UInt8](repeating: 0, count: Int(st.st_size))
        var got = 0
        while got < out.count {
            let n = out.withUnsafeMutableBytes { read(fd, $0.baseAddress! + got, $0.count - got) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            got += n
        }
        if got < out.count { out.removeLast(out.count - got) }
        return (out, nil)
    }
}
