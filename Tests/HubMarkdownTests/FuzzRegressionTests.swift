import Foundation
import Testing
@testable import HubMarkdown

/// Inputs that crashed or hung the fuzzer once (Fuzz/run.sh). Each must now render in
/// every mode.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let files: [String] = {
        guard let dir = directory else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.sorted()
    }()

    static let directory = Bundle.module.url(forResource: "Resources/fuzz-regressions", withExtension: nil)

    static let modes: [MarkdownOptions] = [
        MarkdownOptions(),
        MarkdownOptions(gfm: false, unsafe: true),
        MarkdownOptions(gfm: true, unsafe: true, tagfilter: true, headingIDs: true),
    ]

    @Test("there is at least one regression input")
    func present() { #expect(!Self.files.isEmpty) }

    @Test("fuzzer-found input renders in every mode", arguments: files)
    func renders(_ name: String) throws {
        let url = try #require(Self.directory).appendingPathComponent(name)
        let data = try Data(contentsOf: url)
        let source = String(decoding: data, as: UTF8.self)
        for options in Self.modes {
            let doc = Markdown.parse(source, options: options)
            #expect(!doc.html().isEmpty || source.isEmpty)
            _ = doc.links
            _ = doc.sections
        }
    }

    @Test("an ordered marker of ten digits is text, not a list (it used to overflow)")
    func tenDigitMarker() {
        #expect(Markdown.html("9999999999. a\n") == "<p>9999999999. a</p>\n")
        #expect(Markdown.html("999999999. a\n") == "<ol start=\"999999999\">\n<li>a</li>\n</ol>\n")
        #expect(Markdown.html("x\n99999999999999999999999999) a\n") == "<p>x\n99999999999999999999999999) a</p>\n")
    }

    @Test("thousands of inline tags on one line in safe mode stay linear (slow-fuzz find)")
    func manyNotesOnOneLine() throws {
        let input = "<a>" + String(repeating: "<bab>", count: 100_000) + "<c2c>\n"
        let notes = withHangGuard(seconds: 5) { Markdown.parse(input).safetyNotes }
        let found = try #require(notes, "took longer than 5 s")
        #expect(found.count == 100_002)
        #expect(found.last?.column == 3 + 5 * 100_000 + 1)
    }
}
