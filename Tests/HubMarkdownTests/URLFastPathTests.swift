import Testing
@testable import HubMarkdown

/// The safe-mode URL check and the href writer, each against its plain definition.
@Suite("URL checks and href writing equal their definitions")
struct URLFastPathTests {
    /// Safe mode's rule on the whole destination: without ASCII control and space bytes,
    /// lowercased, it starts with a refused scheme (`data:` only when not an allowed image).
    static func definitionIsDangerous(_ url: [UInt8]) -> Bool {
        let folded = String(decoding: url.filter { $0 > 0x20 && $0 != 0x7F }.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 },
                            as: UTF8.self)
        if folded.hasPrefix("javascript:") || folded.hasPrefix("vbscript:") || folded.hasPrefix("file:") { return true }
        if folded.hasPrefix("data:") {
            return !["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains { folded.hasPrefix($0) }
        }
        return false
    }

    /// The href form: bytes of `urlSafe` as they are except `&` and `'` (escaped), the
    /// rest percent-encoded.
    static func definitionURL(_ url: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        for b in url {
            if b == UInt8(ascii: "&") { out += Array("&amp;".utf8) } else if b == UInt8(ascii: "'") { out += Array("&#x27;".utf8) }
            else if HTMLWriter.urlSafe[Int(b)] { out.append(b) }
            else { out += Array("%".utf8) + Array(String(b, radix: 16, uppercase: true).utf8).padded }
        }
        return out
    }

    static let pieces: [[UInt8]] = ["java", "script:", "JaVa", "vb", "SCRIPT:", "f", "ile:", "d", "ata:", "image/", "png",
                                    "webp", "svg", "\t", " ", "\n", "\u{7F}", "\u{1}", "x", "/", "../", "ä", "%41", "&", "'",
                                    "#a", "?q=1", "(", ")", "\"", "<", "\\", "~"].map { Array($0.utf8) }

    static func randomInputs() -> [[UInt8]] {
        var rng = SystemRandomNumberGenerator()
        var inputs: [[UInt8]] = [[], [0x20], Array("javascript:x".utf8), Array(" JAVA\tSCRIPT:x".utf8), Array("data:image/png;x".utf8),
                                 Array("data:text/html".utf8), Array("../methods/a.md".utf8), Array("\u{7F}file:/etc".utf8)]
        inputs += (0..<256).map { [UInt8($0)] }
        for _ in 0..<20000 {
            var url: [UInt8] = []
            for _ in 0..<Int.random(in: 0...6, using: &rng) { url += pieces.randomElement(using: &rng)! }
            inputs.append(url)
        }
        return inputs
    }

    @Test("dangerous destinations, found from the first significant byte on")
    func dangerous() {
        var dangerous = 0
        for url in Self.randomInputs() {
            let expected = Self.definitionIsDangerous(url)
            #expect(URLSafety.isDangerous(url) == expected, "\(String(decoding: url, as: UTF8.self).debugDescription)")
            if expected { dangerous += 1 }
        }
        #expect(dangerous > 50, "only \(dangerous) dangerous inputs")
    }

    @Test("hrefs written with the bit masks, every byte value and random destinations")
    func hrefs() {
        for url in Self.randomInputs() {
            var w = HTMLWriter()
            w.url(url)
            #expect(w.out == Self.definitionURL(url), "\(url)")
        }
    }
}

private extension Array where Element == UInt8 {
    /// A one-digit hex number as two digits.
    var padded: [UInt8] { count == 1 ? [UInt8(ascii: "0")] + self : self }
}
