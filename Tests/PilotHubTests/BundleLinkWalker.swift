import Foundation
import HubTestSupport

/// Walks every `href` and `src` of an unpacked bundle the way `file://` resolves them, with
/// Python's HTML parser and `os.path` as an oracle independent of the bundle code: the
/// target must be a file (a folder counts as broken) inside the bundle, and a `#fragment`
/// must name an id of the target page.
enum BundleLinkWalker {
    struct Report {
        var pages: Int
        var checked: Int
        var broken: [String]
    }

    static let script = """
    import sys, os, json
    from html.parser import HTMLParser
    from urllib.parse import urlsplit, unquote
    root = os.path.realpath(sys.argv[1])
    ids, refs, pages = {}, [], 0
    class P(HTMLParser):
        def __init__(self, page):
            super().__init__(convert_charrefs=True); self.page = page
        def handle_starttag(self, tag, attrs):
            for k, v in attrs:
                if k == "id": ids.setdefault(self.page, set()).add(v)
                if k in ("href", "src", "action") and v is not None: refs.append((self.page, tag, v))
    for d, _, files in os.walk(root):
        for f in files:
            if f.endswith(".html"):
                pages += 1
                p = os.path.join(d, f)
                ids.setdefault(p, set())
                P(p).feed(open(p, encoding="utf-8").read())
    broken, checked = [], 0
    for page, tag, v in refs:
        u = urlsplit(v)
        if u.scheme or u.netloc: continue
        rel = os.path.relpath(page, root)
        target = page if u.path == "" else os.path.realpath(os.path.join(os.path.dirname(page), unquote(u.path)))
        checked += 1
        if not (target == root or target.startswith(root + os.sep)):
            broken.append(f"{rel}: {v} leaves the bundle"); continue
        if not os.path.isfile(target):
            broken.append(f"{rel}: {v} is " + ("a folder" if os.path.isdir(target) else "missing")); continue
        if u.fragment and target.endswith(".html") and unquote(u.fragment) not in ids.get(target, set()):
            broken.append(f"{rel}: {v} names no id there")
    print(json.dumps({"pages": pages, "checked": checked, "broken": broken}, ensure_ascii=False))
    """

    static func walk(_ folder: URL) throws -> Report {
        let out = try ExternalTool.python(script, arguments: [folder.path])
        guard out.status == 0 else { throw WalkError(message: out.stderr) }
        let json = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as! [String: Any]
        return Report(pages: json["pages"] as! Int, checked: json["checked"] as! Int, broken: json["broken"] as! [String])
    }

    struct WalkError: Error { var message: String }
}
