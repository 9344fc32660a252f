import ChitieuCore
import ChitieuModel
import ChitieuPages
import Foundation

/// Narratives rendered by earlier builds, with the diagnostics rendering gave, so a rebuild
/// renders only the Markdown that changed. Valid only while the data and the theme are the
/// same: `BuildCache` empties it when either changes.
final class NarrativeCache: @unchecked Sendable {
    struct Key: Hashable {
        let route: Route
        let language: Language
        let narrative: Narrative
    }

    struct Entry {
        let rendered: RenderedNarrative
        let diagnostics: [Diagnostic]
    }

    private let lock = NSLock()
    /// Entries the running build has used or made, and those the build before it had: at the
    /// end of a build, anything it did not use is dropped.
    private var current: [Key: Entry] = [:]
    private var previous: [Key: Entry] = [:]
    private(set) var hits = 0
    private(set) var misses = 0
    private var missed: Set<Route> = []

    func lookup(_ key: Key) -> Entry? {
        lock.withLock {
            guard let entry = current[key] ?? previous[key] else {
                misses += 1
                missed.insert(key.route)
                return nil
            }
            hits += 1
            current[key] = entry
            return entry
        }
    }

    func store(_ entry: Entry, for key: Key) {
        lock.withLock { current[key] = entry }
    }

    /// The plans and pages whose narratives the running build rendered anew or no longer has,
    /// after all were rendered: the pages showing them must be made again.
    func changedRoutes() -> Set<Route> {
        lock.withLock {
            let kept = Set(current.keys.map { [$0.route: $0.language] })
            return missed.union(previous.keys.filter { !kept.contains([$0.route: $0.language]) }.map(\.route))
        }
    }

    /// Ends one build's use of the cache: what it used is kept for the next. A build that
    /// stopped before the narratives (content that does not load) leaves the cache as it was.
    func finishBuild() {
        lock.withLock {
            if !current.isEmpty { previous = current }
            current = [:]
            hits = 0
            misses = 0
            missed = []
        }
    }

    func removeAll() {
        lock.withLock {
            previous = [:]
            current = [:]
        }
    }
}
