import Foundation
import HubTestSupport
import Testing
@testable import HubSite

@Suite("ZIP archives")
struct ZipArchiveTests {
    static let noise: String = {
        var scalars = String.UnicodeScalarView()
        for i in 0..<3000 {
            let v: Int = (i * 7919 + 13) % 251 % 94 + 33
            scalars.append(Unicode.Scalar(UInt8(v)))
        }
        return String(scalars)
    }()

    static let page: String = "<!doctype html><title>Hubben</title>"
        + String(repeating: "<p>Säker digitalisering</p>\n", count: 200)

    static let files: [(String, String)] = [
        ("index.html", page),
        ("LÄS MIG.txt", "Öppna index.html i en webbläsare.\r\n"),
        ("README.txt", "Open index.html in a web browser.\r\n"),
        ("methods/behovsanalys/index.html", "<h1>Behovsanalys</h1>"),
        ("assets/empty.css", ""),
        ("assets/noise.bin", noise),
    ]

    func archive(_ compression: ZipArchive.Compression) throws -> [UInt8] {
        var zip = ZipArchive(compression: compression)
        for (name, text) in Self.files.reversed() { zip.add(name, bytes: Array(text.utf8)) }
        zip.add(ZipArchive.Entry(directory: "tomt"))
        return try zip.bytes()
    }

    func write(_ bytes: [UInt8]) throws -> URL {
        let dir = try ExternalTool.temporaryDirectory("zip")
        let url = dir.appendingPathComponent("hub.zip")
        try Data(bytes).write(to: url)
        return url
    }

    @Test("CRC-32 gives the check value of the standard and of empty input")
    func crc() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([UInt8]()) == 0)
        var split = CRC32()
        split.update(Array("1234".utf8))
        split.update(Array("56789".utf8))
        #expect(split.value == 0xCBF4_3926)
    }

    @Test("the same entries in any order give byte-identical archives")
    func deterministic() throws {
        var a = ZipArchive(), b = ZipArchive()
        for (n, t) in Self.files { a.add(n, bytes: Array(t.utf8)) }
        for (n, t) in Self.files.reversed() { b.add(n, bytes: Array(t.utf8)) }
        #expect(try a.bytes() == b.bytes())
    }

    @Test("names that would climb out of the target folder, and duplicates, are refused",
          arguments: ["../x", "/etc/passwd", "a//b", "a/./b", "a\\b", "", "a/../../b"])
    func refusesBadNames(_ name: String) {
        var zip = ZipArchive()
        zip.add(name, bytes: [1])
        #expect(throws: ZipArchive.Failure.invalidName(name)) { try zip.bytes() }
    }

    @Test("a duplicate name is refused")
    func refusesDuplicates() {
        var zip = ZipArchive()
        zip.add("a.txt", bytes: [1])
        zip.add("a.txt", bytes: [2])
        #expect(throws: ZipArchive.Failure.duplicateName("a.txt")) { try zip.bytes() }
    }

    @Test("Python's zlib inflates what Deflate writes, for text, runs, noise and edge sizes",
          .enabled(if: ExternalTool.hasPython))
    func deflateRoundTrip() throws {
        var cases: [[UInt8]] = [[], [65], Array("abcabcabcabc".utf8), [UInt8](repeating: 0, count: 100_000)]
        cases.append(Array(Self.files[0].1.utf8))
        var seed: UInt32 = 1
        cases.append((0..<70_000).map { _ in seed = seed &* 1_103_515_245 &+ 12345; return UInt8(truncatingIfNeeded: seed >> 16) })
        // Repeats further apart than the 32 KiB window, and a 258-byte match exactly.
        let block = (0..<40_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 7) }
        cases.append(block + block)
        cases.append([UInt8](repeating: 7, count: 259) + Array("x".utf8) + [UInt8](repeating: 7, count: 258))
        for input in cases {
            let packed = Deflate.compress(input)
            let out = try ExternalTool.python(
                "import sys,zlib,hashlib; d=zlib.decompress(sys.stdin.buffer.read(), -15); print(len(d), hashlib.sha256(d).hexdigest())",
                input: packed)
            #expect(out.status == 0, "\(out.stderr)")
            let expectedHash = try ExternalTool.python(
                "import sys,hashlib; d=sys.stdin.buffer.read(); print(len(d), hashlib.sha256(d).hexdigest())", input: input)
            #expect(out.stdout == expectedHash.stdout)
        }
        #expect(Deflate.compress([UInt8](repeating: 0, count: 100_000)).count < 1_000)
    }

    @Test("Python's zipfile reads every entry, names with Å Ä Ö included, for store and deflate",
          .enabled(if: ExternalTool.hasPython), arguments: [ZipArchive.Compression.store, .deflate])
    func pythonReads(_ compression: ZipArchive.Compression) throws {
        let url = try write(try archive(compression))
        let script = """
        import sys, zipfile, json
        z = zipfile.ZipFile(sys.argv[1])
        bad = z.testzip()
        out = {"bad": bad, "names": z.namelist(),
               "utf8": [bool(i.flag_bits & 0x800) for i in z.infolist()],
               "dates": sorted(set(i.date_time for i in z.infolist())),
               "methods": sorted(set(i.compress_type for i in z.infolist())),
               "contents": {i.filename: z.read(i).decode("utf-8") for i in z.infolist() if not i.is_dir()}}
        print(json.dumps(out, ensure_ascii=False))
        """
        let out = try ExternalTool.python(script, arguments: [url.path])
        #expect(out.status == 0, "\(out.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as! [String: Any]
        #expect(json["bad"] is NSNull)
        let names = json["names"] as! [String]
        let expectedNames = (Self.files.map(\.0) + ["tomt/"]).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        #expect(names == expectedNames)
        #expect(names.contains("LÄS MIG.txt"))
        #expect((json["utf8"] as! [Bool]).allSatisfy { $0 })
        #expect((json["dates"] as! [[Int]]) == [[1980, 1, 1, 0, 0, 0]])
        let methods = json["methods"] as! [Int]
        #expect(methods == (compression == .store ? [0] : [0, 8]))
        let contents = json["contents"] as! [String: String]
        for (name, text) in Self.files { #expect(contents[name] == text, "\(name)") }
    }

    @Test("unzip -t finds no error, and unzip extracts the Swedish file name",
          .enabled(if: ExternalTool.hasUnzip), arguments: [ZipArchive.Compression.store, .deflate])
    func unzipReads(_ compression: ZipArchive.Compression) throws {
        let url = try write(try archive(compression))
        let test = try ExternalTool.run("unzip", ["-t", url.path])
        #expect(test.status == 0, "\(test.stdout)\(test.stderr)")
        #expect(test.stdout.contains("No errors detected"))
        let target = url.deletingLastPathComponent().appendingPathComponent("out")
        let extract = try ExternalTool.run("unzip", ["-q", url.path, "-d", target.path])
        #expect(extract.status == 0, "\(extract.stderr)")
        let text = try String(contentsOf: target.appendingPathComponent("LÄS MIG.txt"), encoding: .utf8)
        #expect(text == "Öppna index.html i en webbläsare.\r\n")
    }

    @Test("addDirectory archives a folder tree with relative, sorted names")
    func directory() throws {
        let dir = try ExternalTool.temporaryDirectory("zipdir")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("b/c"), withIntermediateDirectories: true)
        try Data("1".utf8).write(to: dir.appendingPathComponent("b/c/x.txt"))
        try Data("2".utf8).write(to: dir.appendingPathComponent("a.txt"))
        #expect(try ZipArchive.regularFiles(under: dir.path) == ["a.txt", "b/c/x.txt"])
        var zip = ZipArchive()
        try zip.addDirectory(dir, prefix: "hub/")
        let bytes = try zip.bytes()
        let names = Array("hub/a.txt".utf8)
        #expect(bytes.count > 0)
        // The first local header holds the first name in sorted order.
        #expect(Array(bytes[30..<(30 + names.count)]) == names)
    }
}
