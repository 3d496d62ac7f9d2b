/// Byte output with the three kinds of escaping the renderer needs. Everything goes through
/// `text`, `attribute` or `url` unless it is written with the greppable `raw`.
struct HTMLWriter {
    /// The bytes written so far. The renderer makes a small write per tag and per run of
    /// text: into storage of the writer's own, each is a capacity check and a few stores
    /// (an `Array` append also checks uniqueness and copies through a generic routine).
    private let buffer = OutputBuffer()

    /// The bytes written so far, as an array.
    var out: [UInt8] { buffer.bytes }

    /// Room for `count` more bytes, so that writing them grows the storage once at most.
    func reserve(_ count: Int) { buffer.ensure(count) }

    @inline(__always) func append(_ b: UInt8) { buffer.append(b) }

    /// Bytes that stay as they are in an href; all others are percent-encoded.
    static let urlSafe: [Bool] = {
        var t = [Bool](repeating: false, count: 256)
        for b in 0..<128 where Bytes.isAlnum(UInt8(b)) { t[b] = true }
        for b in "-_.!~*'();/?:@&=+$,%#".utf8 { t[Int(b)] = true }
        return t
    }()

    @inline(__always) mutating func raw(_ s: StaticString) {
        buffer.append(s.utf8Start, s.utf8CodeUnitCount)
    }

    mutating func raw(_ bytes: UnsafeBufferPointer<UInt8>) {
        if let base = bytes.baseAddress { buffer.append(base, bytes.count) }
    }

    mutating func raw(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { raw($0) }
    }

    /// A newline unless the output already ends a line.
    mutating func cr() {
        if buffer.count > 0 && buffer.base[buffer.count - 1] != Bytes.lf { buffer.append(Bytes.lf) }
    }

    mutating func text(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) {
        var runStart = a
        var i = a
        while true {
            // Runs without anything to escape are found a word at a time and copied at once.
            i = Bytes.findHTMLSpecial(p, from: i, to: b)
            if i >= b { break }
            if i > runStart { buffer.append(p.baseAddress! + runStart, i - runStart) }
            switch p[i] {
            case Bytes.amp: raw("&amp;")
            case Bytes.lt: raw("&lt;")
            case Bytes.gt: raw("&gt;")
            default: raw("&quot;")
            }
            i += 1
            runStart = i
        }
        if b > runStart { buffer.append(p.baseAddress! + runStart, b - runStart) }
    }

    mutating func text(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { text($0, 0, $0.count) }
    }

    static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    mutating func url(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { url($0) }
    }

    /// `urlSafe` less `&` and `'` (escaped, not percent-encoded) as two bit masks, bytes
    /// 0-63 and 64-127: the test for the bytes written as they are, a shift per byte.
    static let plainURLBytes: (low: UInt64, high: UInt64) = {
        var low: UInt64 = 0, high: UInt64 = 0
        for b in 0..<128 where urlSafe[b] && b != Int(Bytes.amp) && b != Int(Bytes.apos) {
            if b < 64 { low |= 1 << UInt64(b) } else { high |= 1 << UInt64(b - 64) }
        }
        return (low, high)
    }()

    /// Whether `b` is written into an href as it is (`urlSafe`, but not `&` or `'`).
    @inline(__always)
    static func isPlainURLByte(_ b: UInt8, _ masks: (low: UInt64, high: UInt64)) -> Bool {
        b < 64 ? (masks.low >> UInt64(b)) & 1 != 0 : b < 128 && (masks.high >> UInt64(b &- 64)) & 1 != 0
    }

    mutating func url(_ p: UnsafeBufferPointer<UInt8>) {
        let hex = HTMLWriter.hexDigits
        let safe = HTMLWriter.urlSafe
        let plain = HTMLWriter.plainURLBytes
        // Runs of bytes written as they are are copied at once.
        var run = 0
        for i in 0..<p.count {
            let b = p[i]
            if Self.isPlainURLByte(b, plain) { continue }
            let isSafe = safe[Int(b)]
            if i > run { buffer.append(p.baseAddress! + run, i - run) }
            if isSafe {
                if b == Bytes.amp { raw("&amp;") } else { raw("&#x27;") }
            } else {
                buffer.append(0x25)
                buffer.append(hex[Int(b >> 4)])
                buffer.append(hex[Int(b & 15)])
            }
            run = i + 1
        }
        if p.count > run { buffer.append(p.baseAddress! + run, p.count - run) }
    }
}

/// Growable bytes that belong to one `HTMLWriter` (a class, so that the memory is freed with it).
final class OutputBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity = 64

    init() { base = .allocate(capacity: capacity) }

    deinit { base.deallocate() }

    /// Room for `extra` more bytes.
    @inline(__always) func ensure(_ extra: Int) {
        if extra > capacity - count { grow(count + extra) }
    }

    private func grow(_ needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always) func append(_ b: UInt8) {
        ensure(1)
        base[count] = b
        count += 1
    }

    @inline(__always) func append(_ p: UnsafePointer<UInt8>, _ n: Int) {
        guard n > 0 else { return }
        ensure(n)
        let to = base + count
        // Tags are a few bytes: stored one by one rather than through a copy routine.
        if n <= 16 { for k in 0..<n { to[k] = p[k] } } else { to.initialize(from: p, count: n) }
        count += n
    }

    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }
}
