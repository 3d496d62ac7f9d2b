// SKELETON: the loader is written in issue 3; this placeholder lets later stages build.
import HubDiagnostics

/// Reads and validates a content folder.
public enum ContentLoader {
    /// Loads every document under `contentDirectory`, validates it, and resolves references.
    /// Returns the hub (nil only when nothing could be read) and every diagnostic found.
    public static func load(contentDirectory: String, includeDrafts: Bool = false) -> (hub: Hub?, diagnostics: [Diagnostic]) {
        (Hub(config: HubConfig(), documents: [], contentRoot: contentDirectory), [])
    }
}
