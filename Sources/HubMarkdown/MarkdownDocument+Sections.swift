/// Plain text per heading section, for the search index.
extension MarkdownDocument {
    /// The text before the first heading (if any, or if there is no heading at all), then one
    /// section per heading. Blocks are separated by newlines; markup is gone.
    public var sections: [MarkdownSection] { sections(headings: headings) }

    /// The same, with `headings` already computed (they are a Unicode pass over every heading:
    /// a page that renders them passes them here rather than computing them twice).
    public func sections(headings: [MarkdownHeading]) -> [MarkdownSection] {
        sectionsUTF8(headings: headings).map { MarkdownSection(heading: $0.heading, text: String(decoding: $0.text, as: UTF8.self)) }
    }

    /// `sections(headings:)` with each text as UTF-8 bytes, for a caller that reads bytes
    /// (the search index): no `String` is made, validated and read back as bytes.
    public func sectionsUTF8(headings: [MarkdownHeading]) -> [MarkdownSection.UTF8Text] {
        var result: [MarkdownSection.UTF8Text] = []
        var current: MarkdownHeading? = nil
        // One scratch buffer for every section; each section gets a copy of its size. Handing
        // out the buffer itself made the next section grow a new one from scratch.
        var text: [UInt8] = []
        text.reserveCapacity(min(tree.text.count, 4096))
        var headingIndex = 0
        tree.text.withUnsafeBufferPointer { t in
            tree.extra.withUnsafeBufferPointer { x in
                walkBlocks { node, n in
                    var piece: [UInt8]? = nil
                    switch node.kind {
                    case .heading:
                        if current != nil || !text.isEmpty {
                            result.append(MarkdownSection.UTF8Text(heading: current, text: text.withUnsafeBufferPointer { Array($0) }))
                        }
                        current = headingIndex < headings.count ? headings[headingIndex] : nil
                        headingIndex += 1
                        text.removeAll(keepingCapacity: true)
                    case .paragraph, .tableCell:
                        // Straight into `text`: a newline first if it is not empty, all taken
                        // back if the block has no text.
                        let mark = text.count
                        if !text.isEmpty { text.append(Bytes.lf) }
                        let start = text.count
                        PlainText.append(tree, children: n, text: t, extra: x, to: &text)
                        if text.count == start { text.removeSubrange(mark...) }
                    case .codeBlock:
                        var code = Array(t[Int(node.start)..<Int(node.end)])
                        while code.last == Bytes.lf { code.removeLast() }
                        piece = code
                    default:
                        break
                    }
                    if let piece, !piece.isEmpty {
                        if !text.isEmpty { text.append(Bytes.lf) }
                        text.append(contentsOf: piece)
                    }
                }
            }
        }
        if current != nil || !text.isEmpty || result.isEmpty {
            result.append(MarkdownSection.UTF8Text(heading: current, text: text))
        }
        return result
    }
}
