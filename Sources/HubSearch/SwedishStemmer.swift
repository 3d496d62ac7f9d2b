/// The Snowball 3.x Swedish stemmer, written from the algorithm description
/// (snowballstem.org/algorithms/swedish). R1 is adjusted as in German: at least three
/// letters precede it. The 3.0 rules for `-et`, `-ets` and `-öst` are included.
public enum SwedishStemmer {
    static let ae: UInt32 = 0xE4, aa: UInt32 = 0xE5, oe: UInt32 = 0xF6

    @inline(__always) static func isVowel(_ c: UInt32) -> Bool {
        switch c {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79, ae, aa, oe: return true
        default: return false
        }
    }

    /// Step 1 suffixes, longest first, so that the first match is the longest.
    static let step1: [[UInt32]] = {
        let a = ["a", "arna", "erna", "heterna", "orna", "ad", "e", "ade", "ande", "arne", "are",
                 "aste", "en", "anden", "aren", "heten", "ern", "ar", "er", "heter", "or", "as", "arnas",
                 "ernas", "ornas", "es", "ades", "andes", "ens", "arens", "hetens", "erns", "at", "andet",
                 "het", "ast", "s", "et"]
        return a.map(StemText.scalars).sorted { $0.count > $1.count }
    }()
    static let etInvalid: [[UInt32]] = ["h", "iet", "uit", "fab", "cit", "dit", "alit", "ilit", "mit", "nit", "pit",
                                        "rit", "sit", "tit", "ivit", "kvit", "xit", "kom", "rak", "pak", "stak"].map(StemText.scalars)
    static let step3: [[UInt32]] = ["fullt", "lig", "öst", "els", "ig"].map(StemText.scalars)
    static let s: [UInt32] = [0x73], et: [UInt32] = [0x65, 0x74]
    static let fullt = StemText.scalars("fullt"), ost = StemText.scalars("öst")

    /// The stem of a lowercased Swedish word.
    public static func stem(_ word: String) -> String {
        var w = StemText.scalars(word)
        stem(&w)
        return StemText.string(w)
    }

    /// A valid et-ending: `w[0..<end]` ends letter + vowel + non-vowel, and not in `etInvalid`.
    static func validEt(_ w: [UInt32], _ end: Int) -> Bool {
        if end < 3 || isVowel(w[end - 1]) || !isVowel(w[end - 2]) { return false }
        for bad in etInvalid where StemText.ends(w, end, bad) { return false }
        return true
    }

    /// Stems `w` (scalar values) in place.
    public static func stem(_ w: inout [UInt32]) {
        var n = w.count
        if n < 3 { return }
        var p1 = n
        var i = 1
        while i < n {
            if isVowel(w[i - 1]) && !isVowel(w[i]) { p1 = i + 1; break }
            i += 1
        }
        if p1 < 3 { p1 = 3 }

        // Step 1: the longest suffix in R1.
        for suf in step1 where n - suf.count >= p1 && StemText.ends(w, n, suf) {
            if suf == s {
                if StemText.ends(w, n - 1, et) && validEt(w, n - 3) {
                    w.removeLast(3)
                } else if StemText.isIn(w[n - 2], "bcdfghjklmnoprtvy") {
                    w.removeLast()
                }
            } else if suf == et {
                if validEt(w, n - 2) { w.removeLast(2) }
            } else {
                w.removeLast(suf.count)
            }
            break
        }

        // Step 2: undouble dd gd nn dt gt kt tt in R1.
        n = w.count
        if n - 2 >= p1 {
            let a = w[n - 2], b = w[n - 1]
            let d: UInt32 = 0x64, g: UInt32 = 0x67, nn: UInt32 = 0x6E, k: UInt32 = 0x6B, t: UInt32 = 0x74
            if (b == d && (a == d || a == g)) || (b == nn && a == nn) || (b == t && (a == d || a == g || a == k || a == t)) {
                w.removeLast()
            }
        }

        // Step 3.
        n = w.count
        for suf in step3 where n - suf.count >= p1 && StemText.ends(w, n, suf) {
            if suf == fullt {
                w.removeLast()
            } else if suf == ost {
                if n >= 4 && StemText.isIn(w[n - 4], "iklnprtuv") { w.removeLast() }
            } else {
                w.removeLast(suf.count)
            }
            break
        }
    }
}
