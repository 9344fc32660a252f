// swift-tools-version:6.0
import PackageDescription

/// libFuzzer targets live in their own package: they are built with `-sanitize=fuzzer`, which
/// supplies `main`, so the main package's `swift build` and `swift test` must never see them.
let package = Package(
    name: "chitieu-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "chitieu", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "FormulaFuzzer",
            dependencies: ["CLibFuzzer", .product(name: "ChitieuFormula", package: "chitieu")],
            path: "Sources/FormulaFuzzer"
        ),
        .target(name: "CLibFuzzer", path: "Sources/CLibFuzzer"),
    ]
)
