/// Which link and image destinations safe mode drops: `javascript:`, `vbscript:`, `file:`,
/// and `data:` unless it is a PNG, GIF, JPEG or WebP image. The check runs on the decoded
/// destination and ignores case and ASCII control and whitespace characters, which
/// browsers also ignore (`java&#x09;script:`, `JaVaScRiPt:`).
enum URLSafety {
    static func isDangerous<C: Collection>(_ url: C) -> Bool where C.Element == UInt8 {
        // Runs for every link twice (parse and render): the first 16 significant bytes,
        // folded, live in two integers (byte k at bits 8k), so the check allocates nothing.
        var lo: UInt64 = 0, hi: UInt64 = 0
        var count = 0
        for b in url {
            if b <= 0x20 || b == 0x7F { continue }
            let v = UInt64(Bytes.lower(b))
            // Most destinations are relative paths or web addresses: only j, v, f, d start a
            // dangerous scheme, so the first significant byte usually settles it.
            if count == 0 && v != 0x6A && v != 0x76 && v != 0x66 && v != 0x64 { return false }
            if count < 8 { lo |= v << (8 * UInt64(count)) } else { hi |= v << (8 * UInt64(count - 8)) }
            count += 1
            if count >= 16 { break }
        }
        // Nothing significant at all (the first byte, when there is one, was checked above).
        guard count > 0 else { return false }
        func has(_ prefix: StaticString) -> Bool {
            let n = prefix.utf8CodeUnitCount
            guard count >= n else { return false }
            let p = prefix.utf8Start
            for k in 0..<n {
                let word = k < 8 ? lo : hi
                if UInt8(truncatingIfNeeded: word >> (8 * UInt64(k & 7))) != p[k] { return false }
            }
            return true
        }
        if has("javascript:") || has("vbscript:") || has("file:") { return true }
        if has("data:") {
            return !(has("data:image/png") || has("data:image/gif") || has("data:image/jpeg") || has("data:image/webp"))
        }
        return false
    }
}
