// BuildBench: times the stages of a release build on a content folder, so that a slow
// build can be traced to a stage (loading, or rendering and writing). The comparison
// with Hugo, with peak memory, is Benchmarks/build-vs-hugo.sh.
//
//     swift run -c release BuildBench /tmp/corpus1000 [--runs 3] [--output /tmp/bench-out]
import Dispatch
import Foundation
import PilotHub

var args = Array(CommandLine.arguments.dropFirst())
guard let content = args.first, !content.hasPrefix("-") else {
    FileHandle.standardError.write(Data("usage: BuildBench CONTENT [--runs N] [--output DIR]\n".utf8))
    exit(64)
}
args.removeFirst()
var runs = 3
var output = NSTemporaryDirectory() + "/buildbench-out-\(getpid())"
var i = 0
while i < args.count {
    if args[i] == "--runs", i + 1 < args.count { runs = Int(args[i + 1]) ?? 3; i += 1 }
    else if args[i] == "--output", i + 1 < args.count { output = args[i + 1]; i += 1 }
    i += 1
}

func seconds(_ f: () throws -> Void) rethrows -> Double {
    let t = DispatchTime.now().uptimeNanoseconds
    try f()
    return Double(DispatchTime.now().uptimeNanoseconds - t) / 1e9
}

var loads: [Double] = [], builds: [Double] = []
var last: BuildResult?
for _ in 0..<runs {
    var loaded: (hub: Hub?, diagnostics: [Diagnostic]) = (nil, [])
    loads.append(seconds { loaded = ContentLoader.load(contentDirectory: content) })
    guard let hub = loaded.hub else { print("no hub: \(loaded.diagnostics.count) diagnostics"); exit(1) }
    try builds.append(seconds {
        last = try SiteBuilder.build(hub: hub, loadDiagnostics: loaded.diagnostics,
                                     options: BuildOptions(contentDirectory: content, outputDirectory: output))
    })
}
let r = last!
func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }
print(String(format: "BuildBench %@: %d documents, %d pages, %.1f MB; load %.3f s, render+write %.3f s (median of %d)%@",
             content, ContentLoader.load(contentDirectory: content).hub?.documents.count ?? 0, r.pageCount,
             Double(r.byteCount) / 1e6, median(loads), median(builds), runs,
             r.wroteOutput ? "" : " — NOT WRITTEN: \(r.diagnostics.errorCount) errors"))
try? FileManager.default.removeItem(atPath: output)
