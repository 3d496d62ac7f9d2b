import Foundation
import HubContent

/// Builds the term statistics (BM25F), the postings and the output files. See
/// `SearchIndexBuilder` for the public entry point and `Resources/README.txt` for the format.
struct IndexBuilder {
    let options: SearchIndexOptions
    /// Tags are a controlled vocabulary in the hub's language, so they are stemmed in that
    /// language even on a page written in another (a Swedish tag on an English page).
    var hubLanguage: StemLanguage = .sv

    /// Per-document accumulation for one term.
    struct TermAcc {
        var tf: (Double, Double, Double, Double, Double, Double) = (0, 0, 0, 0, 0, 0)
        var curSec = -1, bestSec = 0
        var curTF = 0.0, bestTF = 0.0

        @inline(__always) mutating func add(field: SearchField, weight: Double, section: Int) {
            // The field's frequency by its index (`tf` holds six Doubles back to back, as a
            // homogeneous tuple does): no branch per field.
            withUnsafeMutablePointer(to: &tf) {
                $0.withMemoryRebound(to: Double.self, capacity: 6) { $0[field.rawValue] += weight }
            }
            if section >= 0 {
                let w = field == .headings ? weight * 3 : weight
                if section == curSec { curTF += w } else { curSec = section; curTF = w }
                if curTF > bestTF { bestTF = curTF; bestSec = section }
            }
        }
    }

    /// A document's terms: ids, and in the same order each term's BM25F pseudo-frequency
    /// (field frequencies weighted and normalised by this document's field lengths; idf comes
    /// later, once document frequencies are known) and best section. Only these are kept for
    /// every document, not the accumulators: at 10,000 documents that is 10 million entries.
    struct DocTerms: Sendable {
        var ids: [Int32]
        var scores: [TermScore]
    }

    struct TermScore: Sendable {
        var tilde: Double
        var bestSec: Int32
    }

    func build(_ inputs: [SearchInput]) -> [SearchOutputFile] {
        var projectTitles: [String: String] = [:]
        for i in inputs.indices where inputs[i].document.kind == .projects {
            projectTitles[inputs[i].document.id.description] = inputs[i].document.title
        }
        let titles = projectTitles
        return build(prepared: Array(inputs.indices).parallelMap { prepare(DocumentFields(inputs[$0], projectTitles: titles)) })
    }

    func prepare(_ fields: DocumentFields) -> PreparedSearchPage {
        let doc = IndexedDocument(url: fields.url, lang: fields.lang, sectionCount: fields.sections.count,
                                  facets: fields.facets, entry: documentEntry(fields))
        return PreparedSearchPage(document: doc, tokens: tokenize(fields))
    }

    func build(prepared: [PreparedSearchPage]) -> [SearchOutputFile] {
        // Positions in URL order: sorting the pages themselves would copy each several times.
        let order = prepared.indices.sorted { prepared[$0].document.url < prepared[$1].document.url }
        let docs = order.map { prepared[$0].document }
        // Document data and facets need only the documents: they are made meanwhile, on the
        // core the term index leaves idle in its sequential steps.
        let documentFiles = Background {
            var files: [SearchOutputFile] = []
            writeDocuments(docs, into: &files)
            writeFacets(docs, into: &files)
            return files
        }
        var index = termIndex(docs, tokenised: order.map { prepared[$0].tokens })
        let termNames = index.termNames, termLang = index.termLang
        let postings = self.postings(index.docs, termCount: termNames.count, foldOf: index.foldOf, foldCount: index.foldCount)
        // The documents' term statistics are in the postings now: freed before the shards
        // are written, where the build's memory would otherwise peak (a local lives to the
        // end of its scope, not to its last use).
        index.docs = []

        var files: [SearchOutputFile] = []
        let shardPrefixes = writeShards(termNames: termNames, folded: index.folded, order: index.order, langs: termLang, postings: postings, into: &files)
        files += documentFiles.wait()

        var m = JSONWriter()
        m.raw("{\"v\":1,\"n\":")
        m.int(docs.count)
        m.raw(",\"c\":")
        m.int(options.docsPerChunk)
        m.raw(",\"f\":")
        m.stringArray(searchFacetNames)
        m.raw(",\"s\":")
        m.stringArray(shardPrefixes)
        m.raw("}")
        files.append(Self.file("manifest", m))
        return files.sorted { $0.path < $1.path }
    }

    static func file(_ name: String, _ json: JSONWriter) -> SearchOutputFile {
        var bytes = Array("PilotHubSearch.register(\"\(name)\",".utf8)
        bytes += json.bytes
        bytes += Array(");\n".utf8)
        return SearchOutputFile(path: "search/\(name).js", bytes: bytes)
    }

    /// The shard name for a folded term prefix (the runtime computes the same).
    static func shardName(_ prefix: String) -> String {
        prefix.isEmpty ? "t_root" : "t-" + IndexEncoding.fileSafe(prefix)
    }

    /// Document data in chunks of `docsPerChunk` documents: each chunk a JSON array of the
    /// documents' entries (`documentEntry`, made when the pages were prepared).
    func writeDocuments(_ docs: [IndexedDocument], into files: inout [SearchOutputFile]) {
        let per = max(1, options.docsPerChunk)
        files.reserveCapacity(files.count + (docs.count + per - 1) / per)
        for (chunk, first) in stride(from: 0, to: docs.count, by: per).enumerated() {
            let slice = docs[first..<min(docs.count, first + per)]
            var j = JSONWriter()
            j.bytes.reserveCapacity(slice.reduce(2) { $0 + $1.entry.count + 1 })
            j.raw("[")
            for (k, d) in slice.enumerated() {
                if k > 0 { j.raw(",") }
                j.bytes += d.entry
            }
            j.raw("]")
            files.append(Self.file("d-\(chunk)", j))
        }
    }

    /// One document's data: url, title, kind, language, summary and sections (anchor,
    /// heading, the start of the text) for excerpts, as a JSON array.
    func documentEntry(_ d: DocumentFields) -> [UInt8] {
        var j = JSONWriter()
        // Room for what is usually written (an excerpt takes at most its text's bytes, and
        // escapes are rare), so that the entry, kept until the build, is not twice its size.
        j.bytes.reserveCapacity(d.sections.reduce(64 + d.url.utf8.count + d.title.utf8.count + d.summary.utf8.count) {
            $0 + 12 + $1.anchor.utf8.count + $1.heading.utf8.count + min($1.text.count, 4 * options.excerptSectionChars)
        })
        j.raw("[")
        j.string(d.url); j.raw(",")
        j.string(d.title); j.raw(",")
        j.string(d.kind); j.raw(",")
        j.string(d.lang.rawValue); j.raw(",")
        j.string(Self.clip(SearchTokenizer.nfc(d.summary), options.excerptSectionChars)); j.raw(",[")
        var budget = options.excerptDocumentChars
        for (si, s) in d.sections.enumerated() {
            if si > 0 { j.raw(",") }
            let limit = min(budget, options.excerptSectionChars)
            j.raw("[")
            j.string(s.anchor); j.raw(",")
            j.string(s.heading); j.raw(",")
            if budget > 0 {
                budget -= Self.writeExcerpt(utf8: s.text, limit: limit, into: &j)
            } else {
                j.string("")
            }
            j.raw("]")
        }
        j.raw("]]")
        return j.bytes
    }

    /// Whitespace runs as one space, NFC (so the runtime only lowercases when highlighting).
    /// With `limit`, the result may stop after its first `limit + 1` scalars: enough for
    /// `clip(_, limit)` to give the same as on the whole text.
    static func squeeze(_ s: String, limit: Int = .max) -> String {
        var s = s
        let simple = s.withUTF8 { isSimple($0) }
        if simple {
            // Every space, tab and newline is then a grapheme of its own, so splitting bytes
            // gives exactly the Character split below, and the text is already NFC.
            return s.withUTF8 { p in
                let n = p.count
                return String(unsafeUninitializedCapacity: n) { out in
                    var k = 0, scalars = 0
                    var pending = false
                    var i = 0
                    while i < n {
                        let b = p[i]
                        i += 1
                        if b == 0x20 || b == 0x0A || b == 0x09 {
                            pending = k > 0
                            continue
                        }
                        if b & 0xC0 != 0x80 {
                            // A new scalar: stop once `limit + 1` are kept.
                            if scalars > limit { break }
                            if pending {
                                out[k] = 0x20; k += 1; scalars += 1
                                pending = false
                                if scalars > limit { break }
                            }
                            scalars += 1
                        }
                        out[k] = b; k += 1
                    }
                    return k
                }
            }
        }
        return s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
            .nfcNormalized
    }

    /// Text of scalars below U+0300 and the general punctuation U+2010–U+2027, U+2030–U+205E
    /// (dashes, quotes, ellipsis), with no CR: there whitespace bytes are graphemes of their
    /// own (no combining mark or CR-LF pair joins them) and the text is NFC.
    static func isSimple(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = p.count
        var i = 0
        while i < n {
            let b = p[i]
            if b < 0xCC {
                if b == 0x0D { return false }
                i += 1
                continue
            }
            guard b == 0xE2, i + 2 < n else { return false }
            let b1 = p[i + 1], b2 = p[i + 2]
            let ok = (b1 == 0x80 && ((b2 >= 0x90 && b2 <= 0xA7) || b2 >= 0xB0)) || (b1 == 0x81 && b2 <= 0x9E)
            if !ok { return false }
            i += 3
        }
        return true
    }

    /// At most `limit` scalars, cut at a space when there is one near the end.
    static func clip(_ s: String, _ limit: Int) -> String {
        // On UTF-8 bytes: only the first `limit + 1` scalars are looked at, and the kept
        // prefix is copied once.
        var s = s
        return s.withUTF8 { p -> String? in
            let n = p.count
            // Byte offset where each of the first limit + 1 scalars starts.
            var starts: [Int] = []
            starts.reserveCapacity(min(n, limit + 1) + 1)
            var i = 0
            while i < n && starts.count <= limit {
                starts.append(i)
                i += 1
                while i < n && p[i] & 0xC0 == 0x80 { i += 1 }
            }
            if starts.count <= limit { return nil }
            var end = limit
            var k = limit
            while k > limit * 3 / 4 { if p[starts[k]] == 0x20 { end = k; break }; k -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: p[0..<starts[end]]), as: UTF8.self) + "…"
        } ?? s
    }
}

extension String {
    fileprivate var nfcNormalized: String { SearchTokenizer.nfc(self) }
}
