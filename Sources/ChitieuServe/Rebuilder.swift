import ChitieuBuild
import ChitieuCore
import Foundation

/// Runs the session's builds one at a time on a queue of their own, away from the threads that
/// answer requests, and swaps each result into the store: a good build replaces the files, a
/// failed one keeps them and adds its diagnostics.
final class Rebuilder: @unchecked Sendable {
    /// The session is touched only on `queue`.
    private let session: BuildSession
    private let queue = DispatchQueue(label: "chitieu.rebuild")
    let store: SiteStore

    init(options: SiteBuild.Options, store: SiteStore) {
        session = BuildSession(options: options)
        self.store = store
    }

    var folders: [String] { [session.options.content, session.options.theme] }

    /// Nil when no input changed since the last build.
    func rebuild() async -> (report: BuildReport, site: ServedSite)? {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: self.rebuildNow()) }
        }
    }

    private func rebuildNow() -> (report: BuildReport, site: ServedSite)? {
        let rebuild = session.rebuild()
        guard let production = rebuild.production else { return nil }
        let succeeded = !production.diagnostics.hasErrors
        let site = store.replace { previous in
            succeeded ? ServedSite(files: production.files, previous: previous) : ServedSite(failure: production.diagnostics, previous: previous)
        }
        let report = BuildReport(changed: rebuild.changed, diagnostics: production.diagnostics, succeeded: succeeded,
                                 files: production.files.count, buildMilliseconds: rebuild.seconds * 1000, reuse: rebuild.reuse)
        return (report, site)
    }
}
