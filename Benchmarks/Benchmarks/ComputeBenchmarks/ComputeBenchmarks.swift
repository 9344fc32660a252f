import Benchmark
import ChitieuCompute
import ChitieuModel

/// Computing every value of a national dataset: formulas, gaps, changes, ranks, achievement, status.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal],
                                           maxDuration: .seconds(20), maxIterations: 10)
    let content = NationalDataset.make()
    Benchmark("Compute national values (63 provinces × 30 indicators × 20 years)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(Engine.compute(content))
        }
    }
}
