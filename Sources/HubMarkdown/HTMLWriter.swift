/// Byte output with the three kinds of escaping the renderer needs. Everything goes through
/// `text`, `attribute` or `url` unless it is written with the greppable `raw`.
struct HTMLWriter {
    var out: [UInt8] = []

    /// Bytes that stay as they are in an href; all others are percent-encoded.
    static let urlSafe: [Bool] = {
        var t = [Bool](repeating: false, count: 256)
        for b in 0..<128 where Bytes.isAlnum(UInt8(b)) { t[b] = true }
        for b in "-_.!~*'();/?:@&=+$,%#".utf8 { t[Int(b)] = true }
        return t
    }()

    @inline(__always) mutating func raw(_ s: StaticString) {
        out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    mutating func raw<C: Collection>(_ bytes: C) where C.Element == UInt8 { out.append(contentsOf: bytes) }

    /// A newline unless the output already ends a line.
    mutating func cr() {
        if let last = out.last, last != Bytes.lf { out.append(Bytes.lf) }
    }

    mutating func text(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) {
        var runStart = a
        var i = a
        while true {
            // Runs without anything to escape are found a word at a time and copied at once.
            i = Bytes.findHTMLSpecial(p, from: i, to: b)
            if i >= b { break }
            if i > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<i])) }
            switch p[i] {
            case Bytes.amp: raw("&amp;")
            case Bytes.lt: raw("&lt;")
            case Bytes.gt: raw("&gt;")
            default: raw("&quot;")
            }
            i += 1
            runStart = i
        }
        if b > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<b])) }
    }

    mutating func text(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { text($0, 0, $0.count) }
    }

    static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    mutating func url(_ bytes: [UInt8]) {
        let hex = HTMLWriter.hexDigits
        let safe = HTMLWriter.urlSafe
        bytes.withUnsafeBufferPointer { p in
            // Runs of bytes written as they are are copied at once.
            var run = 0
            for i in 0..<p.count {
                let b = p[i]
                let isSafe = safe[Int(b)]
                if isSafe && b != Bytes.amp && b != Bytes.apos { continue }
                if i > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<i])) }
                if isSafe {
                    if b == Bytes.amp { raw("&amp;") } else { raw("&#x27;") }
                } else {
                    out.append(0x25)
                    out.append(hex[Int(b >> 4)])
                    out.append(hex[Int(b & 15)])
                }
                run = i + 1
            }
            if p.count > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<p.count])) }
        }
    }
}
