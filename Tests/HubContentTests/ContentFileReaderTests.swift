import Foundation
import Testing
@testable import HubContent
import HubDiagnostics

@Suite("Reading files safely")
struct ContentFileReaderTests {
    func decode(_ bytes: [UInt8]) -> ContentFileReader.Decoded { ContentFileReader.decode(bytes, path: "x.md") }

    @Test("a UTF-8 BOM is skipped")
    func bom() {
        let d = decode([0xEF, 0xBB, 0xBF] + Array("---\ntitle: Å\n---\n".utf8))
        #expect(d.text == "---\ntitle: Å\n---\n")
        #expect(d.diagnostics.isEmpty)
    }

    @Test("CRLF and lone CR become LF without moving lines")
    func lineEndings() {
        #expect(decode(Array("a\r\nb\r\n".utf8)).text == "a\nb\n")
        #expect(decode(Array("a\rb\rc".utf8)).text == "a\nb\nc")
        #expect(decode(Array("a\r\r\nb".utf8)).text == "a\n\nb")
    }

    @Test("UTF-16 with either BOM is refused with a 'save as UTF-8' error", arguments: [[UInt8(0xFF), 0xFE], [0xFE, 0xFF]])
    func utf16(bom: [UInt8]) {
        let d = decode(bom + [0x74, 0x00, 0x69, 0x00])
        #expect(d.text == nil)
        #expect(d.diagnostics.map(\.id) == ["utf16-file"])
        #expect(d.diagnostics[0].message.en.contains("save the file as UTF-8"))
        #expect(d.diagnostics[0].location == SourceLocation(path: "x.md", line: 1, column: 1))
    }

    @Test("UTF-16 without a BOM is recognised by its NUL bytes")
    func utf16WithoutBOM() {
        let bytes = Array("---\ntitle: Hej\n---\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(decode(bytes).diagnostics.map(\.id) == ["utf16-file"])
    }

    @Test("NUL bytes become U+FFFD with a warning at their line and column")
    func nul() {
        let d = decode(Array("ab\nåx".utf8) + [0] + Array("y".utf8))
        #expect(d.text == "ab\nåx\u{FFFD}y")
        #expect(d.diagnostics.map(\.id) == ["nul-byte"])
        #expect(d.diagnostics[0].severity == .warning)
        #expect(d.diagnostics[0].location == SourceLocation(path: "x.md", line: 2, column: 3))
    }

    @Test("invalid UTF-8 becomes U+FFFD with a warning at the first bad byte")
    func invalidUTF8() {
        let d = decode(Array("rad ett\nä".utf8) + [0xC3, 0x28] + Array(" och \n".utf8) + [0xFF])
        #expect(d.text == "rad ett\nä\u{FFFD}( och \n\u{FFFD}")
        #expect(d.diagnostics.map(\.id) == ["invalid-utf8"])
        #expect(d.diagnostics[0].location == SourceLocation(path: "x.md", line: 2, column: 2))
    }

    @Test("truncated and overlong sequences are found", arguments: [
        ([UInt8(0x61), 0xE2, 0x82], 1), ([0xC0, 0xAF], 0), ([0x61, 0x62, 0xED, 0xA0, 0x80], 2), ([0xF4, 0x90, 0x80, 0x80], 0),
    ])
    func invalidSequences(bytes: [UInt8], offset: Int) {
        let at = bytes.withUnsafeBufferPointer { ContentFileReader.firstInvalidUTF8($0) }
        #expect(at == offset)
    }

    @Test("valid multi-byte text has no invalid byte")
    func validText() {
        let bytes = Array("åäö é 😀 ∑".utf8)
        #expect(bytes.withUnsafeBufferPointer { ContentFileReader.firstInvalidUTF8($0) } == -1)
    }

    @Test("a file over 50 MB is refused with a size error")
    func tooLarge() throws {
        let site = try TestSite()
        defer { site.remove() }
        let path = site.root + "/methods/stor.md"
        try site.write("methods/stor.md", Data("---\ntitle: Stor\n---\n".utf8))
        // A sparse file: quick to make, no 50 MB written.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: UInt64(ContentFileReader.maximumFileSize + 1))
        try handle.close()
        let d = ContentFileReader.read(url: URL(fileURLWithPath: path), path: path)
        #expect(d.text == nil)
        #expect(d.diagnostics.map(\.id) == ["file-too-large"])
        #expect(d.diagnostics[0].message.en.contains("at most 50 MB"))
        let (_, diagnostics) = site.load()
        #expect(site.summary(diagnostics) == ["methods/stor.md:1:1 file-too-large"])
    }
}
