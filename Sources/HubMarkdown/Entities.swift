/// Entity and numeric character references, and backslash escapes.
enum Entities {
    /// Name (without `&` and `;`) to its UTF-8 bytes.
    static let names: [String: [UInt8]] = {
        var map: [String: [UInt8]] = [:]
        map.reserveCapacity(2200)
        let packed = String(EntityTable.packed.filter { $0 != "\n" })
        for entry in packed.split(separator: "|") {
            let parts = entry.split(separator: " ")
            guard parts.count == 2 else { continue }
            var bytes: [UInt8] = []
            for hex in parts[1].split(separator: ",") {
                Bytes.appendUTF8(UInt32(hex, radix: 16) ?? 0xFFFD, to: &bytes)
            }
            map[String(parts[0])] = bytes
        }
        return map
    }()

    /// A reference starting at `&` (index `i`): appends its text and returns the index after `;`.
    static func reference(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, into out: inout [UInt8]) -> Int? {
        var j = i + 1
        guard j < end else { return nil }
        if p[j] == Bytes.hash {
            j += 1
            var v: UInt32 = 0
            var digits = 0
            if j < end && (p[j] == 0x78 || p[j] == 0x58) {
                j += 1
                while j < end && Bytes.isHex(p[j]) && digits < 7 {
                    let c = p[j]
                    let d = Bytes.isDigit(c) ? c - 0x30 : (Bytes.lower(c) - 0x61 + 10)
                    v = v * 16 + UInt32(d); j += 1; digits += 1
                }
                guard digits >= 1 && digits <= 6 else { return nil }
            } else {
                while j < end && Bytes.isDigit(p[j]) && digits < 8 { v = v * 10 + UInt32(p[j] - 0x30); j += 1; digits += 1 }
                guard digits >= 1 && digits <= 7 else { return nil }
            }
            guard j < end && p[j] == Bytes.semicolon else { return nil }
            if v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) { v = 0xFFFD }
            Bytes.appendUTF8(v, to: &out)
            return j + 1
        }
        let ns = j
        while j < end && Bytes.isAlnum(p[j]) && j - ns < 32 { j += 1 }
        guard j > ns, j < end, p[j] == Bytes.semicolon else { return nil }
        guard let bytes = names[String(decoding: UnsafeBufferPointer(rebasing: p[ns..<j]), as: UTF8.self)] else { return nil }
        out.append(contentsOf: bytes)
        return j + 1
    }

    /// Copies `start..<end`, resolving backslash escapes and references (for URLs, titles,
    /// info strings).
    static func decode(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into out: inout [UInt8]) {
        // Almost every destination has neither escapes nor references: one copy.
        var plain = true
        for k in start..<max(start, end) where p[k] == Bytes.backslash || p[k] == Bytes.amp { plain = false; break }
        if plain {
            if end > start { out.append(contentsOf: UnsafeBufferPointer(rebasing: p[start..<end])) }
            return
        }
        var i = start
        while i < end {
            let c = p[i]
            if c == Bytes.backslash && i + 1 < end && Bytes.isASCIIPunct(p[i + 1]) {
                out.append(p[i + 1]); i += 2; continue
            }
            if c == Bytes.amp, let next = reference(p, i, end, into: &out) { i = next; continue }
            out.append(c)
            i += 1
        }
    }
}
