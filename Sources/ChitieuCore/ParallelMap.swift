import Dispatch
import Synchronization

/// Maps a list on `workers` threads, results in the input's order, so that a parallel build
/// writes exactly what a single-threaded one does. The build stays synchronous for its callers.
public struct ParallelMap: Sendable {
    public let workers: Int

    public init(workers: Int) {
        self.workers = workers
    }

    public func map<Input: Sendable, Output: Sendable>(_ inputs: [Input], _ transform: @Sendable (Input) -> Output) -> [Output] {
        let workers = min(workers, inputs.count)
        guard workers > 1 else { return inputs.map(transform) }
        let results = Slots<Output>(count: inputs.count)
        // Each worker takes the next input when it is free: with inputs handed out in advance, one
        // worker was left alone with the last big pages for a tenth of the build.
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < inputs.count else { return }
                results.set(index, transform(inputs[index]))
            }
        }
        return results.values()
    }
}

/// One slot per input, in memory allocated once: each index is written by exactly one thread,
/// and all are read after every thread finished.
final class Slots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    func set(_ index: Int, _ value: Value) { storage[index] = value }

    func values() -> [Value] { storage.map { $0! } }
}

/// A value worked out on another thread while the caller goes on (the data export while pages
/// render, the CSV data while plans load); `value()` waits for it. With `inline`, it is worked out at once on the caller's
/// thread, for single-threaded builds. Never wait for one inside another: the pool has about as
/// many threads as cores, and a worker waiting for queued work stalled computing by 400 ms.
public final class Background<Value: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    private var result: Value?

    public init(inline: Bool, _ work: @escaping @Sendable () -> Value) {
        guard !inline else {
            result = work()
            return
        }
        group.enter()
        DispatchQueue.global().async {
            self.result = work()
            self.group.leave()
        }
    }

    public func value() -> Value {
        group.wait()
        return result!
    }
}
