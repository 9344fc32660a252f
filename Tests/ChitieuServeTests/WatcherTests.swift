@testable import ChitieuServe
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite struct WatcherTests {
    final class Seen: @unchecked Sendable {
        private let lock = NSLock()
        private var paths: [String] = []

        @Sendable func add(_ path: String) { lock.withLock { paths.append(path) } }

        func contains(_ suffix: String) -> Bool { lock.withLock { paths.contains { $0.hasSuffix(suffix) } } }
    }

    func waitFor(_ seen: Seen, _ suffix: String) async throws -> Bool {
        for _ in 0..<200 where !seen.contains(suffix) { try await Task.sleep(for: .milliseconds(25)) }
        return seen.contains(suffix)
    }

    @Test(arguments: [false, true])
    func seesFilesInFoldersMadeAfterItStarted(polling: Bool) async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("chitieu-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let seen = Seen()
        let watcher = InputWatcher(folders: [root.path], polling: polling, notice: { _ in }, onChange: seen.add)
        defer { watcher.stop() }
        #expect(watcher.method == (polling ? "polling" : "inotify"))
        try FileManager.default.createDirectory(at: root.appendingPathComponent("plans/new"), withIntermediateDirectories: true)
        try await Task.sleep(for: .milliseconds(100))
        try Data("x".utf8).write(to: root.appendingPathComponent("plans/new/a.md"))
        #expect(try await waitFor(seen, "plans/new/a.md"))
    }

    #if canImport(Glibc)
    /// ENOSPC and EMFILE are the limits; `InputWatcher` then falls back to polling with this message.
    @Test func exhaustedInotifyLimitsAreNamed() {
        #expect(InotifyWatcher.failure(ENOSPC, "content/plans").description.contains("inotify watches ran out"))
        #expect(InotifyWatcher.failure(EMFILE, "inotify_init1").description.contains("max_user_watches"))
        if case .unavailable = InotifyWatcher.failure(EACCES, "content") {} else { Issue.record("EACCES is not exhaustion") }
    }
    #endif
}
