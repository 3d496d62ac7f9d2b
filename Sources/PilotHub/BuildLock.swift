#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on one output folder, held in `.public.lock` beside it with the
/// owner's pid, so that two builds into the same folder do not mix. It is an `flock`,
/// so the kernel releases it when the process ends, even after `kill -9`.
public final class BuildLock: @unchecked Sendable {
    public let path: String
    private var fd: Int32

    /// Takes the lock, or fails at once with a message that names the other build.
    public init(path: String) throws(BuildFailure) {
        self.path = path
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw BuildFailure(sv: "kan inte skapa låsfilen \(path)", en: "cannot create the lock file \(path)")
        }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            var buf = [UInt8](repeating: 0, count: 32)
            let n = pread(fd, &buf, 31, 0)
            let other = n > 0 ? String(decoding: buf[0..<n], as: UTF8.self).trimmingSpaces : "?"
            close(fd)
            fd = -1
            throw BuildFailure(
                sv: "ett annat bygge (pid \(other)) skriver redan till samma mapp (\(path)); vänta tills det är klart och försök igen",
                en: "another build (pid \(other)) is already writing to the same folder (\(path)); wait for it to finish and try again")
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = pid.withUnsafeBufferPointer { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }

    /// Releases the lock (also done when the object goes away).
    public func release() {
        guard fd >= 0 else { return }
        _ = ftruncate(fd, 0)
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\n" || c == "\r" || c == "\0" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\n" || c == "\r" || c == "\0" { s = s.dropLast() }
        return String(s)
    }
}
