// MarkdownBench: throughput of HubMarkdown on a corpus, beside cmark-gfm, and how time grows
// when each slow input doubles. Release build only:
//   python3 ../shared/bench/gen_corpus.py --docs 10000 --out /tmp/corpus
//   swift run -c release MarkdownBench /tmp/corpus
// One entry point once over the corpus, for callgrind instruction counts (subtract the
// --load-only count): --scan-only (the loader's Markdown.scanLinks), --parse-only, --html-only.
import Foundation
import HubMarkdown

/// CPU seconds of this thread spent in `body`. CPU time rather than wall time, because the
/// build machine is shared: other processes then slow the clock, not the measurement.
func seconds(_ body: () -> Void) -> Double {
    func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
    let start = now()
    body()
    return now() - start
}

/// CPU seconds (user + system) used by finished child processes so far.
func childCPUSeconds() -> Double {
    var u = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &u)
    return Double(u.ru_utime.tv_sec) + Double(u.ru_utime.tv_usec) / 1e6 + Double(u.ru_stime.tv_sec) + Double(u.ru_stime.tv_usec) / 1e6
}

/// The body of a document: what follows the closing `---` of its front matter.
func body(_ data: Data) -> String {
    let text = String(decoding: data, as: UTF8.self)
    guard text.hasPrefix("---\n") else { return text }
    if let end = text.range(of: "\n---\n", range: text.index(text.startIndex, offsetBy: 3)..<text.endIndex) {
        return String(text[end.upperBound...])
    }
    return text
}

func markdownFiles(_ dir: String) -> [String] {
    guard let e = FileManager.default.enumerator(atPath: dir) else { return [] }
    var files: [String] = []
    while let f = e.nextObject() as? String {
        if f.hasSuffix(".md") { files.append(dir + "/" + f) }
    }
    return files.sorted()
}

let args = CommandLine.arguments.dropFirst()
let corpus = args.first { !$0.hasPrefix("--") } ?? "/tmp/corpus"
let skipSlow = args.contains("--corpus-only")
let files = markdownFiles(corpus)
let bodies = files.compactMap { FileManager.default.contents(atPath: $0) }.map(body)
let totalBytes = bodies.reduce(0) { $0 + $1.utf8.count }
let mb = Double(totalBytes) / 1_000_000
// One pass of one entry point and nothing else, to count its instructions under callgrind
// (subtract a `--load-only` run for reading the corpus).
for (flag, pass) in [("--load-only", { (_: String) in 0 }), ("--scan-only", { Markdown.scanLinks($0).links.count }),
                     ("--parse-only", { Markdown.parse($0).links.count }), ("--html-only", { Markdown.html($0).utf8.count })]
    where args.contains(flag) {
    print("\(flag): \(bodies.reduce(0) { $0 + pass($1) })")
    exit(0)
}
print("times are CPU seconds: best of 3 for the corpus, best of 5 for slow inputs")
print("corpus: \(bodies.count) documents, \(String(format: "%.1f", mb)) MB of Markdown bodies")

if !bodies.isEmpty {
    var outBytes = 0
    // Warm up once, then take the best of three.
    var best = Double.infinity
    for _ in 0..<3 {
        outBytes = 0
        let t = seconds { for b in bodies { outBytes += Markdown.html(b).utf8.count } }
        best = min(best, t)
    }
    print(String(format: "HubMarkdown, per document (GFM, safe):   %7.1f MB/s  (%.2f s, %d bytes of HTML)", mb / best, best, outBytes))
    // The three ways the build reads a body: the loader's link scan, a full parse, a render.
    var scanBest = Double.infinity, parseBest = Double.infinity
    var links = 0
    for _ in 0..<3 {
        links = 0
        scanBest = min(scanBest, seconds { for b in bodies { links += Markdown.scanLinks(b).links.count } })
        parseBest = min(parseBest, seconds { for b in bodies { _ = Markdown.parse(b) } })
    }
    print(String(format: "Markdown.scanLinks (loader):             %7.1f MB/s  (%.2f s, %d links)", mb / scanBest, scanBest, links))
    print(String(format: "Markdown.parse:                          %7.1f MB/s  (%.2f s)", mb / parseBest, parseBest))
    let joined = bodies.joined(separator: "\n\n")
    var bestJoined = Double.infinity
    for _ in 0..<3 { bestJoined = min(bestJoined, seconds { _ = Markdown.html(joined) }) }
    print(String(format: "HubMarkdown, concatenated bytes:         %7.1f MB/s  (%.2f s)", mb / bestJoined, bestJoined))

    // cmark-gfm on the same concatenated bytes, if installed.
    let tmp = NSTemporaryDirectory() + "markdownbench-corpus.md"
    _ = FileManager.default.createFile(atPath: tmp, contents: Data(joined.utf8))
    let cmark = ["/usr/bin/cmark-gfm", "/usr/local/bin/cmark-gfm"].first { FileManager.default.isExecutableFile(atPath: $0) }
    if let cmark {
        var bestC = Double.infinity
        for _ in 0..<3 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: cmark)
            p.arguments = ["-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tasklist", tmp]
            p.standardOutput = FileHandle.nullDevice
            let before = childCPUSeconds()
            try? p.run()
            p.waitUntilExit()
            bestC = min(bestC, childCPUSeconds() - before)
        }
        print(String(format: "cmark-gfm, concatenated bytes:           %7.1f MB/s  (%.2f s CPU, process start included)", mb / bestC, bestC))
        print(String(format: "HubMarkdown / cmark-gfm:                 %7.2f (concatenated)", bestC / bestJoined))
    } else {
        print("cmark-gfm: not installed (apt-get install cmark-gfm)")
    }
}

// Growth per doubling of each slow input: about 2 means linear, 4 quadratic.
if skipSlow { exit(0) }
print("\nslow inputs: time at 3 sizes, and growth per doubling of input bytes (2 = linear, 4 = quadratic)")
func bestTime(_ s: String, runs: Int = 5) -> Double {
    var best = Double.infinity
    for _ in 0..<runs { best = min(best, seconds { _ = Markdown.html(s) }) }
    return best
}
var worst = 0.0
for input in SlowInputs.all {
    // Start at a scale where one render takes at least 40 ms, so timer noise stays small.
    var k = 1
    while k < 16 && bestTime(input.make(k), runs: 1) < 0.04 { k *= 2 }
    var sizes: [Int] = []
    var times: [Double] = []
    for m in [k, 2 * k, 4 * k] {
        let s = input.make(m)
        sizes.append(s.utf8.count)
        times.append(bestTime(s))
    }
    var growth: [Double] = []
    for i in 1..<3 {
        let byteRatio = Double(sizes[i]) / Double(sizes[i - 1])
        // Time ratio per doubling of bytes: t2/t1 raised to 1/log2(byte ratio).
        growth.append(pow(times[i] / max(times[i - 1], 1e-9), 1 / log2(byteRatio)) * 1)
    }
    let g = growth.max() ?? 0
    worst = max(worst, g)
    print(String(format: "  %-56@ %9d B %7.3f s | %7.3f s | %7.3f s   x%.2f x%.2f", input.name as NSString, sizes[0], times[0], times[1], times[2], growth[0], growth[1]))
}
print(String(format: "worst growth per doubling of input: x%.2f", worst))
