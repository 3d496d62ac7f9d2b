// libFuzzer target for quadratic behaviour (as cmark does): the middle third of the input
// is repeated until the document is about 512 KiB, so a slow path shows up as a timeout.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size >= 3 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let a = size / 3, b = 2 * size / 3
    let middle = bytes[a..<b]
    var input = Array(bytes[0..<a])
    if !middle.isEmpty {
        let times = max(1, (512 * 1024) / middle.count)
        input.reserveCapacity(times * middle.count + size)
        for _ in 0..<times { input.append(contentsOf: middle) }
    }
    input.append(contentsOf: bytes[b...])
    _ = Markdown.html(String(decoding: input, as: UTF8.self), options: MarkdownOptions(gfm: true, unsafe: bytes[0] & 1 == 1))
    return 0
}
