import ChitieuCore
import ChitieuPages
import Foundation

/// The pages of the last build, in the order of the page makers, for a rebuild in which only
/// narratives changed: the same data and theme make the same pages, except those that show a
/// changed narrative, which are made again.
final class PageCache: @unchecked Sendable {
    struct Entry: Sendable {
        let page: PageOutput
        let files: [OutputFile]
    }

    private let lock = NSLock()
    /// The last finished build's pages, and those of the build running.
    private var previous: [Entry] = []
    private var current: [Entry] = []

    /// The last build's pages, when `count` makers make the same list of pages again.
    func previous(count: Int) -> [Entry]? {
        lock.withLock { previous.count == count ? previous : nil }
    }

    var currentCount: Int { lock.withLock { current.count } }

    func append(_ entry: Entry) {
        lock.withLock { current.append(entry) }
    }

    /// A build that made no pages (content that does not load) leaves the last ones.
    func finishBuild() {
        lock.withLock {
            if !current.isEmpty { previous = current }
            current = []
        }
    }

    func removeAll() {
        lock.withLock {
            previous = []
            current = []
        }
    }

    /// Whether a page of the last build may show what `changed` changed. Only the pages given the
    /// narratives can: a narrative's own page; the reports, which show their plans' narratives
    /// whole; and the home page (which quotes the latest plans) and the jurisdiction pages, which
    /// quote only a plan's excerpt. Each of these always links to the plan it shows.
    static func shows(_ changed: NarrativeCache.Changes, _ entry: Entry) -> Bool {
        let route = entry.page.route, language = entry.page.language
        if changed.shown(changed.narratives, route, in: language) { return true }
        let quoted: Set<NarrativeCache.Place>
        switch route {
        case .report: quoted = changed.narratives
        case .home, .jurisdiction: quoted = changed.excerpts
        default: return false
        }
        let plans = quoted.compactMap { place -> String? in
            if case .plan(let id) = place.route, changed.shown(quoted, place.route, in: language) { return id }
            return nil
        }
        guard !plans.isEmpty else { return false }
        let links = plans.map { Array("plans/\($0)/\"".utf8) }
        return entry.files.contains { file in
            file.data.withUnsafeBytes { bytes in links.contains { ByteSearch.firstOffset(of: $0, in: bytes) != nil } }
        }
    }
}
