import HubContent

/// From documents to terms: tokens, their terms per language, compound parts, and every
/// document's term statistics.
///
/// Almost all of it runs on every core: tokens are interned per document first (bytes, no
/// `String`), then the documents' small tables are merged into one in document order, each
/// hash part by its own task (`MergedTokens`: one hash lookup per distinct token of a document); stems,
/// stop words and compound splits are computed once per distinct token; the per-document term
/// statistics are gathered in parallel again. The output does not depend on how the ids are
/// numbered: terms are written sorted by name, postings in document order.
extension IndexBuilder {
    /// One document's tokens: its own token table, and per field the local token ids (a
    /// range of `ids`, which holds the whole document's in order).
    struct DocTokens: Sendable {
        var table: DocTokenTable
        var ids: [Int32]
        var fields: [(field: SearchField, section: Int, ids: Range<Int>)]
    }

    /// What one distinct token gives: its term in each language it is used in (nil for a
    /// stop word or an unused language), and, in Swedish, the terms of its compound parts.
    struct TokenTerms: Sendable {
        var sv: String?
        var en: String?
        var digit = false
        var parts: [String] = []
    }

    /// What the first pass over distinct tokens gives: the token's scalars when all are below
    /// U+0300 (then the text is NFC and each scalar a character, so the stemmers and the
    /// decompounder work on them as they are), its terms without compound parts, and the keys
    /// it adds to the known Swedish words (`Decompounder.knownKeys(of:)`).
    struct TokenForms: Sendable {
        var latin: [UInt32]?
        var terms: TokenTerms
        /// For a token that is not `latin`: its keys.
        var known: [ArraySlice<UInt32>] = []
        /// For a `latin` token: whether the word is a key, and the length of its stem when that
        /// is a key too (0 when not): both are prefixes of the word, so no array is made.
        var knownWord = false
        var knownStem = 0

        /// Adds the token's keys to `set`, in the order `Decompounder.knownKeys(of:)` lists them.
        func addKnown(to set: inout ScalarSet) {
            if let w = latin {
                if knownWord { set.insert(w[...]) }
                if knownStem > 0 { set.insert(w[0..<knownStem]) }
            }
            for k in known { set.insert(k) }
        }
    }

    /// `TokenForms` of token `s`, used in Swedish text when `usage & 1`, in English when `usage & 2`.
    static func forms(_ s: String, usage: UInt8) -> TokenForms {
        var r = TokenTerms()
        let w = StemText.scalars(s)
        guard !w.contains(where: { $0 >= 0x300 }) else {
            // The String functions, as they are.
            r.digit = SearchTokenizer.hasDigit(s)
            var f = TokenForms(latin: nil, terms: r)
            if usage & 1 != 0 {
                f.known = Decompounder.knownKeys(of: s)
                if !StopWords.swedishTable.contains(s) { f.terms.sv = r.digit ? s : Stemmer.stem(s, language: .sv) }
            }
            if usage & 2 != 0 && !StopWords.englishTable.contains(s) { f.terms.en = r.digit ? s : Stemmer.stem(s, language: .en) }
            return f
        }
        // `hasDigit` from the scalars: below U+0300 a word scalar that is no letter is a
        // number (there are no marks there).
        r.digit = Self.hasDigit(latin: w)
        var knownWord = false, knownStem = 0
        if usage & 1 != 0 && !StopWords.swedishTable.contains(s) {
            if r.digit {
                r.sv = s
            } else {
                // The stem is a prefix of the word (`SwedishStemmer.stemLength`); a word that is
                // its own stem is the token's String itself.
                let k = w.withUnsafeBufferPointer { SwedishStemmer.stemLength($0) }
                r.sv = k == w.count ? s : StemText.string(w[0..<k])
                // `knownKeys(of:)`: the word and its stem, for words of `minPart` letters or more
                // that are not chains, codes or stop words.
                if w.count >= Decompounder.minPart && !w.contains(0x2D) && !w.contains(0x27) {
                    knownWord = true
                    if k >= Decompounder.minPart { knownStem = k }
                }
            }
        }
        if usage & 2 != 0 && !StopWords.englishTable.contains(s) {
            if r.digit {
                r.en = s
            } else {
                var stem = w
                EnglishStemmer.stem(&stem)
                r.en = StemText.string(stem)
            }
        }
        return TokenForms(latin: w, terms: r, knownWord: knownWord, knownStem: knownStem)
    }

    /// `SearchTokenizer.hasDigit` of the text of scalars `w`, all below U+0300.
    static func hasDigit(latin w: [UInt32]) -> Bool {
        ByteTokenizer.table.flags.withUnsafeBufferPointer { flags in
            w.contains { flags[Int($0)] & (ByteTokenizer.word | ByteTokenizer.letter) == ByteTokenizer.word }
        }
    }

    struct TermIndex {
        var termNames: [String]
        /// Which stemmer made each term: 1 Swedish, 2 English, 3 both or a code.
        var termLang: [UInt8]
        /// The accent-folded term, and the id of its fold group.
        var folded: [String]
        var foldOf: [Int]
        var foldCount: Int
        /// The term ids in shard order (`TermOrder.sorted`).
        var order: [Int32]
        var docs: [DocTerms]
    }

    func tokenize(_ d: DocumentFields) -> DocTokens {
        var sink = DocTokenSink(tokens: d.sections.reduce(256) { $0 + $1.text.count / 5 })
        var fields: [(field: SearchField, section: Int, ids: Range<Int>)] = []
        let docBit: UInt8 = d.lang == .sv ? 1 : 2
        // Tags are stemmed in the hub's language (see `hubLanguage`).
        let tagBit: UInt8 = hubLanguage == .sv ? 1 : 2
        func add(_ field: SearchField, _ section: Int, _ text: String, _ bit: UInt8) {
            sink.bit = bit
            let start = sink.idCount
            ByteTokenizer.tokenize(text, into: &sink)
            fields.append((field, section, start..<sink.idCount))
        }
        /// `add` of `parts.joined(separator: " · ")`, the joined text made as UTF-8 bytes
        /// (the same bytes, with no String made from them unless the text needs the String path).
        func addJoined(_ field: SearchField, _ parts: [String], _ bit: UInt8) {
            if parts.count < 2 { return add(field, -1, parts.first ?? "", bit) }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(parts.reduce(0) { $0 + $1.utf8.count + 4 })
            for (k, part) in parts.enumerated() {
                if k > 0 { bytes += [0x20, 0xC2, 0xB7, 0x20] }  // " · "
                bytes += part.utf8
            }
            sink.bit = bit
            let start = sink.idCount
            ByteTokenizer.tokenize(utf8: bytes, into: &sink)
            fields.append((field, -1, start..<sink.idCount))
        }
        add(.title, -1, d.title, docBit)
        add(.summary, -1, d.summary, docBit)
        addJoined(.tags, d.tags, tagBit)
        addJoined(.meta, d.meta, docBit)
        for (i, s) in d.sections.enumerated() {
            if !s.heading.isEmpty { add(.headings, i, s.heading, docBit) }
            sink.bit = docBit
            let start = sink.idCount
            ByteTokenizer.tokenize(utf8: s.text, into: &sink)
            fields.append((.body, i, start..<sink.idCount))
        }
        let (table, ids) = sink.finish()
        return DocTokens(table: table, ids: ids, fields: fields)
    }

    /// The terms of the distinct tokens: names, and which stemmer made each (`TermIndex`);
    /// per token its term in Swedish and in English text (-1 for none: a stop word or an
    /// unused language) and, flat, its compound parts' terms: token t's are
    /// `partList[partStart[t] ..< partStart[t + 1]]`.
    struct TokenTermTable {
        var termNames: [String]
        var termLang: [UInt8]
        var termSV: [Int32]
        var termEN: [Int32]
        var partStart: [Int32]
        var partList: [Int32]
    }

    /// `tokenised[i]` is `tokenize(docs[i])`, made beforehand (see `PreparedSearchPage`).
    func termIndex(_ docs: [IndexedDocument], tokenised: [DocTokens]) -> TermIndex {
        // Merged in document order: the first spelling of a token wins.
        var merged = MergedTokens(tokenised.map(\.table))
        // What the terms were made from (forms, compound splits) is freed on return, and the
        // tokens' strings here: only ids are used from now on, while the statistics are made.
        let (terms, lengths) = tokenTerms(merged, tokenised: tokenised, docs: docs)
        merged.tokens = []

        // The folded terms, their groups and the shard order depend on the names only: made
        // meanwhile, while the documents' statistics are gathered.
        let names = terms.termNames
        let foldsTask = Background { () -> (folded: [String], foldOf: [Int], foldCount: Int, order: [Int32]) in
            let folded = Array(0..<names.count).parallelMap { SearchTokenizer.fold(names[$0]) }
            var foldIDs = ByteInterner(capacity: folded.count)
            var foldOf: [Int] = []
            foldOf.reserveCapacity(folded.count)
            for f in folded { foldOf.append(foldIDs.intern(f)) }
            return (folded, foldOf, foldIDs.count, TermOrder.sorted(termNames: names, folded: folded))
        }

        let stats = docTerms(tokenised, merged: merged, docs: docs, lengths: lengths, termCount: names.count,
                             termSV: terms.termSV, termEN: terms.termEN, partStart: terms.partStart, partList: terms.partList)
        let folds = foldsTask.wait()
        return TermIndex(termNames: names, termLang: terms.termLang, folded: folds.folded, foldOf: folds.foldOf,
                         foldCount: folds.foldCount, order: folds.order, docs: stats)
    }

    /// The terms of `merged`'s tokens, and the documents' field lengths (`fieldLengths`),
    /// counted meanwhile.
    func tokenTerms(_ merged: MergedTokens, tokenised: [DocTokens], docs: [IndexedDocument]) -> (TokenTermTable, [[Double]]) {
        let tokens = merged.tokens, used = merged.usage
        let tokenCount = tokens.count
        let tokenIDs = Array(0..<tokenCount)

        // Per distinct token: its terms, and what it adds to the site's own Swedish
        // vocabulary (for splitting compounds); one Swedish stem serves both.
        let forms = tokenIDs.parallelMap { Self.forms(tokens[$0], usage: used[$0]) }
        // The field lengths need only which tokens have a term in each language (not a stop
        // word), which the forms already say: counted meanwhile, while compounds are split.
        let lengthsTask = Background { [forms] in
            var hasSV = [Bool](repeating: false, count: tokenCount), hasEN = hasSV
            for t in 0..<tokenCount {
                hasSV[t] = forms[t].terms.sv != nil
                hasEN[t] = forms[t].terms.en != nil
            }
            return self.fieldLengths(tokenised, merged: merged, docs: docs, hasSV: hasSV, hasEN: hasEN)
        }
        var known = ScalarSet(capacity: 2 * tokenCount)
        for f in forms { f.addKnown(to: &known) }
        let decompounder = Decompounder(known: known)

        let perToken: [TokenTerms] = tokenIDs.parallelMap { t in
            var r = forms[t].terms
            // Compound parts, for a token with a Swedish term (used in Swedish, not a stop word).
            guard r.sv != nil else { return r }
            if let w = forms[t].latin {
                if w.count < Decompounder.minWord { return r }
                let ranges = decompounder.latinParts(w)
                // One allocation for the parts, not one per part appended.
                r.parts.reserveCapacity(ranges.count)
                for range in ranges {
                    // Looked up by its bytes: no String for a part that is not a stop word.
                    if StemText.withUTF8(w[range], { StopWords.swedishTable.contains($0) }) { continue }
                    // A part is letters only: its term is its stem, a prefix of the part.
                    let k = w.withUnsafeBufferPointer { SwedishStemmer.stemLength(UnsafeBufferPointer(rebasing: $0[range])) }
                    r.parts.append(StemText.string(w[range.lowerBound..<(range.lowerBound + k)]))
                }
            } else {
                for p in decompounder.parts(of: tokens[t]) where !StopWords.swedishTable.contains(p) {
                    r.parts.append(SearchTokenizer.term(p, language: .sv))
                }
            }
            return r
        }

        // Terms: ids in token order (any order gives the same output, see above).
        // Keyed as a `[String: Int]` would be (`ByteInterner` keeps String equality), without
        // a `Hasher` per lookup.
        var termIDs = ByteInterner(capacity: tokenCount)
        var termNames: [String] = []
        var termLang: [UInt8] = []
        func termID(_ t: String) -> Int {
            let id = termIDs.intern(t)
            if id == termNames.count {
                termNames.append(t)
                termLang.append(0)
            }
            return id
        }
        var termSV = [Int32](repeating: -1, count: tokenCount)
        var termEN = [Int32](repeating: -1, count: tokenCount)
        // Compound part terms per token, flat: token t's are partList[partStart[t]..<partStart[t + 1]].
        var partStart = [Int32](repeating: 0, count: tokenCount + 1)
        var partList: [Int32] = []
        for (t, r) in perToken.enumerated() {
            if let sv = r.sv {
                let id = termID(sv)
                termLang[id] |= r.digit ? 3 : 1
                termSV[t] = Int32(id)
                var ps: [Int32] = []
                for p in r.parts {
                    let pt = termID(p)
                    termLang[pt] |= 1
                    if pt != id && !ps.contains(Int32(pt)) { ps.append(Int32(pt)) }
                }
                partList += ps
            }
            partStart[t + 1] = Int32(partList.count)
            if let en = r.en {
                let id = termID(en)
                termLang[id] |= r.digit ? 3 : 2
                termEN[t] = Int32(id)
            }
        }

        return (TokenTermTable(termNames: termNames, termLang: termLang, termSV: termSV, termEN: termEN,
                               partStart: partStart, partList: partList), lengthsTask.wait())
    }

    /// Each document's field lengths in indexed tokens (stop words do not count): `hasSV[t]`
    /// and `hasEN[t]` say whether token t has a term in Swedish and in English text. Documents
    /// in chunks on every core.
    func fieldLengths(_ tokenised: [DocTokens], merged: MergedTokens, docs: [IndexedDocument],
                      hasSV: [Bool], hasEN: [Bool]) -> [[Double]] {
        let per = max(32, (docs.count + 15) / 16)
        let chunks = Array(stride(from: 0, to: docs.count, by: per))
        let hubLanguage = hubLanguage
        let fieldCount = SearchField.allCases.count
        let chunkLengths: [[[Double]]] = chunks.parallelMap { first in
            var out: [[Double]] = []
            out.reserveCapacity(min(per, docs.count - first))
            hasSV.withUnsafeBufferPointer { hasSV in
            hasEN.withUnsafeBufferPointer { hasEN in
                for di in first..<min(first + per, docs.count) {
                    var lengths = [Double](repeating: 0, count: fieldCount)
                    let docLang = docs[di].lang
                    merged.ids[merged.docStart[di]...].withUnsafeBufferPointer { map in
                    tokenised[di].ids.withUnsafeBufferPointer { ids in
                        for (field, _, local) in tokenised[di].fields {
                            let row = (field == .tags ? hubLanguage : docLang) == .sv ? hasSV : hasEN
                            // Counted as an integer: the same as adding 1.0 at a time (exact
                            // below 2^53).
                            var length = 0
                            for lid in ids[local] where row[Int(map[Int(lid)])] { length += 1 }
                            lengths[field.rawValue] += Double(length)
                        }
                    }
                    }
                    out.append(lengths)
                }
            }
            }
            return out
        }
        return chunkLengths.flatMap { $0 }
    }

    /// Every document's terms with their BM25F pseudo-frequency and best section; documents
    /// in chunks on every core. `lengths` are the documents' field lengths (`fieldLengths`):
    /// their averages over all documents normalise each frequency.
    func docTerms(_ tokenised: [DocTokens], merged: MergedTokens, docs: [IndexedDocument], lengths: [[Double]], termCount: Int,
                  termSV: [Int32], termEN: [Int32], partStart: [Int32], partList: [Int32]) -> [DocTerms] {
        // Few, large chunks: each allocates a slot array as long as the term list.
        let per = max(32, (docs.count + 15) / 16)
        let chunks = Array(stride(from: 0, to: docs.count, by: per))
        let partWeight = options.partWeight
        let hubLanguage = hubLanguage
        let fieldCount = SearchField.allCases.count
        // Summed in document order, as one sequential pass would.
        var totals = [Double](repeating: 0, count: fieldCount)
        for l in lengths { for f in 0..<fieldCount { totals[f] += l[f] } }
        let n = Double(max(docs.count, 1))
        let avg = totals.map { max($0 / n, 1) }
        let w = options.weights, b = options.b

        // Pass 2: the terms.
        let built: [[DocTerms]] = chunks.parallelMap { first in
            var acc = DocAccumulator(termCount: termCount)
            var out: [DocTerms] = []
            termSV.withUnsafeBufferPointer { termSV in
            termEN.withUnsafeBufferPointer { termEN in
            partStart.withUnsafeBufferPointer { partStart in
            partList.withUnsafeBufferPointer { partList in
                for di in first..<min(first + per, docs.count) {
                    let docLang = docs[di].lang
                    merged.ids[merged.docStart[di]...].withUnsafeBufferPointer { map in
                    tokenised[di].ids.withUnsafeBufferPointer { ids in
                        for (field, section, local) in tokenised[di].fields {
                            let sv = (field == .tags ? hubLanguage : docLang) == .sv
                            let row = sv ? termSV : termEN
                            for lid in ids[local] {
                                let tok = Int(map[Int(lid)])
                                let term = row[tok]
                                if term < 0 { continue }
                                acc.add(term, field, 1, section)
                                if sv {
                                    for k in Int(partStart[tok])..<Int(partStart[tok + 1]) { acc.add(partList[k], field, partWeight, section) }
                                }
                            }
                        }
                    }
                    }
                    let l = lengths[di]
                    var norm = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
                    norm.0 = 1 - b[0] + b[0] * l[0] / avg[0]
                    norm.1 = 1 - b[1] + b[1] * l[1] / avg[1]
                    norm.2 = 1 - b[2] + b[2] * l[2] / avg[2]
                    norm.3 = 1 - b[3] + b[3] * l[3] / avg[3]
                    norm.4 = 1 - b[4] + b[4] * l[4] / avg[4]
                    norm.5 = 1 - b[5] + b[5] * l[5] / avg[5]
                    out.append(acc.take(weights: w, norm: norm, noSection: Int32(docs[di].sectionCount)))
                }
            }
            }
            }
            }
            acc.release()
            return out
        }
        return built.flatMap { $0 }
    }
}

/// One document's term accumulators, reused from document to document: a slot per term id
/// (-1 when the term is absent), so no dictionary is needed. The slots, ids and accumulators
/// live in memory this accumulator owns until `release()` (one per chunk of documents), so
/// that adding a token's term does no array bookkeeping.
struct DocAccumulator {
    private let slot: UnsafeMutablePointer<Int32>
    private let termCount: Int
    private var ids: UnsafeMutablePointer<Int32>
    private var accs: UnsafeMutablePointer<IndexBuilder.TermAcc>
    private var count = 0
    private var capacity = 1024

    init(termCount: Int) {
        self.termCount = termCount
        slot = .allocate(capacity: max(termCount, 1))
        slot.initialize(repeating: -1, count: termCount)
        ids = .allocate(capacity: capacity)
        accs = .allocate(capacity: capacity)
    }

    /// Frees the memory; the accumulator is not used after.
    func release() {
        slot.deallocate()
        ids.deallocate()
        accs.deallocate()
    }

    @inline(__always) mutating func add(_ term: Int32, _ field: SearchField, _ weight: Double, _ section: Int) {
        var s = Int(slot[Int(term)])
        if s < 0 {
            if count == capacity { grow() }
            s = count
            slot[Int(term)] = Int32(s)
            ids[s] = term
            (accs + s).initialize(to: IndexBuilder.TermAcc())
            count += 1
        }
        accs[s].add(field: field, weight: weight, section: section)
    }

    private mutating func grow() {
        let c = 2 * capacity
        let newIDs = UnsafeMutablePointer<Int32>.allocate(capacity: c)
        newIDs.moveInitialize(from: ids, count: count)
        ids.deallocate()
        ids = newIDs
        let newAccs = UnsafeMutablePointer<IndexBuilder.TermAcc>.allocate(capacity: c)
        newAccs.moveInitialize(from: accs, count: count)
        accs.deallocate()
        accs = newAccs
        capacity = c
    }

    /// The document's terms in order of first occurrence (a term's postings do not depend on
    /// the order of the other terms of a document), each with its pseudo-frequency: the field
    /// frequencies weighted and divided by `norm`, summed over fields in order 0...5 (the
    /// order fixes the floating-point result). A term found only outside the body (title,
    /// summary, tags, facts) gets `noSection`, one past the document's last section: a result
    /// for it links to the top of the page, not to a heading. Clears the accumulator.
    mutating func take(weights w: [Double], norm: (Double, Double, Double, Double, Double, Double),
                       noSection: Int32) -> IndexBuilder.DocTerms {
        var scores: [IndexBuilder.TermScore] = []
        scores.reserveCapacity(count)
        for k in 0..<count {
            let a = accs[k]
            let tf = a.tf
            var tilde = 0.0
            if tf.0 > 0 { tilde += w[0] * tf.0 / norm.0 }
            if tf.1 > 0 { tilde += w[1] * tf.1 / norm.1 }
            if tf.2 > 0 { tilde += w[2] * tf.2 / norm.2 }
            if tf.3 > 0 { tilde += w[3] * tf.3 / norm.3 }
            if tf.4 > 0 { tilde += w[4] * tf.4 / norm.4 }
            if tf.5 > 0 { tilde += w[5] * tf.5 / norm.5 }
            scores.append(IndexBuilder.TermScore(tilde: tilde, bestSec: a.bestTF > 0 ? Int32(a.bestSec) : noSection))
        }
        let termIDs = Array(UnsafeBufferPointer(start: ids, count: count))
        for id in termIDs { slot[Int(id)] = -1 }
        count = 0
        return IndexBuilder.DocTerms(ids: termIDs, scores: scores)
    }
}
