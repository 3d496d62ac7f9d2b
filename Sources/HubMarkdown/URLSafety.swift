/// Which link and image destinations safe mode drops: `javascript:`, `vbscript:`, `file:`,
/// and `data:` unless it is a PNG, GIF, JPEG or WebP image. The check runs on the decoded
/// destination and ignores case and ASCII control and whitespace characters, which
/// browsers also ignore (`java&#x09;script:`, `JaVaScRiPt:`).
enum URLSafety {
    static func isDangerous<C: Collection>(_ url: C) -> Bool where C.Element == UInt8 {
        var folded: [UInt8] = []
        folded.reserveCapacity(16)
        for b in url {
            if b <= 0x20 || b == 0x7F { continue }
            folded.append(Bytes.lower(b))
            if folded.count >= 16 { break }
        }
        func has(_ prefix: String) -> Bool {
            let p = Array(prefix.utf8)
            return folded.count >= p.count && Array(folded[0..<p.count]) == p
        }
        if has("javascript:") || has("vbscript:") || has("file:") { return true }
        if has("data:") {
            return !(has("data:image/png") || has("data:image/gif") || has("data:image/jpeg") || has("data:image/webp"))
        }
        return false
    }
}
