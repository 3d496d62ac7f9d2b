/// Closing leaves: copying their text once into `Tree.text`, reference definitions, tables.
extension BlockParser {
    /// Joins the paragraph's lines into `text` (leading whitespace already gone, final
    /// whitespace stripped) and records where each line came from.
    mutating func buildParagraphText(_ n: Int32) {
        let block = tree.blocks[Int(n)]
        let s0 = tree.text.count
        var first = true
        for si in Int(block.segStart)..<Int(block.segEnd) {
            let seg = tree.segments[si]
            if !first { tree.text.append(Bytes.lf) }
            first = false
            tree.textMap.append(TextMapEntry(textStart: Int32(tree.text.count), sourceStart: seg.start))
            tree.text.append(contentsOf: UnsafeBufferPointer(rebasing: p[Int(seg.start)..<Int(seg.end)]))
        }
        while tree.text.count > s0 && Bytes.isSpaceOrTab(tree.text[tree.text.count - 1]) { tree.text.removeLast() }
        tree.nodes[Int(n)].start = Int32(s0)
        tree.nodes[Int(n)].end = Int32(tree.text.count)
        tree.nodes[Int(n)].flag2 = true
    }

    mutating func finalizeParagraph(_ n: Int32) {
        if !tree.nodes[Int(n)].flag2 {
            buildParagraphText(n)
            extractReferenceDefinitions(n)
        }
        let node = tree.nodes[Int(n)]
        if node.start >= node.end { tree.unlink(n) }
    }

    mutating func copyHeadingText(_ n: Int32) {
        let block = tree.blocks[Int(n)]
        let s0 = tree.text.count
        if block.segEnd > block.segStart {
            let seg = tree.segments[Int(block.segStart)]
            tree.textMap.append(TextMapEntry(textStart: Int32(s0), sourceStart: seg.start))
            tree.text.append(contentsOf: UnsafeBufferPointer(rebasing: p[Int(seg.start)..<Int(seg.end)]))
        }
        tree.nodes[Int(n)].start = Int32(s0)
        tree.nodes[Int(n)].end = Int32(tree.text.count)
    }

    mutating func finalizeCode(_ n: Int32) {
        let node = tree.nodes[Int(n)]
        let block = tree.blocks[Int(n)]
        var segEnd = Int(block.segEnd)
        if !node.flag1 {
            // Indented code: trailing blank lines are not part of it.
            while segEnd > Int(block.segStart) {
                let seg = tree.segments[segEnd - 1]
                var blank = true
                for k in Int(seg.start)..<Int(seg.end) where !Bytes.isSpaceOrTab(p[k]) { blank = false; break }
                if !blank { break }
                segEnd -= 1
            }
        }
        let s0 = tree.text.count
        for si in Int(block.segStart)..<segEnd {
            let seg = tree.segments[si]
            for _ in 0..<seg.pad { tree.text.append(Bytes.space) }
            tree.text.append(contentsOf: UnsafeBufferPointer(rebasing: p[Int(seg.start)..<Int(seg.end)]))
            tree.text.append(Bytes.lf)
        }
        tree.nodes[Int(n)].start = Int32(s0)
        tree.nodes[Int(n)].end = Int32(tree.text.count)
    }

    mutating func finalizeHTML(_ n: Int32) {
        let block = tree.blocks[Int(n)]
        let s0 = tree.text.count
        for si in Int(block.segStart)..<Int(block.segEnd) {
            let seg = tree.segments[si]
            for _ in 0..<seg.pad { tree.text.append(Bytes.space) }
            tree.text.append(contentsOf: UnsafeBufferPointer(rebasing: p[Int(seg.start)..<Int(seg.end)]))
            tree.text.append(Bytes.lf)
        }
        tree.nodes[Int(n)].start = Int32(s0)
        tree.nodes[Int(n)].end = Int32(tree.text.count)
    }

    /// Parses link reference definitions at the start of a paragraph's text and moves the
    /// paragraph's start past them.
    mutating func extractReferenceDefinitions(_ n: Int32) {
        let start = Int(tree.nodes[Int(n)].start), end = Int(tree.nodes[Int(n)].end)
        guard start < end && tree.text[start] == Bytes.lbracket else { return }
        var found: [(String, LinkReference)] = []
        var consumed = start
        tree.text.withUnsafeBufferPointer { t in
            var i = start
            while i < end && t[i] == Bytes.lbracket {
                guard let def = parseDefinition(t, i, end) else { break }
                found.append((def.0, def.1))
                i = def.2
                consumed = i
            }
        }
        for (label, ref) in found where refs.map[label] == nil {
            refs.map[label] = ref
        }
        tree.nodes[Int(n)].start = Int32(consumed)
    }

    private func skipSpaces(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, newline: Bool) -> (Int, Bool) {
        var i = i
        var sawNewline = false
        while i < end {
            let c = t[i]
            if Bytes.isSpaceOrTab(c) { i += 1 } else if c == Bytes.lf && newline && !sawNewline { sawNewline = true; i += 1 } else { break }
        }
        return (i, sawNewline)
    }

    /// One definition at `i`: its normalized label, the reference, and the index after it.
    private func parseDefinition(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (String, LinkReference, Int)? {
        guard let (ls, le, after) = LinkScanner.label(t, i, end), after < end, t[after] == Bytes.colon else { return nil }
        let label = LinkScanner.normalize(t, ls, le)
        guard !label.isEmpty else { return nil }
        let (d, _) = skipSpaces(t, after + 1, end, newline: true)
        var ds = d, de = d, dnext = d
        if d < end && t[d] == Bytes.lt {
            guard let r = LinkScanner.destination(t, d, end) else { return nil }
            (ds, de, dnext) = r
        } else {
            guard let r = LinkScanner.destination(t, d, end) else { return nil }
            (ds, de, dnext) = r
        }
        var url: [UInt8] = []
        Entities.decode(t, ds, de, into: &url)
        let srcOffset = tree.sourceOffset(ofText: ds)
        // Title: needs whitespace before it and nothing but spaces after it on its line.
        let (ts, _) = skipSpaces(t, dnext, end, newline: true)
        if ts > dnext, let (tcs, tce, tnext) = LinkScanner.title(t, ts, end) {
            let (e, _) = skipSpaces(t, tnext, end, newline: false)
            if e == end || t[e] == Bytes.lf {
                var title: [UInt8] = []
                Entities.decode(t, tcs, tce, into: &title)
                return (label, LinkReference(url: url, title: title, sourceOffset: srcOffset), min(e + 1, end))
            }
        }
        let (e, _) = skipSpaces(t, dnext, end, newline: false)
        guard e == end || t[e] == Bytes.lf else { return nil }
        return (label, LinkReference(url: url, title: nil, sourceOffset: srcOffset), min(e + 1, end))
    }
}
