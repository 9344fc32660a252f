import Foundation

/// Where a build spends its time, stage by stage, for `chitieu build --timings` and the
/// benchmarks. Each stage records its wall time and the processor time of the thread that ran it
/// (which other programs on the machine do not inflate). Stages that run on every worker thread at
/// once (page contexts with their charts, templates) add up each thread's processor time, so
/// their sum can exceed the wall time of the page phase they belong to. A reference type with a
/// lock, as the page workers share one clock.
public final class StageClock: @unchecked Sendable {
    public enum Stage: String, CaseIterable, Sendable {
        case load, compute, export, markdown, pages, contexts, charts, templates, write, swap
        /// Summed over worker threads rather than measured once.
        public var isPerThread: Bool { self == .contexts || self == .charts || self == .templates || self == .write }
    }

    public struct Spent: Sendable {
        public var wall: Duration = .zero
        public var processor: Duration = .zero
    }

    private let lock = NSLock()
    private var totals: [Stage: Spent] = [:]

    public init() {}

    @discardableResult
    public func measure<Value>(_ stage: Stage, _ body: () throws -> Value) rethrows -> Value {
        let clock = ContinuousClock(), start = clock.now, processorStart = Self.threadProcessorTime()
        defer { add(stage, Spent(wall: clock.now - start, processor: Self.threadProcessorTime() - processorStart)) }
        return try body()
    }

    public func add(_ stage: Stage, _ spent: Spent) {
        lock.lock()
        totals[stage, default: Spent()].wall += spent.wall
        totals[stage, default: Spent()].processor += spent.processor
        lock.unlock()
    }

    public subscript(stage: Stage) -> Spent? {
        lock.lock()
        defer { lock.unlock() }
        return totals[stage]
    }

    /// Processor time the calling thread has used: what a piece of work costs, whatever else runs.
    public static func threadProcessorTime() -> Duration {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
    }

    /// A table of the stages that ran, in pipeline order; per-thread stages show processor time only.
    public func report() -> String {
        func milliseconds(_ duration: Duration) -> String {
            String(format: "%9.1f", Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15)
        }
        let rows = Stage.allCases.compactMap { stage in
            self[stage].map { spent in
                let name = stage.isPerThread ? "  \(stage.rawValue)" : stage.rawValue
                return name.padding(toLength: 12, withPad: " ", startingAt: 0)
                    + (stage.isPerThread ? String(repeating: " ", count: 9) : milliseconds(spent.wall)) + milliseconds(spent.processor)
            }
        }
        return (["stage         wall ms   cpu ms"] + rows).joined(separator: "\n") + "\n"
    }
}

extension Optional where Wrapped == StageClock {
    /// Runs `body`, timing it only when there is a clock: callers need not ask.
    public func measure<Value>(_ stage: StageClock.Stage, _ body: () throws -> Value) rethrows -> Value {
        guard let clock = self else { return try body() }
        return try clock.measure(stage, body)
    }
}
