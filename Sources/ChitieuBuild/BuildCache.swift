import ChitieuCompute
import ChitieuCore
import ChitieuLoad
import ChitieuModel
import ChitieuPages
import ChitieuRender
import Foundation

/// What one build hands the next: the computed values and data export of the same data, and
/// every narrative rendered from the same Markdown. `SiteBuild.produceSite(cache:)` consults
/// it; the output is the same as without it.
public final class BuildCache: @unchecked Sendable {
    /// What the last build took from the cache rather than doing again.
    public struct Reuse: Sendable, Equatable {
        /// Only narratives changed, and only they were read again.
        public var content: Bool
        public var values: Bool
        public var narrativesRendered: Int
        public var narrativesReused: Int
        public var pagesMade: Int
        public var pagesReused: Int
    }

    /// The part of the content the values are computed from: everything but the narratives.
    struct DataKey: Equatable {
        let site: SiteConfig
        let jurisdictions: [Jurisdiction]
        let indicators: [Indicator]
        let plans: [Plan]
        /// Free pages' titles are in every page's navigation.
        let pages: [Page]
        let dataFigures: [Figure]

        init(_ content: Content) {
            site = content.site
            jurisdictions = content.jurisdictions
            indicators = content.indicators
            plans = content.plans.map { plan in
                var plan = plan
                plan.narratives = [:]
                return plan
            }
            pages = content.pages.map { page in
                var page = page
                page.narratives = [:]
                return page
            }
            dataFigures = content.dataFigures
        }
    }

    private struct Computed {
        let key: DataKey
        let result: ComputeResult
        var export: [OutputFile]?
    }

    private let lock = NSLock()
    /// The last load, and the next build's when only narratives changed.
    private var lastLoad: LoadResult?
    private var nextLoad: LoadResult?
    private var contentReused = false
    private var computed: Computed?
    private var valuesReused = false
    let narratives = NarrativeCache()
    let pages = PageCache()
    /// The theme as loaded, and a page builder per language (which sorts and indexes the
    /// content once): both the same while the data and the theme are.
    private var theme: (theme: Theme?, diagnostics: [Diagnostic])?
    private var builders: [Language: PageBuilder] = [:]
    /// Each language's search index, made by that language's builder: a third of a narrative
    /// rebuild on the sample when it was made again.
    private var searchIndexes: [Language: OutputFile] = [:]
    private var pagesReused = 0

    public init() {}

    /// Makes the next build's content the last load with `narratives` in place of those read
    /// from their files; unless the last load had errors, which only a full load can tell again.
    func prepare(replacing narratives: [Narrative]) {
        lock.withLock {
            guard let lastLoad, lastLoad.succeeded else { return }
            nextLoad = lastLoad.replacing(narratives)
        }
    }

    /// The content prepared for this build, else what `load` reads.
    func content(_ load: () -> LoadResult) -> LoadResult {
        let prepared = lock.withLock {
            defer { nextLoad = nil }
            return nextLoad
        }
        let result = prepared ?? load()
        lock.withLock {
            lastLoad = result
            contentReused = prepared != nil
        }
        return result
    }

    /// The values of `content`: the last ones when the data is the same, else computed anew
    /// (and every cached narrative dropped, as narratives quote the values).
    func values(of content: Content) -> ComputeResult {
        let key = DataKey(content)
        return lock.withLock {
            if let computed, computed.key == key {
                valuesReused = true
                return computed.result
            }
            valuesReused = false
            narratives.removeAll()
            pages.removeAll()
            builders = [:]
            searchIndexes = [:]
            let result = Engine.compute(content)
            computed = Computed(key: key, result: result)
            return result
        }
    }

    /// The open data files of the values last given by `values(of:)`.
    func export(_ make: () throws -> [OutputFile]) rethrows -> [OutputFile] {
        if let files = lock.withLock({ computed?.export }) { return files }
        let files = try make()
        lock.withLock { computed?.export = files }
        return files
    }

    /// The theme's words and templates are in every rendered narrative.
    public func themeChanged() {
        narratives.removeAll()
        pages.removeAll()
        lock.withLock {
            theme = nil
            builders = [:]
            searchIndexes = [:]
        }
    }

    func theme(_ load: () -> (theme: Theme?, diagnostics: [Diagnostic])) -> (theme: Theme?, diagnostics: [Diagnostic]) {
        if let theme = lock.withLock({ theme }) { return theme }
        let loaded = load()
        lock.withLock { theme = loaded }
        return loaded
    }

    func builder(_ language: Language, _ make: () -> PageBuilder) -> PageBuilder {
        if let builder = lock.withLock({ builders[language] }) { return builder }
        let builder = make()
        lock.withLock { builders[language] = builder }
        return builder
    }

    func searchIndex(_ language: Language, _ make: () throws -> OutputFile) rethrows -> OutputFile {
        if let index = lock.withLock({ searchIndexes[language] }) { return index }
        let index = try make()
        lock.withLock { searchIndexes[language] = index }
        return index
    }

    /// Which of the last build's pages this build may take as they were, by their place among
    /// `count` page makers: none unless only narratives changed, then those not showing a changed
    /// narrative, or quoting a changed excerpt.
    /// Asked after the narratives are rendered.
    func reusablePages(count: Int) -> (@Sendable (Int) -> PageCache.Entry?)? {
        guard let previous = pages.previous(count: count) else { return nil }
        let changed = narratives.changes()
        let reusable = previous.map { PageCache.shows(changed, $0) ? nil : $0 }
        lock.withLock { pagesReused = reusable.count { $0 != nil } }
        return { reusable[$0] }
    }

    /// Ends a build: says what it reused and keeps only the narratives and pages it used.
    func finishBuild() -> Reuse {
        let (content, values, pagesReused) = lock.withLock { (contentReused, valuesReused, self.pagesReused) }
        let made = pages.currentCount - pagesReused
        let reuse = Reuse(content: content, values: values, narrativesRendered: narratives.misses, narrativesReused: narratives.hits,
                          pagesMade: made, pagesReused: pagesReused)
        lock.withLock { self.pagesReused = 0 }
        narratives.finishBuild()
        pages.finishBuild()
        return reuse
    }
}
