import Foundation
import HubTestSupport
import Testing
@testable import HubSite

@Suite("CSV")
struct CSVTableTests {
    @Test("fields with separators, quotes and line breaks are quoted; records end in CRLF; a BOM leads")
    func quoting() {
        let t = CSVTable(header: ["a", "b"], rows: [["x,y", "say \"hi\""], ["line\nbreak", "plain"], ["semi;colon", ""]])
        let text = String(decoding: t.bytes(), as: UTF8.self)
        #expect(Array(t.bytes().prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(text == "\u{FEFF}a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n\"line\nbreak\",plain\r\nsemi;colon,\r\n")
        let semi = String(decoding: t.bytes(separator: .semicolon, byteOrderMark: false), as: UTF8.self)
        #expect(semi == "a;b\r\nx,y;\"say \"\"hi\"\"\"\r\n\"line\nbreak\";plain\r\n\"semi;colon\";\r\n")
    }

    @Test("text that a spreadsheet would run as a formula gets a leading apostrophe")
    func formulas() {
        #expect(CSVTable.text("=SUM(A1)") == "'=SUM(A1)")
        #expect(CSVTable.text("@x") == "'@x")
        #expect(CSVTable.text("Alfa") == "Alfa")
    }

    @Test("Python's csv module reads the programme figures back, both separators, same numbers",
          .enabled(if: ExternalTool.hasPython), arguments: [CSVTable.Separator.comma, .semicolon])
    func pythonReadsFigures(_ separator: CSVTable.Separator) throws {
        let figures = ProgrammeFigures(hub: OfflineFixture.hub)
        let comma = separator == .comma
        let bytes = figures.csvTable(decimalComma: !comma, noRegionName: "Ingen region").bytes(separator: separator)
        let script = """
        import sys, csv, io, json
        text = sys.stdin.buffer.read().decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=sys.argv[1]))
        print(json.dumps(rows, ensure_ascii=False))
        """
        let out = try ExternalTool.python(script, arguments: [comma ? "," : ";"], input: bytes)
        #expect(out.status == 0, "\(out.stderr)")
        let rows = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as! [[String]]
        #expect(rows.first == ["section", "id", "name", "measure", "value"])
        #expect(rows.allSatisfy { $0.count == 5 })
        func value(_ section: String, _ id: String, _ measure: String) -> String? {
            rows.first { $0[0] == section && $0[1] == id && $0[3] == measure }?[4]
        }
        func number(_ s: String?) -> Double? { s.flatMap { Double($0.replacingOccurrences(of: ",", with: ".")) } }
        #expect(number(value("totals", "", "companies")) == Double(figures.companies))
        #expect(number(value("totals", "", "hours")) == figures.hours)
        #expect(number(value("totals", "", "women")) == Double(figures.women))
        #expect(value("project", "projects/gamma", "hours") == "")
        #expect(rows.contains { $0[2] == "'=Gamma \"><script>" })
        #expect(number(value("region", "Skåne", "projects")) == 2)
        #expect(rows.contains { $0[0] == "region" && $0[1] == "" && $0[2] == "Ingen region" })
        let matrixOnes = rows.filter { $0[0] == "matrix" && $0[4] == "1" }.count
        #expect(matrixOnes == figures.methods.reduce(0) { $0 + $1.projects.count })
        #expect(rows.filter { $0[0] == "matrix" }.count == figures.methods.count * figures.projectCount)
    }
}
