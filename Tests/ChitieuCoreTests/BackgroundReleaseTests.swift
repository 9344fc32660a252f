import ChitieuCore
import Foundation
import Synchronization
import Testing

@Suite struct BackgroundReleaseTests {
    /// Reports, when freed, whether that happened on the thread that made it.
    final class Tracked: Sendable {
        let maker = pthread_self()
        let report: @Sendable (Bool) -> Void

        init(report: @escaping @Sendable (Bool) -> Void) { self.report = report }

        deinit { report(pthread_equal(pthread_self(), maker) != 0) }
    }

    /// Released many times so that the other thread sometimes runs before `release` returns: the
    /// value must still be freed there, never by the caller.
    @Test func theValueIsFreedOnAnotherThread() {
        let freedOnMaker = Mutex<[Bool]>([])
        let freed = DispatchSemaphore(value: 0)
        let count = 200
        for _ in 0..<count {
            BackgroundRelease.release([Tracked { onMaker in
                freedOnMaker.withLock { $0.append(onMaker) }
                freed.signal()
            }])
        }
        for _ in 0..<count { #expect(freed.wait(timeout: .now() + 60) == .success) }
        #expect(freedOnMaker.withLock { $0 } == Array(repeating: false, count: count))
    }
}
