import Foundation

extension ZipArchive {
    /// Adds every regular file under `directory`, named by its path relative to it, with
    /// `prefix` (e.g. `hub/`) in front. Symbolic links are skipped: a bundle holds only what
    /// the build wrote.
    public mutating func addDirectory(_ directory: URL, prefix: String = "") throws {
        let root = directory.standardizedFileURL.path
        let paths = try ZipArchive.regularFiles(under: root)
        for relative in paths {
            let data = try Data(contentsOf: URL(fileURLWithPath: root + "/" + relative))
            add(prefix + relative, bytes: [UInt8](data))
        }
    }

    /// Relative paths of the regular files under `root`, sorted by their UTF-8 bytes.
    public static func regularFiles(under root: String) throws -> [String] {
        let fm = FileManager.default
        var result: [String] = []
        var stack = [""]
        while let folder = stack.popLast() {
            let absolute = folder.isEmpty ? root : root + "/" + folder
            for name in try fm.contentsOfDirectory(atPath: absolute) {
                let relative = folder.isEmpty ? name : folder + "/" + name
                let attributes = try fm.attributesOfItem(atPath: root + "/" + relative)
                switch attributes[.type] as? FileAttributeType {
                case .typeDirectory?: stack.append(relative)
                case .typeRegular?: result.append(relative)
                default: break
                }
            }
        }
        return result.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}
