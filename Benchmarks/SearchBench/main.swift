// SearchBench: builds the search index of a corpus (default the 10,000-document benchmark
// corpus: python3 /work/shared/bench/gen_corpus.py --docs 10000 --out /tmp/corpus), writes it
// with the runtime, and runs query-bench.js under node for the runtime figures.
//
//   swift run -c release SearchBench [--corpus /tmp/corpus] [--out /tmp/searchbench-site]
//
// `--read-only` reads the corpus and stops: under callgrind, the instructions of a
// `--index-only` run minus those of a `--read-only` run are the index build's, on all threads
// (the build's own inclusive count only sees the main thread's share of parallel work).
// `--prepared` prepares the pages first (as the site build's page jobs do) and times only
// `build(prepared:)`: the part the site build waits for.
import Foundation
import PilotHub

/// Unbuffered, so lines interleave correctly with node's output.
func print(_ s: String) { FileHandle.standardOutput.write(Data((s + "\n").utf8)) }

var corpus = "/tmp/corpus", out = "/tmp/searchbench-site"
var indexOnly = false, readOnly = false, preparedOnly = false, repeats = 1
var args = Array(CommandLine.arguments.dropFirst())
while !args.isEmpty {
    let a = args.removeFirst()
    if a == "--corpus", !args.isEmpty { corpus = args.removeFirst() }
    else if a == "--out", !args.isEmpty { out = args.removeFirst() }
    else if a == "--index-only" { indexOnly = true }
    else if a == "--read-only" { readOnly = true }
    else if a == "--prepared" { preparedOnly = true }
    else if a == "--repeat", !args.isEmpty, let r = Int(args.removeFirst()), r > 0 { repeats = r }
    else { print("usage: SearchBench [--corpus DIR] [--out DIR] [--index-only] [--read-only] [--prepared] [--repeat N]"); exit(64) }
}

let clock = ContinuousClock()
let t0 = clock.now
let (inputs, via) = CorpusReader.inputs(contentDirectory: corpus)
let tRead = clock.now - t0
print("corpus: \(corpus): \(inputs.count) documents (read with \(via)) in \(tRead)")
if inputs.isEmpty { print("no documents"); exit(1) }
if readOnly { exit(0) }

/// CPU seconds (user, system) this process has used so far, all threads.
func cpuSeconds() -> (user: Double, system: Double) {
    var u = rusage()
    getrusage(RUSAGE_SELF.rawValue, &u)
    func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return (s(u.ru_utime), s(u.ru_stime))
}

/// The pages prepared as the site build's page jobs prepare them, on every core.
func preparedPages() -> [PreparedSearchPage] {
    let titles = SearchIndexBuilder.projectTitles(inputs.map(\.document)) { _ in true }
    nonisolated(unsafe) var pages = [PreparedSearchPage?](repeating: nil, count: inputs.count)
    pages.withUnsafeMutableBufferPointer { out in
        nonisolated(unsafe) let out = out
        DispatchQueue.concurrentPerform(iterations: inputs.count) { i in
            out[i] = SearchIndexBuilder.prepare(document: inputs[i].document, url: inputs[i].url, sections: inputs[i].sections,
                                                projectTitles: titles, config: HubConfig())
        }
    }
    return pages.map { $0! }
}

let prepared = preparedOnly ? preparedPages() : []
var files: [SearchOutputFile] = []
for _ in 0..<repeats {
    let t1 = clock.now
    let c1 = cpuSeconds()
    files = preparedOnly ? SearchIndexBuilder.build(prepared: prepared, config: HubConfig()) : SearchIndexBuilder.build(inputs, config: HubConfig())
    let tBuild = clock.now - t1
    let c2 = cpuSeconds()
    print("index build: \(tBuild) wall, \(String(format: "%.3f", c2.user - c1.user)) s user CPU, \(String(format: "%.3f", c2.system - c1.system)) s system CPU, for \(files.count) files")
}
let runtime = SearchIndexBuilder.runtimeFiles()
if indexOnly { exit(0) }

// Decompounding on this corpus: how many long Swedish words split, with examples.
do {
    var vocabulary = Set<String>()
    for i in inputs where StemLanguage(code: i.document.lang) == .sv {
        let texts = [i.document.title, i.document.summary ?? ""] + i.document.tags + i.sections.map { ($0.heading?.text ?? "") + " " + $0.text }
        for t in texts { SearchTokenizer.forEachToken(t) { vocabulary.insert($0) } }
    }
    let d = Decompounder(vocabulary: vocabulary)
    let long = vocabulary.filter { $0.unicodeScalars.count >= Decompounder.minWord && !SearchTokenizer.hasDigit($0) && !$0.contains("-") }
    var split: [(String, [String])] = []
    for w in long.sorted() { let p = d.parts(of: w); if !p.isEmpty { split.append((w, p)) } }
    let pct = long.isEmpty ? 0 : Double(split.count) * 100 / Double(long.count)
    print("decompounding: \(split.count) of \(long.count) distinct Swedish words of \(Decompounder.minWord)+ letters split (\(String(format: "%.1f", pct))%)")
    let step = max(1, split.count / 12)
    print("  e.g. " + stride(from: 0, to: split.count, by: step).prefix(12).map { split[$0].0 + " = " + split[$0].1.joined(separator: "+") }.joined(separator: ", "))
}

let fm = FileManager.default
try? fm.removeItem(atPath: out + "/search")
try fm.createDirectory(atPath: out + "/search", withIntermediateDirectories: true)
for f in files + runtime {
    try Data(f.bytes).write(to: URL(fileURLWithPath: out + "/" + f.path))
}
let indexBytes = files.reduce(0) { $0 + $1.bytes.count }
let shards = files.filter { $0.path.hasPrefix("search/t") }
let chunks = files.filter { $0.path.hasPrefix("search/d-") }
print("index files: \(files.count) (\(shards.count) term shards, \(chunks.count) document chunks, manifest, facets)")
print("index total bytes: \(indexBytes) raw")

let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("query-bench.js").path
let node = ["/usr/local/bin/node", "/usr/bin/node"].first { fm.isExecutableFile(atPath: $0) }
guard let node else { print("node not found: runtime figures skipped"); exit(0) }
let p = Process()
p.executableURL = URL(fileURLWithPath: node)
p.arguments = [script, out]
try p.run()
p.waitUntilExit()
exit(p.terminationStatus)
