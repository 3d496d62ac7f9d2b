import Foundation

/// `[i/n] step` lines on standard error, only when asked (a terminal).
struct BuildProgress {
    let enabled: Bool
    let total: Int
    let language: DiagnosticLanguage
    private(set) var step = 0

    init(enabled: Bool, total: Int, language: DiagnosticLanguage) {
        self.enabled = enabled
        self.total = total
        self.language = language
    }

    mutating func begin(sv: String, en: String) {
        step += 1
        guard enabled else { return }
        let text = language == .sv ? sv : en
        FileHandle.standardError.write(Data("[\(step)/\(total)] \(text)\n".utf8))
    }
}
