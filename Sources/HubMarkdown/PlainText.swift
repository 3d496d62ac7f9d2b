/// The plain text of inline content: image alt text, heading text, search sections.
enum PlainText {
    /// Text of the children of `n`, line breaks as spaces, without markup.
    static func collect(_ tree: Tree, children n: Int32, text t: UnsafeBufferPointer<UInt8>, extra x: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        append(tree, children: n, text: t, extra: x, to: &out)
        return out
    }

    /// `collect`, appended to `out` (no array per block when many are joined).
    static func append(_ tree: Tree, children n: Int32, text t: UnsafeBufferPointer<UInt8>, extra x: UnsafeBufferPointer<UInt8>,
                       to out: inout [UInt8]) {
        tree.walk(below: n, descend: { _ in true }) { node, _ in
            switch node.kind {
            case .text, .code, .htmlInline:
                let buf = node.inExtra ? x : t
                if node.end > node.start { out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[Int(node.start)..<Int(node.end)])) }
            case .softBreak, .lineBreak:
                out.append(Bytes.space)
            default:
                break
            }
        }
    }
}
