// MarkdownBench: throughput of HubMarkdown on a corpus, beside cmark-gfm, and how time grows
// when each slow input doubles. Release build only:
//   python3 ../shared/bench/gen_corpus.py --docs 10000 --out /tmp/corpus
//   swift run -c release MarkdownBench /tmp/corpus
import Foundation
import HubMarkdown

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
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
            let t = seconds { try? p.run(); p.waitUntilExit() }
            bestC = min(bestC, t)
        }
        print(String(format: "cmark-gfm, concatenated bytes:           %7.1f MB/s  (%.2f s, process included)", mb / bestC, bestC))
        print(String(format: "HubMarkdown / cmark-gfm:                 %7.2f (concatenated)", bestC / bestJoined))
    } else {
        print("cmark-gfm: not installed (apt-get install cmark-gfm)")
    }
}

// Growth per doubling of each slow input: about 2 means linear, 4 quadratic.
if skipSlow { exit(0) }
print("\nslow inputs: time at 1x, 2x, 4x and growth per doubling")
var worst = 0.0
for input in SlowInputs.all {
    var times: [Double] = []
    for k in [1, 2, 4] {
        let s = input.make(k)
        var best = Double.infinity
        for _ in 0..<2 { best = min(best, seconds { _ = Markdown.html(s) }) }
        times.append(best)
    }
    let r1 = times[1] / max(times[0], 1e-6), r2 = times[2] / max(times[1], 1e-6)
    worst = max(worst, max(r1, r2))
    print(String(format: "  %-58@ %7.3f s %7.3f s %7.3f s   x%.2f x%.2f", input.name as NSString, times[0], times[1], times[2], r1, r2))
}
print(String(format: "worst growth per doubling: x%.2f", worst))
