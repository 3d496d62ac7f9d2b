import Foundation

/// The conformance README allows engines whose regex library cannot handle a huge repeat to
/// check the same property by counting. ICU runs out of backtracking stack on
/// `^(<\w+>\n?)+x(</\w+>\n)+$` over 60,000 tags, so an anchored pattern is also matched
/// piece by piece: each top-level group is applied repeatedly (greedily, anchored at the
/// current position) and its repetitions counted against its quantifier.
enum PiecewiseRegex {
    struct Piece {
        var regex: NSRegularExpression
        var min: Int
        var max: Int
    }

    static func matches(_ pattern: String, _ text: String) -> Bool {
        guard pattern.hasPrefix("^"), let (pieces, anchoredEnd) = parse(String(pattern.dropFirst())) else { return false }
        let length = (text as NSString).length
        var pos = 0
        for piece in pieces {
            // `\G` chains the matches: each starts where the previous ended.
            var count = 0
            piece.regex.enumerateMatches(in: text, options: [], range: NSRange(location: pos, length: length - pos)) { m, _, stop in
                guard let m, m.range.length > 0, count < piece.max else { stop.pointee = true; return }
                pos = m.range.location + m.range.length
                count += 1
            }
            if count < piece.min { return false }
        }
        if anchoredEnd { return pos == length || (pos == length - 1 && (text as NSString).character(at: pos) == 10) }
        return true
    }

    static func parse(_ p: String) -> ([Piece], Bool)? {
        let c = Array(p)
        var pieces: [Piece] = []
        var anchoredEnd = false
        var i = 0
        func add(_ src: String, _ min: Int, _ max: Int) -> Bool {
            guard let r = try? NSRegularExpression(pattern: "\\G(?:" + src + ")") else { return false }
            pieces.append(Piece(regex: r, min: min, max: max))
            return true
        }
        while i < c.count {
            if c[i] == "(" {
                var depth = 0
                var j = i
                while j < c.count {
                    if c[j] == "\\" { j += 2; continue }
                    if c[j] == "(" { depth += 1 }
                    if c[j] == ")" { depth -= 1; if depth == 0 { break } }
                    j += 1
                }
                guard j < c.count else { return nil }
                let group = String(c[i...j])
                var k = j + 1
                var lo = 1, hi = 1
                if k < c.count && c[k] == "+" { hi = Int.max; k += 1 } else if k < c.count && c[k] == "*" { lo = 0; hi = Int.max; k += 1 } else if k < c.count && c[k] == "?" { lo = 0; k += 1 } else if k < c.count && c[k] == "{" {
                    var m = k + 1
                    while m < c.count && c[m] != "}" { m += 1 }
                    guard let n = Int(String(c[(k + 1)..<m])) else { return nil }
                    lo = n; hi = n
                    k = m + 1
                }
                guard add(group, lo, hi) else { return nil }
                i = k
            } else {
                var j = i
                while j < c.count && c[j] != "(" {
                    if c[j] == "\\" { j += 2; continue }
                    j += 1
                }
                var lit = String(c[i..<min(j, c.count)])
                if j >= c.count && lit.hasSuffix("$") && !lit.hasSuffix("\\$") { lit.removeLast(); anchoredEnd = true }
                if !lit.isEmpty { guard add(lit, 1, 1) else { return nil } }
                i = j
            }
        }
        return (pieces, anchoredEnd)
    }
}
