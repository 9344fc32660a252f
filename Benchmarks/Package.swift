// swift-tools-version:6.1
import PackageDescription

/// Benchmarks live in their own package so that `swift test` in the main package never builds them.
let package = Package(
    name: "chitieu-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "chitieu", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "ComputeBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Chitieu", package: "chitieu"),
            ],
            path: "Benchmarks/ComputeBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
