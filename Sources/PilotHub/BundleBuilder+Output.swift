import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension BundleBuilder {
    /// Writes the archive beside the target and renames it into place, so that a failed run
    /// leaves a previous archive whole. Returns the archive's size.
    static func writeZip(_ files: [String: [UInt8]], to output: String, contentDirectory: String) throws(BuildFailure) -> Int {
        let target = OutputFolder.absolute(output)
        let content = OutputFolder.absolute(contentDirectory)
        if target.hasPrefix(content + "/") {
            throw BuildFailure(sv: "arkivet \(target) får inte ligga i innehållsmappen",
                               en: "the archive \(target) must not lie inside the content folder")
        }
        var zip = ZipArchive(compression: .deflate)
        for (name, bytes) in files { zip.add(name, bytes: bytes) }
        let data: [UInt8]
        do {
            data = try zip.bytes()
        } catch {
            throw BuildFailure(sv: "kan inte skapa arkivet: \(error)", en: "cannot make the archive: \(error)")
        }
        let temporary = target + ".tmp-\(getpid())"
        do {
            try Data(data).write(to: URL(fileURLWithPath: temporary))
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw BuildFailure(sv: "kan inte skriva \(temporary)", en: "cannot write \(temporary)")
        }
        guard rename(temporary, target) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw BuildFailure(sv: "kan inte byta namn till \(target)", en: "cannot rename to \(target)")
        }
        return data.count
    }

    /// Writes the folder the way a build does: into a temporary sibling, swapped in when complete.
    static func writeFolder(_ files: [String: [UInt8]], to output: String, contentDirectory: String) throws(BuildFailure) -> Int {
        let folder = OutputFolder(target: output)
        try folder.checkSafe(contentDirectory: contentDirectory)
        let lock = try BuildLock(path: folder.lockPath)
        defer { lock.release() }
        folder.recover()
        let tree = try folder.prepare()
        var total = 0
        do {
            for path in files.keys.sorted() {
                try tree.write(files[path]!, to: path)
                total += files[path]!.count
            }
            let exact = tree.removeStale(keeping: Set(files.keys))
            try folder.swapIn()
            if exact { folder.saveManifest(tree.manifest(files: files.keys.sorted())) }
        } catch {
            folder.discard()
            throw error
        }
        return total
    }
}
