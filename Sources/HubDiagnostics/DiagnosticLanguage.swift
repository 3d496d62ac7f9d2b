import Foundation

/// The language diagnostics and the CLI speak: Swedish when the locale says so.
public enum DiagnosticLanguage: String, Sendable, Codable {
    case sv, en

    /// Reads `LC_ALL`, `LC_MESSAGES` and `LANG` in POSIX order of precedence.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) -> DiagnosticLanguage {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = env[key], !value.isEmpty {
                return value.lowercased().hasPrefix("sv") ? .sv : .en
            }
        }
        return .en
    }
}
