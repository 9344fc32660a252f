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

    /// What the pages of one kind cost together: the pages worth making lighter are found here.
    public struct PageKindCost: Sendable {
        public var pages = 0
        public var processor: Duration = .zero
        public var bytes = 0
    }

    private let lock = NSLock()
    private var totals: [Stage: Spent] = [:]
    private var pageKinds: [String: PageKindCost] = [:]

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

    /// Adds one page's processor time (context, templates and writing) and the bytes of its files.
    public func addPage(kind: String, processor: Duration, bytes: Int) {
        lock.lock()
        var cost = pageKinds[kind] ?? PageKindCost()
        cost.pages += 1
        cost.processor += processor
        cost.bytes += bytes
        pageKinds[kind] = cost
        lock.unlock()
    }

    /// The kinds of page made so far, the costliest first.
    public var pageKindCosts: [(kind: String, cost: PageKindCost)] {
        lock.lock()
        defer { lock.unlock() }
        return pageKinds.map { ($0.key, $0.value) }.sorted { ($0.cost.processor, $1.kind) > ($1.cost.processor, $0.kind) }
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
        func column(_ text: String) -> String { text.padding(toLength: 12, withPad: " ", startingAt: 0) }
        let rows = Stage.allCases.compactMap { stage in
            self[stage].map { spent in
                let name = stage.isPerThread ? "  \(stage.rawValue)" : stage.rawValue
                return column(name) + (stage.isPerThread ? String(repeating: " ", count: 9) : milliseconds(spent.wall)) + milliseconds(spent.processor)
            }
        }
        let kinds = pageKindCosts.map { kind, cost in
            column(kind) + String(format: "%6d", cost.pages) + milliseconds(cost.processor)
                + String(format: "%9.1f %9.1f", Double(cost.bytes) / 1_048_576, Double(cost.bytes) / 1024 / Double(max(cost.pages, 1)))
        }
        let stages = (["stage         wall ms   cpu ms"] + rows).joined(separator: "\n") + "\n"
        guard !kinds.isEmpty else { return stages }
        return stages + "\n" + (["page kind    pages   cpu ms      MiB  KiB/page"] + kinds).joined(separator: "\n") + "\n"
    }
}

extension Optional where Wrapped == StageClock {
    /// Runs `body`, timing it only when there is a clock: callers need not ask.
    public func measure<Value>(_ stage: StageClock.Stage, _ body: () throws -> Value) rethrows -> Value {
        guard let clock = self else { return try body() }
        return try clock.measure(stage, body)
    }
}
