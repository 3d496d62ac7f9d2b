// The library's front: one import gives every stage.
@_exported import HubContent
@_exported import HubDiagnostics
@_exported import HubFrontMatter
@_exported import HubMarkdown
@_exported import HubSearch
@_exported import HubSite

/// The tool's version, printed by `pilothub --version`.
public enum PilotHubInfo {
    public static let version = "0.1.0"
}
