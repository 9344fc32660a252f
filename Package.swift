// swift-tools-version:6.0
import PackageDescription

/// Settings every target shares: keep existential and import use explicit.
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "chitieu",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "chitieu", targets: ["chitieu"]),
        /// Writes a synthetic national-scale content folder for benchmarks.
        .executable(name: "chitieu-synth", targets: ["chitieu-synth"]),
        /// The stages as a library, for the benchmarks package and for tools built on Chitieu.
        .library(name: "Chitieu", targets: ["ChitieuCore", "ChitieuModel", "ChitieuLoad", "ChitieuCompute", "ChitieuBuild"]),
        /// Only the formula language and what it needs, for the fuzz package (built with `-sanitize=fuzzer`).
        .library(name: "ChitieuFormula", targets: ["ChitieuCore", "ChitieuModel", "ChitieuCompute"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "ChitieuCore", swiftSettings: strict),
        .target(name: "ChitieuMarkdown", dependencies: ["ChitieuCore", "CCmarkGFM"], swiftSettings: strict),
        .target(name: "ChitieuCharts", dependencies: ["ChitieuCore"], swiftSettings: strict),
        .target(name: "ChitieuModel", dependencies: ["ChitieuCore"], swiftSettings: strict),
        .target(
            name: "ChitieuLoad",
            dependencies: [
                "ChitieuCore", "ChitieuModel",
                .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            swiftSettings: strict
        ),
        .target(name: "ChitieuCompute", dependencies: ["ChitieuCore", "ChitieuModel"], swiftSettings: strict),
        .target(name: "CRenameExchange"),
        .target(
            name: "ChitieuPages",
            dependencies: ["ChitieuCore", "ChitieuModel", "ChitieuCompute", "ChitieuMarkdown", "ChitieuCharts"],
            swiftSettings: strict
        ),
        .target(
            name: "ChitieuRender",
            dependencies: [
                "ChitieuCore", "ChitieuModel", "ChitieuPages",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "ChitieuBuild",
            dependencies: [
                "ChitieuCore", "ChitieuModel", "ChitieuLoad", "ChitieuCompute", "ChitieuMarkdown", "ChitieuPages", "ChitieuRender",
                "CRenameExchange",
            ],
            swiftSettings: strict
        ),
        /// The preview server: the only target that touches Hummingbird.
        .target(
            name: "ChitieuServe",
            dependencies: [
                "ChitieuCore", "ChitieuBuild",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "ChitieuCLI",
            dependencies: [
                "ChitieuCore", "ChitieuModel", "ChitieuLoad", "ChitieuCompute", "ChitieuBuild", "ChitieuServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(name: "chitieu", dependencies: ["ChitieuCLI"], swiftSettings: strict),
        .target(name: "ChitieuSynth", dependencies: ["ChitieuCore"], swiftSettings: strict),
        .executableTarget(
            name: "chitieu-synth",
            dependencies: ["ChitieuSynth", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),
        .target(
            name: "ChitieuTestSupport",
            dependencies: ["ChitieuCore"],
            path: "Tests/ChitieuTestSupport",
            swiftSettings: strict
        ),
        .testTarget(name: "ChitieuCoreTests", dependencies: ["ChitieuCore"], swiftSettings: strict),
        .testTarget(name: "ChitieuChartsTests", dependencies: ["ChitieuCharts", "ChitieuCore", "ChitieuTestSupport"], exclude: ["Golden"], swiftSettings: strict),
        .testTarget(name: "ChitieuMarkdownTests", dependencies: ["ChitieuMarkdown", "ChitieuCore"], swiftSettings: strict),
        .testTarget(
            name: "ChitieuLoadTests",
            dependencies: [
                "ChitieuLoad", "ChitieuModel", "ChitieuCore", "ChitieuTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ChitieuComputeTests",
            dependencies: [
                "ChitieuCompute", "ChitieuModel", "ChitieuCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ChitieuBuildTests",
            dependencies: ["ChitieuBuild", "ChitieuCompute", "ChitieuLoad", "ChitieuModel", "ChitieuCore", "ChitieuPages", "ChitieuRender", "ChitieuSynth", "ChitieuTestSupport"],
            exclude: ["Golden"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ChitieuServeTests",
            dependencies: ["ChitieuServe", "ChitieuBuild", "ChitieuCore", "ChitieuTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ChitieuCLITests",
            dependencies: [
                "ChitieuCLI", "ChitieuLoad", "ChitieuBuild", "ChitieuCore", "ChitieuTestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
    ]
)
