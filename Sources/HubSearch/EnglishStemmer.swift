/// The Snowball 3.x English stemmer (Porter2), written from the algorithm description
/// (snowballstem.org/algorithms/english), including the 3.0/3.1 changes: no undoubling after
/// exactly a/e/o, `-ogist` → `-og`, the `-eed`/`-ing` exceptions and the R1 prefixes.
public enum EnglishStemmer {
    typealias S = StemText
    static let Y: UInt32 = 0x59, y: UInt32 = 0x79, apos: UInt32 = 0x27

    @inline(__always) static func isVowel(_ c: UInt32) -> Bool {
        switch c {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: return true
        default: return false
        }
    }

    static let exceptions: [[UInt32]: [UInt32]] = {
        let pairs = ["skis": "ski", "skies": "sky", "idly": "idl", "gently": "gentl", "ugly": "ugli",
                     "early": "earli", "only": "onli", "singly": "singl", "sky": "sky", "news": "news",
                     "howe": "howe", "atlas": "atlas", "cosmos": "cosmos", "bias": "bias", "andes": "andes"]
        var d: [[UInt32]: [UInt32]] = [:]
        for (k, v) in pairs { d[S.scalars(k)] = S.scalars(v) }
        return d
    }()
    static let r1Prefixes = ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter"].map(S.scalars)
    static let step1b = ["eedly", "ingly", "edly", "eed", "ing", "ed"].map(S.scalars)
    static let eedKeep = ["proc", "exc", "succ"].map(S.scalars)
    static let ingKeep = ["inn", "out", "cann", "herr", "earr", "even"].map(S.scalars)
    static let step2: [([UInt32], [UInt32])] = [
        ("ization", "ize"), ("ational", "ate"), ("fulness", "ful"), ("ousness", "ous"), ("iveness", "ive"),
        ("tional", "tion"), ("biliti", "ble"), ("lessli", "less"), ("entli", "ent"), ("ation", "ate"),
        ("alism", "al"), ("aliti", "al"), ("ousli", "ous"), ("iviti", "ive"), ("fulli", "ful"), ("ogist", "og"),
        ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("izer", "ize"), ("ator", "ate"), ("alli", "al"),
        ("bli", "ble"), ("ogi", "og"), ("li", ""),
    ].map { (S.scalars($0.0), S.scalars($0.1)) }
    static let step3: [([UInt32], [UInt32])] = [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"),
        ("ative", ""), ("ical", "ic"), ("ness", ""), ("ful", ""),
    ].map { (S.scalars($0.0), S.scalars($0.1)) }
    static let step4 = ["ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti",
                        "ous", "ive", "ize", "ion", "al", "er", "ic"].map(S.scalars)
    static let past = S.scalars("past"), ogi = S.scalars("ogi"), li = S.scalars("li"), ative = S.scalars("ative"),
               ion = S.scalars("ion"), eed = S.scalars("eed"), eedly = S.scalars("eedly"), ing = S.scalars("ing")
    static let aposSApos = S.scalars("'s'"), aposS = S.scalars("'s"), sses = S.scalars("sses"),
               ied = S.scalars("ied"), ies = S.scalars("ies"), us = S.scalars("us"), ss = S.scalars("ss")

    /// The stem of a lowercased English word.
    public static func stem(_ word: String) -> String {
        var w = S.scalars(word)
        stem(&w)
        return S.string(w)
    }

    @inline(__always) static func hasVowel(_ w: [UInt32], _ from: Int, _ to: Int) -> Bool {
        var i = from
        while i < to { if isVowel(w[i]) { return true }; i += 1 }
        return false
    }

    /// Does `w[0..<end]` end with a short syllable?
    static func endsShortSyllable(_ w: [UInt32], _ end: Int) -> Bool {
        if end == 2 { return isVowel(w[0]) && !isVowel(w[1]) }
        if end == 4 && S.ends(w, 4, past) { return true }
        if end < 3 { return false }
        let c = w[end - 1]
        return !isVowel(c) && c != 0x77 && c != 0x78 && c != Y && isVowel(w[end - 2]) && !isVowel(w[end - 3])
    }

    static func isDouble(_ a: UInt32, _ b: UInt32) -> Bool {
        a == b && S.isIn(a, "bdfgmnprt")
    }

    /// Stems `w` (scalar values) in place.
    public static func stem(_ w: inout [UInt32]) {
        if let e = exceptions[w] { w = e; return }
        if w.count < 3 { return }
        if w[0] == apos { w.removeFirst() }
        for i in w.indices where w[i] == y && (i == 0 || isVowel(w[i - 1])) { w[i] = Y }
        var n = w.count

        // Regions.
        var p1 = -1
        for p in r1Prefixes where S.ends(w, p.count, p) { p1 = p.count; break }
        if p1 < 0 {
            p1 = n
            var i = 1
            while i < n { if isVowel(w[i - 1]) && !isVowel(w[i]) { p1 = i + 1; break }; i += 1 }
        }
        var p2 = n
        var i = p1 + 1
        while i < n { if isVowel(w[i - 1]) && !isVowel(w[i]) { p2 = i + 1; break }; i += 1 }

        // Step 0.
        if S.ends(w, n, aposSApos) { w.removeLast(3) }
        else if S.ends(w, n, aposS) { w.removeLast(2) }
        else if n > 0 && w[n - 1] == apos { w.removeLast() }
        n = w.count

        // Step 1a.
        if S.ends(w, n, sses) { w.removeLast(2) }
        else if S.ends(w, n, ied) || S.ends(w, n, ies) {
            // -> i after more than one letter (cries -> cri), else ie (ties -> tie)
            if n > 4 { w.removeLast(2) } else { w.removeLast() }
        } else if S.ends(w, n, us) || S.ends(w, n, ss) {
        } else if n > 0 && w[n - 1] == 0x73 {
            if hasVowel(w, 0, n - 2) { w.removeLast() }
        }
        n = w.count

        // Step 1b.
        if let suf = step1b.first(where: { S.ends(w, n, $0) }) {
            let b = n - suf.count
            if suf == eed || suf == eedly {
                if b >= p1 && !eedKeep.contains(where: { $0.count == b && S.ends(w, b, $0) }) {
                    w.removeLast(suf.count - 2)
                }
            } else {
                var special = false
                if suf == ing {
                    if b == 2 && w[1] == y && !isVowel(w[0]) {
                        w = [w[0], 0x69, 0x65]
                        special = true
                    } else if ingKeep.contains(where: { $0.count == b && S.ends(w, b, $0) }) {
                        special = true
                    }
                }
                if !special && hasVowel(w, 0, b) {
                    w.removeLast(suf.count)
                    let m = w.count
                    let last = w[m - 1], prev = m >= 2 ? w[m - 2] : 0
                    if (prev == 0x61 && last == 0x74) || (prev == 0x62 && last == 0x6C) || (prev == 0x69 && last == 0x7A) {
                        w.append(0x65)
                    } else if m >= 2 && isDouble(prev, last) {
                        if !(m == 3 && (w[0] == 0x61 || w[0] == 0x65 || w[0] == 0x6F)) { w.removeLast() }
                    } else if p1 >= m && endsShortSyllable(w, m) {
                        w.append(0x65)
                    }
                }
            }
        }
        n = w.count

        // Step 1c.
        if n > 2 && (w[n - 1] == y || w[n - 1] == Y) && !isVowel(w[n - 2]) { w[n - 1] = 0x69 }

        // Step 2.
        for (suf, rep) in step2 where S.ends(w, n, suf) {
            let b = n - suf.count
            if b >= p1 {
                if suf == ogi {
                    if b > 0 && w[b - 1] == 0x6C { w.removeLast(suf.count); w += rep }
                } else if suf == li {
                    if b > 0 && S.isIn(w[b - 1], "cdeghkmnrt") { w.removeLast(2) }
                } else {
                    w.removeLast(suf.count); w += rep
                }
            }
            break
        }
        n = w.count

        // Step 3.
        for (suf, rep) in step3 where S.ends(w, n, suf) {
            let b = n - suf.count
            if b >= p1 {
                if suf == ative {
                    if b >= p2 { w.removeLast(5) }
                } else {
                    w.removeLast(suf.count); w += rep
                }
            }
            break
        }
        n = w.count

        // Step 4.
        for suf in step4 where S.ends(w, n, suf) {
            let b = n - suf.count
            if b >= p2 {
                if suf == ion {
                    if b > 0 && (w[b - 1] == 0x73 || w[b - 1] == 0x74) { w.removeLast(3) }
                } else {
                    w.removeLast(suf.count)
                }
            }
            break
        }
        n = w.count

        // Step 5.
        if n > 0 && w[n - 1] == 0x65 {
            if n - 1 >= p2 || (n - 1 >= p1 && !endsShortSyllable(w, n - 1)) { w.removeLast() }
        } else if n > 1 && w[n - 1] == 0x6C {
            if n - 1 >= p2 && w[n - 2] == 0x6C { w.removeLast() }
        }
        for j in w.indices where w[j] == Y { w[j] = y }
    }
}
