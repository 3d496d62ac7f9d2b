/// Link destinations, titles and labels (CommonMark "Links"), shared by inline links and
/// link reference definitions.
enum LinkScanner {
    /// Nesting cap for parentheses in a destination: keeps `[a](b[a](b…` linear.
    static let maxParenDepth = 32

    /// A destination at `i`: the content range and the index after it.
    static func destination(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (Int, Int, Int)? {
        guard i < end else { return nil }
        if p[i] == Bytes.lt {
            var j = i + 1
            while j < end {
                let c = p[j]
                if c == Bytes.gt { return (i + 1, j, j + 1) }
                if c == Bytes.lf || c == Bytes.lt { return nil }
                if c == Bytes.backslash && j + 1 < end && Bytes.isASCIIPunct(p[j + 1]) { j += 2 } else { j += 1 }
            }
            return nil
        }
        var depth = 0
        var j = i
        while j < end {
            let c = p[j]
            if c == Bytes.backslash && j + 1 < end && Bytes.isASCIIPunct(p[j + 1]) { j += 2; continue }
            if c == Bytes.lparen {
                depth += 1
                if depth > maxParenDepth { return nil }
            } else if c == Bytes.rparen {
                if depth == 0 { break }
                depth -= 1
            } else if c <= 0x20 || c == 0x7F {
                break
            }
            j += 1
        }
        if j == i || depth != 0 { return nil }
        return (i, j, j)
    }

    /// A title at `i`: the content range and the index after it.
    static func title(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (Int, Int, Int)? {
        guard i < end else { return nil }
        let open = p[i]
        let close: UInt8
        switch open {
        case Bytes.quote: close = Bytes.quote
        case Bytes.apos: close = Bytes.apos
        case Bytes.lparen: close = Bytes.rparen
        default: return nil
        }
        var j = i + 1
        while j < end {
            let c = p[j]
            if c == Bytes.backslash && j + 1 < end && Bytes.isASCIIPunct(p[j + 1]) { j += 2; continue }
            if c == close { return (i + 1, j, j + 1) }
            if open == Bytes.lparen && c == Bytes.lparen { return nil }
            j += 1
        }
        return nil
    }

    /// A label `[…]` at `i`: the content range and the index after `]`.
    static func label(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (Int, Int, Int)? {
        guard i < end && p[i] == Bytes.lbracket else { return nil }
        var j = i + 1
        var chars = 0
        var nonBlank = false
        while j < end {
            let c = p[j]
            if c == Bytes.rbracket {
                return nonBlank ? (i + 1, j, j + 1) : nil
            }
            if c == Bytes.lbracket { return nil }
            if !Bytes.isWhitespace(c) { nonBlank = true }
            if c == Bytes.backslash && j + 1 < end && Bytes.isASCIIPunct(p[j + 1]) { j += 2; chars += 2 } else {
                j += 1
                if c & 0xC0 != 0x80 { chars += 1 }
            }
            if chars > 999 { return nil }
        }
        return nil
    }

    /// The normalized form of a label: Unicode case fold, whitespace runs collapsed, trimmed.
    static func normalize(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(end - start)
        var pendingSpace = false
        var ascii = true
        for k in start..<end {
            let c = p[k]
            if Bytes.isWhitespace(c) { pendingSpace = !bytes.isEmpty; continue }
            if pendingSpace { bytes.append(Bytes.space); pendingSpace = false }
            if c >= 0x80 { ascii = false }
            bytes.append(Bytes.lower(c))
        }
        let s = String(decoding: bytes, as: UTF8.self)
        if ascii { return s }
        // Full case folding: lowercase, then upper and lower again folds ẞ/ß to "ss".
        return s.lowercased().uppercased().lowercased()
    }
}

/// A link reference definition's destination and title, already decoded.
struct LinkReference {
    var url: [UInt8]
    var title: [UInt8]?
    /// Source offset of the destination.
    var sourceOffset: Int
}

/// Definitions by normalized label. The first definition of a label wins.
struct LinkReferences {
    var map: [String: LinkReference] = [:]
}
