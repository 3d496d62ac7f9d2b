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

    /// Step 1 suffixes grouped by their last letter (`a`, `d`, `e`, `n`, `r`, `s`, `t`), each
    /// group longest first: only a suffix ending in the word's last letter can match, and the
    /// first match in its group is the longest match of `step1`.
    static let step1ByLast: [[[UInt32]]] = {
        let lasts: [UInt32] = [0x61, 0x64, 0x65, 0x6E, 0x72, 0x73, 0x74]
        return lasts.map { l in step1.filter { $0.last == l } }
    }()

    /// The group of `step1ByLast` for last letter `c`, or -1.
    @inline(__always) static func step1Group(_ c: UInt32) -> Int {
        switch c {
        case 0x61: return 0
        case 0x64: return 1
        case 0x65: return 2
        case 0x6E: return 3
        case 0x72: return 4
        case 0x73: return 5
        case 0x74: return 6
        default: return -1
        }
    }

    /// A valid et-ending: `w[0..<end]` ends letter + vowel + non-vowel, and not in `etInvalid`.
    static func validEt(_ w: UnsafeBufferPointer<UInt32>, _ end: Int) -> Bool {
        if end < 3 || isVowel(w[end - 1]) || !isVowel(w[end - 2]) { return false }
        for bad in etInvalid where StemText.ends(w, end, bad) { return false }
        return true
    }

    /// Stems `w` (scalar values) in place.
    public static func stem(_ w: inout [UInt32]) {
        let k = w.withUnsafeBufferPointer { stemLength($0) }
        if k < w.count { w.removeLast(w.count - k) }
    }

    /// The length of the stem of `w`: every rule only removes letters at the end (`fullt`
    /// and `öst` lose their last), so the stem is always `w[0..<stemLength(w)]`. Lets a
    /// caller stem a slice of a word without copying it.
    static func stemLength(_ w: UnsafeBufferPointer<UInt32>) -> Int {
        var n = w.count
        if n < 3 { return n }
        var p1 = n
        var i = 1
        while i < n {
            if isVowel(w[i - 1]) && !isVowel(w[i]) { p1 = i + 1; break }
            i += 1
        }
        if p1 < 3 { p1 = 3 }

        // Step 1: the longest suffix in R1.
        let group = step1Group(w[n - 1])
        if group >= 0 {
            for suf in step1ByLast[group] where n - suf.count >= p1 && StemText.ends(w, n, suf) {
                if suf.count == 1 && suf[0] == 0x73 {  // s
                    if StemText.ends(w, n - 1, et) && validEt(w, n - 3) {
                        n -= 3
                    } else if StemText.isIn(w[n - 2], "bcdfghjklmnoprtvy") {
                        n -= 1
                    }
                } else if suf == et {
                    if validEt(w, n - 2) { n -= 2 }
                } else {
                    n -= suf.count
                }
                break
            }
        }

        // Step 2: undouble dd gd nn dt gt kt tt in R1.
        if n - 2 >= p1 {
            let a = w[n - 2], b = w[n - 1]
            let d: UInt32 = 0x64, g: UInt32 = 0x67, nn: UInt32 = 0x6E, k: UInt32 = 0x6B, t: UInt32 = 0x74
            if (b == d && (a == d || a == g)) || (b == nn && a == nn) || (b == t && (a == d || a == g || a == k || a == t)) {
                n -= 1
            }
        }

        // Step 3.
        for suf in step3 where n - suf.count >= p1 && StemText.ends(w, n, suf) {
            if suf == fullt {
                n -= 1
            } else if suf == ost {
                if n >= 4 && StemText.isIn(w[n - 4], "iklnprtuv") { n -= 1 }
            } else {
                n -= suf.count
            }
            break
        }
        return n
    }
}
