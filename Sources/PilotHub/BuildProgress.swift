import Dispatch
import Foundation

/// `[i/n] step` lines on standard error when asked (a terminal), and with `--timings` the
/// wall time, process CPU time and peak memory of each step once the build ends (to see
/// where a slow build spends its time, and which steps leave cores idle: CPU well below
/// wall × cores).
struct BuildProgress {
    let enabled: Bool
    let total: Int
    let language: DiagnosticLanguage
    let timings: Bool
    private(set) var step = 0
    private var current: (name: String, start: UInt64, cpu: Double)?
    private(set) var finished: [(name: String, seconds: Double, cpu: Double, peakMB: Int)] = []

    init(enabled: Bool, total: Int, language: DiagnosticLanguage, timings: Bool = false) {
        self.enabled = enabled
        self.total = total
        self.language = language
        self.timings = timings
    }

    mutating func begin(sv: String, en: String) {
        step += 1
        let text = language == .sv ? sv : en
        endStep()
        current = (text, DispatchTime.now().uptimeNanoseconds, timings ? Self.cpuSeconds() : 0)
        guard enabled else { return }
        FileHandle.standardError.write(Data("[\(step)/\(total)] \(text)\n".utf8))
    }

    /// Starts a timed part of the current step without a progress line (only `--timings`
    /// shows it).
    mutating func part(_ name: String) {
        endStep()
        current = ("  " + name, DispatchTime.now().uptimeNanoseconds, timings ? Self.cpuSeconds() : 0)
    }

    /// Closes the running step; with timings on, prints one line per step.
    mutating func finish() {
        endStep()
        guard timings else { return }
        var text = ""
        for s in finished {
            text += String(format: "%7.3f s  %7.3f s CPU  %5d MB peak  ", s.seconds, s.cpu, s.peakMB) + s.name + "\n"
        }
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// The process's peak resident memory so far (`VmHWM`), where the system reports it.
    static func peakMemoryMB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0) / 1024
    }

    /// User and system CPU time of the whole process so far, all threads.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    private mutating func endStep() {
        if let c = current {
            finished.append((c.name, Double(DispatchTime.now().uptimeNanoseconds - c.start) / 1e9,
                             timings ? Self.cpuSeconds() - c.cpu : 0, timings ? Self.peakMemoryMB() : 0))
            current = nil
        }
    }
}
