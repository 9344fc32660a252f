import ChitieuCore
import Foundation
import Synchronization
import Testing

@Suite struct BackgroundReleaseTests {
    /// Records whether it is freed on the thread that made it, so the test sees the release happen elsewhere.
    final class Tracked: Sendable {
        let maker = ObjectIdentifier(Thread.current)
        let freed = DispatchSemaphore(value: 0)
        let report: @Sendable (Bool) -> Void

        init(report: @escaping @Sendable (Bool) -> Void) { self.report = report }

        deinit {
            report(ObjectIdentifier(Thread.current) == maker)
            freed.signal()
        }
    }

    @Test func theValueIsFreedOnAnotherThread() {
        let freedOnMaker = Mutex<Bool?>(nil)
        let freed: DispatchSemaphore
        do {
            let tracked = Tracked { onMaker in freedOnMaker.withLock { $0 = onMaker } }
            freed = tracked.freed
            BackgroundRelease.release([tracked])
        }
        #expect(freed.wait(timeout: .now() + 10) == .success)
        #expect(freedOnMaker.withLock { $0 } == false)
    }
}
