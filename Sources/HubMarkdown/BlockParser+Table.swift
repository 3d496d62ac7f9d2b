/// GFM tables: a paragraph's last line becomes the header when the next line is a
/// delimiter row with as many cells.
extension BlockParser {
    static let maxTableColumns = 10_000

    /// Cell ranges of a row: pipes split cells unless escaped; outer pipes are optional.
    func splitRow(_ start: Int, _ end: Int) -> [(Int, Int)] {
        var s = start, e = end
        while s < e && Bytes.isSpaceOrTab(p[s]) { s += 1 }
        while e > s && Bytes.isSpaceOrTab(p[e - 1]) { e -= 1 }
        if s < e && p[s] == Bytes.pipe { s += 1 }
        var cells: [(Int, Int)] = []
        // Room for a typical row at once: grown from empty, the array was reallocated three
        // or four times per row.
        cells.reserveCapacity(8)
        var cs = s
        var i = s
        while i < e {
            let c = p[i]
            if c == Bytes.backslash && i + 1 < e { i += 2; continue }
            if c == Bytes.pipe { cells.append((cs, i)); cs = i + 1 }
            i += 1
        }
        // A trailing pipe ends the row; otherwise the rest is the last cell.
        if cs < e || cells.isEmpty { cells.append((cs, e)) }
        for k in cells.indices {
            var (a, b) = cells[k]
            while a < b && Bytes.isSpaceOrTab(p[a]) { a += 1 }
            while b > a && Bytes.isSpaceOrTab(p[b - 1]) { b -= 1 }
            cells[k] = (a, b)
        }
        return cells
    }

    /// The alignments of a delimiter row (0 none, 1 left, 2 center, 3 right), or nil.
    func delimiterRow(_ start: Int, _ end: Int) -> [UInt8]? {
        let cells = splitRow(start, end)
        var aligns: [UInt8] = []
        for (a, b) in cells {
            guard a < b else { return nil }
            var i = a
            let left = p[i] == Bytes.colon
            if left { i += 1 }
            var dashes = 0
            while i < b && p[i] == Bytes.minus { dashes += 1; i += 1 }
            let right = i < b && p[i] == Bytes.colon
            if right { i += 1 }
            guard dashes >= 1 && i == b else { return nil }
            aligns.append(left && right ? 2 : left ? 1 : right ? 3 : 0)
        }
        return aligns.isEmpty ? nil : aligns
    }

    mutating func startTable(_ para: Int32) -> Bool {
        let node = tree.nodes[Int(para)]
        let block = tree.blocks[Int(para)]
        guard block.segEnd > block.segStart, !node.flag2 else { return false }
        guard let aligns = delimiterRow(nextNonspace, le) else { return false }
        let headerSeg = tree.segments[Int(block.segEnd) - 1]
        let header = splitRow(Int(headerSeg.start), Int(headerSeg.end))
        // More columns than any real table has: not a table (keeps CVE-2022-24724-style
        // inputs, 70,000 columns, from turning into millions of cells).
        guard header.count == aligns.count, aligns.count <= BlockParser.maxTableColumns else { return false }
        // The lines before the header stay a paragraph.
        tree.blocks[Int(para)].segEnd -= 1
        let saveLine = lineNo
        let table = addChild(.table, at: Int(headerSeg.start))
        tree.nodes[Int(table)].line = headerSeg.line
        tree.nodes[Int(table)].num = Int32(aligns.count)
        tree.nodes[Int(table)].start2 = Int32(tree.aligns.count)
        tree.aligns.append(contentsOf: aligns)
        tree.nodes[Int(table)].end = Int32(Int(headerSeg.end - headerSeg.start) + (le - nextNonspace))
        lineNo = headerSeg.line
        appendRow(table, cells: header, header: true)
        lineNo = saveLine
        offset = le
        lineConsumed = true
        return true
    }

    /// Adds a body row, unless the cells the table had to fill in would pass the budget:
    /// short rows under a wide header otherwise make output quadratic (CVE-2023-37463).
    /// Then the line is not a row; it starts a paragraph after the table.
    mutating func addTableRow(_ table: Int32, from start: Int) -> Bool {
        let cells = splitRow(start, le)
        let columns = Int(tree.nodes[Int(table)].num)
        let missing = max(0, columns - cells.count)
        let filled = Int(tree.nodes[Int(table)].start) + missing
        let bytes = Int(tree.nodes[Int(table)].end) + (le - start)
        if missing > 0 && filled > max(65536, 2 * bytes) { return false }
        tree.nodes[Int(table)].start = Int32(filled)
        tree.nodes[Int(table)].end = Int32(min(bytes, Int(Int32.max)))
        appendRow(table, cells: cells, header: false)
        return true
    }

    private mutating func appendRow(_ table: Int32, cells: [(Int, Int)], header: Bool) {
        let columns = Int(tree.nodes[Int(table)].num)
        let alignStart = Int(tree.nodes[Int(table)].start2)
        let row = tree.addBlock(.tableRow)
        tree.nodes[Int(row)].flag1 = header
        tree.nodes[Int(row)].line = lineNo
        tree.append(row, to: table)
        for c in 0..<columns {
            let cell = tree.addBlock(.tableCell)
            tree.nodes[Int(cell)].small = tree.aligns[alignStart + c]
            tree.nodes[Int(cell)].line = lineNo
            let s0 = tree.text.count
            if c < cells.count {
                let (a, b) = cells[c]
                tree.textMap.append(TextMapEntry(textStart: Int32(s0), sourceStart: Int32(a)))
                var i = a
                var run = a
                while i < b {
                    // `\|` is a pipe inside a cell, even inside code spans.
                    if p[i] == Bytes.backslash && i + 1 < b && p[i + 1] == Bytes.pipe {
                        if i > run { tree.text.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<i])) }
                        tree.text.append(Bytes.pipe)
                        i += 2
                        run = i
                        continue
                    }
                    i += 1
                }
                if b > run { tree.text.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<b])) }
            }
            tree.nodes[Int(cell)].start = Int32(s0)
            tree.nodes[Int(cell)].end = Int32(tree.text.count)
            tree.append(cell, to: row)
        }
    }
}
