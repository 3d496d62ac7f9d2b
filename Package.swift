// swift-tools-version:6.0
// PilotHub: no third-party packages, by design (see DESIGN.md): Foundation and the toolchain only.
import PackageDescription

let package = Package(
    name: "PilotHub",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "PilotHub", targets: ["PilotHub"]),
        .library(name: "HubMarkdown", targets: ["HubMarkdown"]),
        .executable(name: "pilothub", targets: ["pilothub"]),
    ],
    targets: [
        .target(name: "HubDiagnostics"),
        .target(name: "HubMarkdown", dependencies: ["HubDiagnostics"]),
        .target(name: "HubFrontMatter", dependencies: ["HubDiagnostics"]),
        .target(name: "HubContent", dependencies: ["HubDiagnostics", "HubFrontMatter", "HubMarkdown"]),
        // The browser files in Resources/ are carried in the binary as Swift source
        // (Scripts/embed-assets.py), so a copied binary needs no resource folders beside it.
        .target(name: "HubSearch", dependencies: ["HubContent", "HubMarkdown"], exclude: ["Resources"]),
        .target(name: "HubSite", dependencies: ["HubContent", "HubMarkdown", "HubSearch"], exclude: ["Resources"]),
        .target(name: "PilotHub", dependencies: ["HubDiagnostics", "HubMarkdown", "HubFrontMatter", "HubContent", "HubSearch", "HubSite"]),
        .executableTarget(name: "pilothub", dependencies: ["PilotHub"]),

        .executableTarget(name: "MarkdownBench", dependencies: ["HubMarkdown"], path: "Benchmarks/MarkdownBench"),
        .executableTarget(name: "BuildBench", dependencies: ["PilotHub"], path: "Benchmarks/BuildBench"),
        .executableTarget(name: "SearchBench", dependencies: ["PilotHub"], path: "Benchmarks/SearchBench", exclude: ["query-bench.js", "pagefind-compare.sh"]),

        .testTarget(name: "HubDiagnosticsTests", dependencies: ["HubDiagnostics"]),
        .testTarget(name: "HubMarkdownTests", dependencies: ["HubMarkdown", "HubTestSupport"], resources: [.copy("Resources")]),
        .testTarget(name: "HubFrontMatterTests", dependencies: ["HubFrontMatter", "HubTestSupport"], resources: [.copy("Resources")]),
        .testTarget(name: "HubContentTests", dependencies: ["HubContent", "HubTestSupport"], resources: [.copy("Resources")]),
        .testTarget(name: "HubSearchTests", dependencies: ["HubSearch", "HubTestSupport"], resources: [.copy("Resources")]),
        // Helpers that run external oracles (python3, unzip, chromium), shared by two test targets.
        .target(name: "HubTestSupport", path: "Tests/HubTestSupport"),
        .testTarget(name: "HubSiteTests", dependencies: ["HubSite", "HubTestSupport"], resources: [.copy("Resources")]),
        .testTarget(name: "PilotHubTests", dependencies: ["PilotHub", "HubTestSupport"], resources: [.copy("Resources")]),
    ]
)
