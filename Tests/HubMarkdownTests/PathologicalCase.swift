import Foundation
import Testing

/// A case of `pathological.json`: its input built from the parts described in the
/// conformance README, and its expectation.
struct PathologicalCase: Sendable, CustomTestStringConvertible {
    let name: String
    let input: String
    let expectRegex: String
    let outputFormat: String

    var testDescription: String { name }

    static let all: [PathologicalCase] = {
        guard let url = Bundle.module.url(forResource: "Resources/pathological", withExtension: "json"),
              let data = try? Data(contentsOf: url),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let cases = root["cases"] as? [[String: Any]] else { return [] }
        return cases.map { c in
            var out = ""
            build(c["input"] as? [[String: Any]] ?? [], vars: [:], into: &out)
            return PathologicalCase(name: c["name"] as? String ?? "?", input: out,
                                    expectRegex: c["expect_regex"] as? String ?? "",
                                    outputFormat: c["output_format"] as? String ?? "html")
        }
    }()

    static func build(_ parts: [[String: Any]], vars: [String: Int], into out: inout String) {
        for part in parts {
            if let text = part["text"] as? String {
                var n = 1
                if let r = part["repeat"] as? Int { n = r } else if let v = part["repeat"] as? String { n = vars[v] ?? 0 }
                out += String(repeating: text, count: n)
            } else if let v = part["for"] as? String, let from = part["from"] as? Int, let to = part["to"] as? Int {
                for i in from...to {
                    var vs = vars
                    vs[v] = i
                    build(part["parts"] as? [[String: Any]] ?? [], vars: vs, into: &out)
                }
            } else if part["generator"] as? String == "reference_hash_collisions" {
                out += referenceCollisions(count: part["count"] as? Int ?? 0, buckets: part["buckets"] as? Int ?? 16)
            }
        }
    }

    /// Keys `x<n>` whose sdbm-style hash falls in bucket 0; the first is the undefined one.
    static func referenceCollisions(count: Int, buckets: Int) -> String {
        var keys: [String] = []
        var n = 0
        while keys.count < count {
            let key = "x\(n)"
            var h: UInt32 = 0
            for c in key.unicodeScalars {
                h = c.value &+ (h << 6) &+ (h << 16) &- h
            }
            if h % UInt32(buckets) == 0 { keys.append(key) }
            n += 1
        }
        let bad = keys[0]
        var out = ""
        for key in keys.dropFirst() { out += "[\(key)]: /url\n\n[\(bad)]\n\n" }
        return out
    }
}

/// Runs `body` on a thread with a large stack and waits at most `seconds`; nil on timeout.
final class HangGuardBox<T>: @unchecked Sendable {
    var value: T?
    var cpuSeconds = 0.0
    init() {}
}

/// The CPU time of the calling thread.
func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Runs `body` on its own thread with a large stack. Returns nil if it used more than
/// `seconds` of CPU time, or did not finish within `wallSeconds` at all (a hang). CPU time,
/// not wall time, is the limit, so that a machine busy with other builds does not fail it.
func withHangGuard<T: Sendable>(seconds: Double, wallSeconds: Double = 60, _ body: @escaping @Sendable () -> T) -> T? {
    let box = HangGuardBox<T>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        let start = threadCPUSeconds()
        box.value = body()
        box.cpuSeconds = threadCPUSeconds() - start
        done.signal()
    }
    thread.stackSize = 64 << 20
    thread.start()
    guard done.wait(timeout: .now() + wallSeconds) == .success else { return nil }
    return box.cpuSeconds <= seconds ? box.value : nil
}
