// libFuzzer target: every byte string must parse and render, in every mode, without a crash.
// Built outside SwiftPM by Fuzz/run.sh (see shared/FUZZING.md).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let source = String(decoding: bytes, as: UTF8.self)
    let mode = size > 0 ? bytes[0] % 4 : 0
    let options: MarkdownOptions
    switch mode {
    case 0: options = MarkdownOptions()
    case 1: options = MarkdownOptions(gfm: false, unsafe: true)
    case 2: options = MarkdownOptions(gfm: true, unsafe: true, tagfilter: true, headingIDs: true)
    default: options = MarkdownOptions(gfm: true, unsafe: false, headingIDs: true)
    }
    let doc = Markdown.parse(source, options: options)
    _ = doc.html()
    _ = doc.html { dest, _ in dest.isEmpty ? nil : dest + "#x" }
    _ = doc.headings
    _ = doc.links
    _ = doc.sections
    _ = doc.safetyNotes
    return 0
}
