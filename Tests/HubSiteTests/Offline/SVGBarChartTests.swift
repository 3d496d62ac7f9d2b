import Foundation
import HubTestSupport
import Testing
@testable import HubSite

@Suite("SVG bar charts")
struct SVGBarChartTests {
    let chart = SVGBarChart(id: "regions", title: "Projekt per region", summary: "Antal projekt i varje region",
                            bars: [.init(label: "Skåne", value: 2, valueText: "2"),
                                   .init(label: "\"><script>alert(1)</script>", value: 0, valueText: "0"),
                                   .init(label: "Örebro", value: 1, valueText: "1")])

    @Test("the chart is well-formed XML with role img, a title and a description naming every bar",
          .enabled(if: ExternalTool.hasPython))
    func wellFormed() throws {
        let script = """
        import sys, json, xml.etree.ElementTree as ET
        ns = "{http://www.w3.org/2000/svg}"
        root = ET.fromstring(sys.stdin.buffer.read())
        rects = [float(r.get("width")) for r in root.iter(ns + "rect")]
        print(json.dumps({"role": root.get("role"), "labelledby": root.get("aria-labelledby"),
            "title": root.find(ns + "title").text, "titleid": root.find(ns + "title").get("id"),
            "desc": root.find(ns + "desc").text, "descid": root.find(ns + "desc").get("id"),
            "scripts": len(list(root.iter("script"))) + len(list(root.iter(ns + "script"))), "rects": rects}))
        """
        let out = try ExternalTool.python(script, input: Array(chart.svg().utf8))
        #expect(out.status == 0, "\(out.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as! [String: Any]
        #expect(json["role"] as? String == "img")
        #expect(json["labelledby"] as? String == "regions-title regions-desc")
        #expect(json["titleid"] as? String == "regions-title")
        #expect(json["descid"] as? String == "regions-desc")
        #expect(json["title"] as? String == "Projekt per region")
        let desc = json["desc"] as? String ?? ""
        #expect(desc.contains("Skåne: 2") && desc.contains("Örebro: 1") && desc.contains("<script>alert(1)</script>: 0"))
        #expect(json["scripts"] as? Int == 0)
        let rects = json["rects"] as! [Double]
        // Bars are proportional: the largest spans the plot width, half the value half of it.
        #expect(rects[0] == Double(SVGBarChart.width - SVGBarChart.valueRoom))
        #expect(rects[2] == rects[0] / 2)
        #expect(rects[1] <= 1)
    }

    @Test("coordinates are written with at most two decimals and no trailing zeros")
    func coordinates() {
        #expect(SVGBarChart.coordinate(275) == "275")
        #expect(SVGBarChart.coordinate(183.333) == "183.33")
        #expect(SVGBarChart.coordinate(2.5) == "2.5")
        #expect(SVGBarChart.coordinate(0.05) == "0.05")
    }
}
