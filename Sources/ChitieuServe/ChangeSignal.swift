import Foundation

/// Collects the watcher's change notices and lets the rebuild loop wait for a quiet moment:
/// a burst of saves becomes one build, and changes during a build become one more after it.
final class ChangeSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var lastChange = ContinuousClock.now
    private let continuation: AsyncStream<Void>.Continuation
    let changes: AsyncStream<Void>

    init() {
        (changes, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    /// The path is the watcher's; which files changed, the build decides from their bytes.
    func notice(_ path: String) {
        lock.withLock { lastChange = .now }
        continuation.yield()
    }

    func finish() { continuation.finish() }

    /// Returns once no change came for `quiet`, or after `longest` at most, so a folder that
    /// never stops changing is still rebuilt now and then.
    func settle(quiet: Duration = .milliseconds(5), longest: Duration = .seconds(1)) async {
        let start = ContinuousClock.now
        while !Task.isCancelled {
            let since = lock.withLock { lastChange }
            let now = ContinuousClock.now
            if now - since >= quiet || now - start >= longest { return }
            try? await Task.sleep(for: quiet - (now - since))
        }
    }
}
