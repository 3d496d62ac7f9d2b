import Foundation
import HubTestSupport

/// Reads what a page shows with Python's HTML parser (an independent oracle): every
/// `data-figure`/`data-value` pair, every id, every href, and whether ids repeat.
enum PageFigures {
    struct Parsed {
        var figures: [String: String]
        var ids: [String]
        var hrefs: [String]
        var svgCount: Int
        var svgWithTitleAndDesc: Int
        var pairsWithTableAndChart: Int
    }

    static let script = """
    import sys, json
    from html.parser import HTMLParser
    class P(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.figures = {}; self.ids = []; self.hrefs = []; self.svg = 0; self.svg_ok = 0
            self.pairs = []; self.stack = []; self.cur_svg = None
        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            if "data-figure" in a: self.figures[a["data-figure"]] = a.get("data-value", "")
            if "id" in a: self.ids.append(a["id"])
            if "href" in a: self.hrefs.append(a["href"])
            if tag == "div" and "figure-pair" in (a.get("class") or "").split():
                self.pairs.append({"table": 0, "svg": 0})
                self.stack.append(len(self.pairs) - 1)
            elif tag == "div":
                self.stack.append(None)
            if tag == "table" and any(i is not None for i in self.stack):
                self.pairs[[i for i in self.stack if i is not None][-1]]["table"] += 1
            if tag == "svg":
                self.svg += 1
                self.cur_svg = {"role": a.get("role"), "labelledby": (a.get("aria-labelledby") or "").split(), "title": None, "desc": None}
                if any(i is not None for i in self.stack):
                    self.pairs[[i for i in self.stack if i is not None][-1]]["svg"] += 1
            if self.cur_svg is not None and tag in ("title", "desc"):
                self.cur_svg[tag] = a.get("id")
        def handle_endtag(self, tag):
            if tag == "div" and self.stack: self.stack.pop()
            if tag == "svg" and self.cur_svg is not None:
                c = self.cur_svg
                if c["role"] == "img" and c["title"] and c["desc"] and c["labelledby"] == [c["title"], c["desc"]]:
                    self.svg_ok += 1
                self.cur_svg = None
    p = P(); p.feed(sys.stdin.buffer.read().decode("utf-8")); p.close()
    print(json.dumps({"figures": p.figures, "ids": p.ids, "hrefs": p.hrefs, "svg": p.svg, "svg_ok": p.svg_ok,
                      "pairs": sum(1 for x in p.pairs if x["table"] >= 1 and x["svg"] >= 1)}))
    """

    static func parse(_ html: String) throws -> Parsed {
        let out = try ExternalTool.python(script, input: Array(html.utf8))
        guard out.status == 0 else { throw ParseError(message: out.stderr) }
        let json = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as! [String: Any]
        return Parsed(figures: json["figures"] as! [String: String], ids: json["ids"] as! [String],
                      hrefs: json["hrefs"] as! [String], svgCount: json["svg"] as! Int,
                      svgWithTitleAndDesc: json["svg_ok"] as! Int, pairsWithTableAndChart: json["pairs"] as! Int)
    }

    struct ParseError: Error { var message: String }
}
