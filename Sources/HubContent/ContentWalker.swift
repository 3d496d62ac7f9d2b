import Foundation
import HubDiagnostics

/// A Markdown file that is a document: `<kind>/<slug>.md` or `<kind>/<slug>/index.md`.
struct DocumentFile: Sendable {
    var kind: DocumentKind
    var slug: String
    /// Relative to the content folder, with `/`.
    var relativePath: String
    /// The content folder joined with `relativePath`: how diagnostics name the file.
    var displayPath: String
    var absolutePath: String
    var isFolder: Bool
    var attachments: [String]
}

/// Finds the documents of a content folder, and refuses what must not become output:
/// symlinks out of the folder, names that are not safe as paths, stray files.
struct ContentWalker {
    let root: String
    let rootReal: String
    private(set) var files: [DocumentFile] = []
    private(set) var configPath: String?
    private(set) var diagnostics: [Diagnostic] = []
    private let fm = FileManager.default

    init(root: String, rootReal: String) {
        self.root = root
        self.rootReal = rootReal
    }

    /// `root` joined with a relative path, as diagnostics show it.
    static func display(_ root: String, _ relative: String) -> String {
        root.hasSuffix("/") ? root + relative : root + "/" + relative
    }

    static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    /// Why `name` cannot be a slug or output file name, or nil when it can.
    static func unsafeNameReason(_ name: String) -> LocalizedText? {
        if name.isEmpty { return LocalizedText(sv: "namnet är tomt", en: "the name is empty") }
        if name.hasPrefix(".") { return LocalizedText(sv: "namnet börjar med en punkt", en: "the name starts with a dot") }
        // Foundation's `contains` costs a search with Unicode rules per call; it can only
        // match where the byte is, so most names need no search at all.
        if name.utf8.contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "\\") }),
           name.contains("/") || name.contains("\\") {
            return LocalizedText(sv: "namnet innehåller snedstreck", en: "the name contains a slash or backslash")
        }
        // On bytes: U+0000–U+001F and U+007F are single bytes, U+0080–U+009F are C2 80–C2 9F.
        var previous: UInt8 = 0
        if name.utf8.contains(where: { b in
            defer { previous = b }
            return b < 0x20 || b == 0x7F || (previous == 0xC2 && b >= 0x80 && b <= 0x9F)
        }) {
            return LocalizedText(sv: "namnet innehåller styrtecken", en: "the name contains control characters")
        }
        return nil
    }

    private enum EntryType { case file, directory, other }

    /// A name in a folder, and its type as the folder listing gave it (`DT_UNKNOWN` when not known).
    private struct Entry {
        var name: String
        var type: UInt8 = UInt8(DT_UNKNOWN)
    }

    /// Type of an entry, following a symlink only when it stays inside the content folder.
    /// A regular file or folder as listed needs no `lstat`: one call less per document.
    private mutating func type(of relative: String, listed: UInt8 = UInt8(DT_UNKNOWN)) -> EntryType? {
        if listed == UInt8(DT_REG) { return .file }
        if listed == UInt8(DT_DIR) { return .directory }
        let full = Self.display(root, relative)
        var info = stat()
        guard lstat(full, &info) == 0 else { return nil }
        let format = info.st_mode & S_IFMT
        if format == S_IFLNK {
            guard let real = Self.realPath(full) else {
                diagnostics.append(.error("broken-symlink", at: SourceLocation(path: full, line: 1, column: 1),
                                          sv: "symbolisk länk som inte pekar på något", en: "symbolic link that points to nothing"))
                return nil
            }
            if real != rootReal, !real.hasPrefix(rootReal.hasSuffix("/") ? rootReal : rootReal + "/") {
                diagnostics.append(.error("symlink-outside-content", at: SourceLocation(path: full, line: 1, column: 1),
                                          sv: "symbolisk länk som pekar utanför innehållsmappen (till \(real)); den läses inte",
                                          en: "symbolic link that points outside the content folder (to \(real)); it is not read"))
                return nil
            }
            guard stat(real, &info) == 0 else { return nil }
            let target = info.st_mode & S_IFMT
            return target == S_IFDIR ? .directory : target == S_IFREG ? .file : .other
        }
        if format == S_IFDIR { return .directory }
        if format == S_IFREG { return .file }
        return .other
    }

    /// The entries of a folder, sorted by name. Read with `readdir`, which gives each
    /// entry's type (no `lstat` per file) and costs no Foundation objects; a folder with a
    /// name that is not ASCII is listed by `FileManager`, so that such names decode exactly
    /// as they always have.
    private func list(_ relative: String) -> [Entry] {
        let full = relative.isEmpty ? root : Self.display(root, relative)
        guard let dir = opendir(full) else { return [] }
        defer { closedir(dir) }
        var entries: [Entry] = []
        while let e = readdir(dir) {
            let type = e.pointee.d_type
            let name: String? = withUnsafeBytes(of: &e.pointee.d_name) { raw in
                let bytes = UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self),
                                                count: strnlen(raw.baseAddress!.assumingMemoryBound(to: CChar.self), raw.count))
                return bytes.allSatisfy { $0 < 0x80 } ? String(decoding: bytes, as: UTF8.self) : nil
            }
            guard let name else {
                return ((try? fm.contentsOfDirectory(atPath: full)) ?? []).sorted().map { Entry(name: $0) }
            }
            if name == "." || name == ".." { continue }
            entries.append(Entry(name: name, type: type))
        }
        // ASCII names: `String` order is byte order.
        return entries.sorted { $0.name < $1.name }
    }

    private func join(_ a: String, _ b: String) -> String { a.isEmpty ? b : a + "/" + b }

    mutating func walk() {
        for entry in list("") where !entry.name.hasPrefix(".") {
            let name = entry.name
            let type = type(of: name, listed: entry.type)
            if name == "hub.yml", type == .file {
                configPath = Self.display(root, name)
            } else if let kind = DocumentKind(rawValue: name), type == .directory {
                walkKind(kind)
            } else if type != nil {
                let names = DocumentKind.allCases.map(\.rawValue) + ["hub.yml"]
                diagnostics.append(.warning(
                    "unknown-top-level", at: SourceLocation(path: Self.display(root, name), line: 1, column: 1),
                    sv: "'\(name)' är ingen känd mapp eller fil i innehållsmappen och läses inte (kända: \(names.joined(separator: ", ")))",
                    en: "'\(name)' is not a known folder or file of the content folder and is not read (known: \(names.joined(separator: ", ")))",
                    suggestion: Suggestion.closest(to: name, in: names)))
            }
        }
    }

    private mutating func walkKind(_ kind: DocumentKind) {
        let dir = kind.rawValue
        for entry in list(dir) {
            let name = entry.name
            let rel = join(dir, name)
            let hidden = name.hasPrefix(".")
            if hidden, !name.hasSuffix(".md"), !fm.fileExists(atPath: Self.display(root, join(rel, "index.md"))) { continue }
            guard let type = type(of: rel, listed: entry.type) else { continue }
            let display = Self.display(root, rel)
            switch type {
            case .file where name.hasSuffix(".md"):
                let slug = String(name.dropLast(3))
                if let reason = Self.unsafeNameReason(slug) { unsafe(display, slug, reason); continue }
                files.append(DocumentFile(kind: kind, slug: slug, relativePath: rel, displayPath: display,
                                          absolutePath: display, isFolder: false, attachments: []))
            case .directory:
                let index = join(rel, "index.md")
                guard self.type(of: index) == .file else {
                    diagnostics.append(.warning(
                        "missing-index", at: SourceLocation(path: display, line: 1, column: 1),
                        sv: "mappen har ingen index.md och blir inget dokument",
                        en: "the folder has no index.md and is not a document"))
                    continue
                }
                if let reason = Self.unsafeNameReason(name) { unsafe(display, name, reason); continue }
                var attachments: [String] = []
                var visited: Set<String> = []
                collectAttachments(rel, prefix: "", depth: 0, visited: &visited, into: &attachments)
                let indexDisplay = Self.display(root, index)
                files.append(DocumentFile(kind: kind, slug: name, relativePath: index, displayPath: indexDisplay,
                                          absolutePath: indexDisplay, isFolder: true, attachments: attachments.sorted()))
            default:
                diagnostics.append(.warning(
                    "unknown-file", at: SourceLocation(path: display, line: 1, column: 1),
                    sv: "'\(name)' är inget dokument: bara .md-filer och mappar med index.md läses här",
                    en: "'\(name)' is not a document: only .md files and folders with an index.md are read here"))
            }
        }
    }

    private mutating func collectAttachments(_ folder: String, prefix: String, depth: Int, visited: inout Set<String>,
                                             into out: inout [String]) {
        // Symlinks inside the folder may form a loop: each real folder is listed once.
        guard depth < 32, visited.insert(Self.realPath(Self.display(root, folder)) ?? folder).inserted else { return }
        for entry in list(folder) where !entry.name.hasPrefix(".") {
            let name = entry.name
            if prefix.isEmpty, name == "index.md" { continue }
            let rel = join(folder, name)
            guard let type = type(of: rel, listed: entry.type) else { continue }
            if let reason = Self.unsafeNameReason(name) { unsafe(Self.display(root, rel), name, reason); continue }
            switch type {
            case .file: out.append(prefix + name)
            case .directory: collectAttachments(rel, prefix: prefix + name + "/", depth: depth + 1, visited: &visited, into: &out)
            case .other: continue
            }
        }
    }

    private mutating func unsafe(_ display: String, _ name: String, _ reason: LocalizedText) {
        diagnostics.append(.error(
            "unsafe-name", at: SourceLocation(path: display, line: 1, column: 1),
            sv: "'\(name)' kan inte bli en sökväg på webbplatsen: \(reason.sv); byt namn på filen",
            en: "'\(name)' cannot become a path of the site: \(reason.en); rename the file"))
    }
}
