// BuildBench: times the stages of a release build on a content folder, so that a slow
// build can be traced to a stage (loading, or rendering and writing). The comparison
// with Hugo, with peak memory, is Benchmarks/build-vs-hugo.sh.
//
//     swift run -c release BuildBench /tmp/corpus1000 [--runs 3] [--output /tmp/bench-out]
//     swift run -c release BuildBench synthetic:10000      (a hub made in code: the site stage alone)
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

/// A hub made in code (`--synthetic N` instead of a folder): measures the site stage alone,
/// with bodies of the corpus's size, whatever the loader does.
func syntheticHub(_ n: Int) -> Hub {
    let tags = (0..<42).map { "tagg \($0)" }
    let regions = ["Skåne", "Stockholm", "Västra Götaland", "Norrbotten", "Örebro"]
    var body = ""
    for i in 0..<(ProcessInfo.processInfo.environment["BB_EMPTY"] == nil ? 8 : 0) { body += "## Avsnitt \(i)\n\n" + String(repeating: "Rådgivaren föreslog att se över lösenorden redan första veckan. ", count: 12) + "\n\n" }
    var docs: [Document] = []
    for i in 0..<n {
        let kind: DocumentKind = [.methods, .tools, .lessons, .lessons, .projects, .meetings][i % 6]
        let id = DocumentID(kind: kind, slug: "dokument-\(i)")
        let details: KindDetails
        switch kind {
        case .methods: details = .method(MethodDetails(format: "utbildning", level: "grund", audience: ["företagsledare"], duration: "2 h"))
        case .tools: details = .tool(ToolDetails(type: "mall"))
        case .lessons: details = .lesson(LessonDetails(project: DocumentID(kind: .projects, slug: "dokument-4"), outcome: "delvis"))
        case .projects: details = .project(ProjectDetails(owner: "Almi", companies: 10, women: 4, men: 6))
        default: details = .meeting(MeetingDetails(place: "Umeå"))
        }
        docs.append(Document(id: id, sourcePath: "\(kind.rawValue)/dokument-\(i).md", title: "Dokument nummer \(i)",
                             summary: "En sammanfattning av dokument \(i).", date: ContentDate(year: 2020 + i % 6, month: 1 + i % 12, day: 1 + i % 28),
                             tags: [tags[i % 42], tags[(i * 7) % 42]], region: regions[i % 5], sector: ["handel"],
                             body: body, details: details))
    }
    return Hub(config: HubConfig(title: "Syntetisk hubb"), documents: docs, contentRoot: NSTemporaryDirectory())
}

var loads: [Double] = [], builds: [Double] = []
var last: BuildResult?
for _ in 0..<runs {
    var loaded: (hub: Hub?, diagnostics: [Diagnostic]) = (nil, [])
    if content.hasPrefix("synthetic:") {
        loads.append(seconds { loaded = (syntheticHub(Int(content.dropFirst(10)) ?? 1000), []) })
    } else {
        loads.append(seconds { loaded = ContentLoader.load(contentDirectory: content) })
    }
    guard let hub = loaded.hub else { print("no hub: \(loaded.diagnostics.count) diagnostics"); exit(1) }
    try builds.append(seconds {
        last = try SiteBuilder.build(hub: hub, loadDiagnostics: loaded.diagnostics,
                                     options: BuildOptions(contentDirectory: content, outputDirectory: output))
    })
}
let r = last!
func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }
print(String(format: "BuildBench %@: %d pages, %.1f MB; load %.3f s, render+write %.3f s (median of %d)%@",
             content, r.pageCount,
             Double(r.byteCount) / 1e6, median(loads), median(builds), runs,
             r.wroteOutput ? "" : " — NOT WRITTEN: \(r.diagnostics.errorCount) errors"))
try? FileManager.default.removeItem(atPath: output)
