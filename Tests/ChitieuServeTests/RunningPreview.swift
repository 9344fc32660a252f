import ChitieuServe
import ChitieuTestSupport
import Foundation
import Testing

/// A preview server on an ephemeral port, over a content folder of the test's own, stopped
/// when the test's body ends.
struct RunningPreview {
    let port: Int
    let notes: NoteLog
    var http: RawHTTP { RawHTTP(port: port) }

    static let theme = TempContent.repository.appendingPathComponent("themes/default").path

    static func with(content: String, theme: String = theme, polling: Bool = false, _ body: (RunningPreview) async throws -> Void) async throws {
        let notes = NoteLog()
        let server = PreviewServer(options: .init(content: content, theme: theme, port: 0, polling: polling), report: notes.append)
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try? await server.run { continuation.yield($0) }
                continuation.finish()
            }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else { throw RawHTTP.Failure(what: "the server did not start: \(notes.lines)") }
            defer { group.cancelAll() }
            try await body(RunningPreview(port: port, notes: notes))
        }
    }

    /// Asks until `check` holds; builds take seconds on a busy machine.
    func eventually(_ what: String, timeout: Double = 60, _ check: () async throws -> Bool) async throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try await check() { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("timed out waiting for \(what); the server said: \(notes.lines.joined(separator: "\n"))")
    }
}

/// What the server reported, kept for the test to look at.
final class NoteLog: @unchecked Sendable {
    private let lock = NSLock()
    private var notes: [PreviewNote] = []

    @Sendable func append(_ note: PreviewNote) { lock.withLock { notes.append(note) } }

    var builds: [BuildReport] {
        lock.withLock { notes.compactMap { if case .build(let report) = $0 { report } else { nil } } }
    }

    var lines: [String] {
        lock.withLock {
            notes.map { note in
                switch note {
                case .info(let line): return line
                case .warning(let line): return "warning: " + line
                case .build(let report): return report.summary
                }
            }
        }
    }
}
