import Testing
@testable import HubFrontMatter

@Suite("JSON output of front-matter values")
struct YAMLJSONTests {
    @Test("keys keep document order; dates and timestamps become ISO strings")
    func orderAndDates() {
        let (node, _) = FrontMatter.parseYAML("z: 2024-03-05\na: 2024-03-05T14:30:00.5Z\nm: [1, 2.0, true, ~]\n", path: "j.md")
        #expect(node?.jsonString(pretty: false) == #"{"z":"2024-03-05","a":"2024-03-05T14:30:00.500000+00:00","m":[1,2.0,true,null]}"#)
    }

    @Test("pretty JSON indents by two spaces and writes empty collections compactly")
    func pretty() {
        let (node, _) = FrontMatter.parseYAML("a:\n  b: [x]\nc: []\nd: {}\n", path: "j.md")
        #expect(node?.jsonString() == """
        {
          "a": {
            "b": [
              "x"
            ]
          },
          "c": [],
          "d": {}
        }
        """)
    }

    @Test("strings are escaped for JSON and non-ASCII is written as itself")
    func escaping() {
        let value = YAMLValue.string("å \"q\" \\ \n\t\u{1}\u{2028}😀")
        #expect(value.jsonString() == #""å \"q\" \\ \n\t\u0001\u2028😀""#)
    }

    @Test("infinity and NaN, which JSON lacks, are written as YAML spells them")
    func nonFinite() {
        #expect(YAMLValue.double(.infinity).jsonString() == #"".inf""#)
        #expect(YAMLValue.double(-.infinity).jsonString() == #""-.inf""#)
        #expect(YAMLValue.double(.nan).jsonString() == #"".nan""#)
    }

    @Test("the output is valid JSON that reads back to the same structure")
    func roundTrip() {
        let (node, _) = FrontMatter.parseYAML("a: \"x\\ny\"\nb:\n  - {c: 1e3}\n  - -0.5\n", path: "j.md")
        let json = node?.jsonString() ?? ""
        #expect(TestJSON.parse(json) == .object([
            ("a", .string("x\ny")),
            ("b", .array([.object([("c", .number("1000.0"))]), .number("-0.5")])),
        ]))
    }
}
