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

        /// Where the narrative is shown, whatever its text.
        var place: Place { Place(route: route, language: language) }

        /// By place only: hashing the Markdown normalises every Vietnamese character of it, and
        /// a place holds one or two narratives at most.
        func hash(into hasher: inout Hasher) {
            hasher.combine(place)
        }
    }

    struct Place: Hashable {
        let route: Route
        let language: Language
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
    private var missed: Set<Key> = []

    func lookup(_ key: Key) -> Entry? {
        lock.withLock {
            guard let entry = current[key] ?? previous[key] else {
                misses += 1
                missed.insert(key)
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

    /// What the running build's narratives changed, after all were rendered: the pages showing
    /// them must be made again.
    struct Changes: Equatable {
        /// Narratives rendered anew or no longer there.
        var narratives: Set<Place> = []
        /// Those of `narratives` whose excerpt (all that summary pages quote of one) changed too.
        var excerpts: Set<Place> = []
        /// Every narrative of the running build: a page in a language without its own shows the
        /// Vietnamese one.
        var present: Set<Place> = []

        /// Whether the narrative a page in `language` shows for `route` is among `changed`.
        func shown(_ changed: Set<Place>, _ route: Route, in language: Language) -> Bool {
            let own = Place(route: route, language: language)
            if changed.contains(own) { return true }
            return language != .vi && !present.contains(own) && changed.contains(Place(route: route, language: .vi))
        }
    }

    func changes() -> Changes {
        lock.withLock {
            var changes = Changes(present: Set(current.keys.map(\.place)))
            let earlier = Dictionary(previous.map { ($0.key.place, $0.value.rendered.excerptHTML) }, uniquingKeysWith: { first, _ in first })
            for key in missed {
                changes.narratives.insert(key.place)
                if earlier[key.place] == nil || earlier[key.place] != current[key]?.rendered.excerptHTML { changes.excerpts.insert(key.place) }
            }
            for key in previous.keys where !changes.present.contains(key.place) {
                changes.narratives.insert(key.place)
                changes.excerpts.insert(key.place)
            }
            return changes
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
