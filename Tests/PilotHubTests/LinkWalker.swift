import Foundation

/// Walks a built site: every `href`, `src` and `action` that is not another host must name
/// a file of the output, and every `#fragment` an `id` in that file.
struct LinkWalker {
    let root: String
    private(set) var checked = 0
    private(set) var broken: [String] = []
    private var ids: [String: Set<String>] = [:]

    init(root: String) { self.root = root }

    static func attributes(_ names: [String], in html: String) -> [String] {
        var out: [String] = []
        for name in names {
            let parts = html.components(separatedBy: " \(name)=\"")
            for part in parts.dropFirst() {
                if let end = part.firstIndex(of: "\"") { out.append(String(part[..<end])) }
            }
        }
        return out
    }

    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    mutating func idsOf(_ file: String) -> Set<String> {
        if let known = ids[file] { return known }
        let html = (try? String(contentsOfFile: root + "/" + file, encoding: .utf8)) ?? ""
        let set = Set(LinkWalker.attributes(["id"], in: html).map(LinkWalker.unescape))
        ids[file] = set
        return set
    }

    mutating func walk() {
        let fm = FileManager.default
        guard let e = fm.enumerator(atPath: root) else { broken.append("no output"); return }
        var pages: [String] = []
        while let rel = e.nextObject() as? String {
            if rel.hasSuffix(".html") { pages.append(rel) }
        }
        for page in pages.sorted() {
            // 404.html is served at any depth; it is checked as if at the root.
            let html = (try? String(contentsOfFile: root + "/" + page, encoding: .utf8)) ?? ""
            let dir = (page as NSString).deletingLastPathComponent
            for raw in LinkWalker.attributes(["href", "src", "action"], in: html) {
                let url = LinkWalker.unescape(raw)
                if url.contains("://") || url.hasPrefix("mailto:") || url.hasPrefix("tel:") { continue }
                checked += 1
                var path = url
                var fragment = ""
                if let hash = path.firstIndex(of: "#") {
                    fragment = String(path[path.index(after: hash)...])
                    path = String(path[..<hash])
                }
                if let q = path.firstIndex(of: "?") { path = String(path[..<q]) }
                var target = page
                if !path.isEmpty {
                    var parts = dir.isEmpty ? [] : dir.split(separator: "/").map(String.init)
                    var escapes = false
                    let decoded = path.removingPercentEncoding ?? path
                    for comp in decoded.split(separator: "/", omittingEmptySubsequences: true) {
                        if comp == "." { continue }
                        if comp == ".." {
                            if parts.isEmpty { escapes = true } else { parts.removeLast() }
                        } else {
                            parts.append(String(comp))
                        }
                    }
                    if decoded.hasSuffix("/") || decoded == "." || decoded.hasSuffix("/.") || decoded.hasSuffix("..") { parts.append("index.html") }
                    target = (escapes ? "../" : "") + parts.joined(separator: "/")
                }
                if target.hasPrefix("..") || target.hasPrefix("/") {
                    broken.append("\(page): \(url) leaves the site")
                    continue
                }
                var isDir: ObjCBool = false
                guard fm.fileExists(atPath: root + "/" + target, isDirectory: &isDir), !isDir.boolValue else {
                    broken.append("\(page): \(url) → \(target) missing")
                    continue
                }
                if !fragment.isEmpty, target.hasSuffix(".html") {
                    let id = fragment.removingPercentEncoding ?? fragment
                    if !idsOf(target).contains(id) { broken.append("\(page): \(url) → no id '\(id)' in \(target)") }
                }
            }
        }
    }
}
