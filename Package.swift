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
    products: [],
    dependencies: [],
    targets: [
        .target(name: "ChitieuCore", swiftSettings: strict),
        .target(name: "ChitieuModel", dependencies: ["ChitieuCore"], swiftSettings: strict),
        .testTarget(name: "ChitieuCoreTests", dependencies: ["ChitieuCore"], swiftSettings: strict),
    ]
)
