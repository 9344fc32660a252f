import ChitieuCompute
import ChitieuCore
import ChitieuLoad
import ChitieuModel
import ChitieuPages
import ChitieuRender
import Foundation

/// One build: load, compute, produce every output file, write them atomically. Diagnostics from
/// every stage come back together; nothing is written when any is an error.
public struct SiteBuild {
    public struct Options: Sendable {
        public var content: String
        public var output: String
        public var theme: String
        /// Overrides `base_url` of site.yaml: a path prefix (`/chitieu/`) or a full URL.
        public var baseURL: String?
        public var dataOnly: Bool
        /// An earlier edition (a former output folder or its `data/values.csv`) to list changes against.
        public var previous: String?
        /// How many pages render at once; the output is the same for any number.
        public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        public init(content: String, output: String, theme: String = "themes/default", baseURL: String? = nil, dataOnly: Bool = false,
                    previous: String? = nil) {
            self.content = content
            self.output = output
            self.theme = theme
            self.baseURL = baseURL
            self.dataOnly = dataOnly
            self.previous = previous
        }
    }

    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        public var files: Int
        public var pages: Int
        public var wrote: Bool
    }

    public let options: Options
    /// Times each stage when given (`chitieu build --timings`); the output is the same either way.
    public let clock: StageClock?

    public init(options: Options, clock: StageClock? = nil) {
        self.options = options
        self.clock = clock
    }

    /// What a build produces before writing: the files, how many are pages, the diagnostics,
    /// and the base URL the site's links are written for.
    public struct Production: Sendable {
        public var files: [OutputFile]
        public var pages: Int
        public var diagnostics: [Diagnostic]
        public var baseURL: String
    }

    /// Everything up to, not including, writing: the files the site consists of.
    public func produce() -> (files: [OutputFile], pages: Int, diagnostics: [Diagnostic]) {
        let production = produceSite()
        return (production.files, production.pages, production.diagnostics)
    }

    /// The whole site in memory.
    public func produceSite() -> Production { produceSite(cache: nil) }

    /// The same build, taking from `cache` what the last one made from the same inputs (values,
    /// data export, narratives) and leaving there what this one made.
    public func produceSite(cache: BuildCache?) -> Production {
        produceSite(streamingTo: nil, cache: cache).production
    }

    /// With `staged`, files are written into it as they are made, and the production holds none:
    /// `written` counts them.
    func produceSite(streamingTo staged: StagedOutput?, cache: BuildCache? = nil) -> (production: Production, written: Int) {
        let load = { ContentLoader(root: options.content).load() }
        let loaded = clock.measure(.load) { cache?.content(load) ?? load() }
        let failed = { (diagnostics: [Diagnostic]) in
            (Production(files: [], pages: 0, diagnostics: diagnostics.sortedForDisplay(), baseURL: "/"), 0)
        }
        guard var content = loaded.content, !loaded.diagnostics.hasErrors else { return failed(loaded.diagnostics) }
        if let baseURL = options.baseURL { content.site.baseURL = baseURL }
        let computed = clock.measure(.compute) { cache?.values(of: content) ?? Engine.compute(content) }
        defer { BackgroundRelease.release((loaded, content, computed)) }
        var diagnostics = loaded.diagnostics + computed.diagnostics
        let changes = previousEdition(computed.values, diagnostics: &diagnostics)
        guard !diagnostics.hasErrors else { return failed(diagnostics) }
        do {
            let clock = self.clock
            let export = Background(inline: options.jobs == 1 || options.dataOnly) {
                Result {
                    try clock.measure(.export) {
                        let make = {
                            try DataExport(values: computed.values, combined: computed.combined).files()
                                + StatusExport(status: computed.reporting, changes: changes).files()
                        }
                        return try cache?.export(make) ?? make()
                    }
                }
            }
            var site: (files: [OutputFile], pages: Int) = ([], 0)
            if !options.dataOnly {
                site = try SitePages(content: content, computed: computed, changes: changes, options: options, clock: clock, cache: cache)
                    .files(diagnostics: &diagnostics, streamingTo: staged)
            }
            var files = try export.value().get() + site.files
            var written = 0
            if let staged {
                try clock.measure(.write) { for file in files { try staged.write(file) } }
                written = staged.count
                files = []
                diagnostics += Self.collisions(staged.duplicates, content: options.content)
            } else {
                diagnostics += Self.collisions(Self.repeated(files.map(\.path)), content: options.content)
            }
            let production = Production(files: diagnostics.hasErrors ? [] : files, pages: site.pages, diagnostics: diagnostics.sortedForDisplay(),
                                        baseURL: content.site.baseURL)
            return (production, written)
        } catch {
            return failed(diagnostics + [.error(SourceLocation(file: options.output), "\(error)")])
        }
    }

    static func repeated(_ paths: [String]) -> [String] {
        Dictionary(grouping: paths, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
    }

    /// The changes since `options.previous`, or none when no earlier edition was given.
    func previousEdition(_ values: ValuesTable, diagnostics: inout [Diagnostic]) -> EditionChanges {
        guard let previous = options.previous else { return .none }
        let loaded = PreviousEditionLoader(path: previous).load()
        diagnostics += loaded.diagnostics
        return EditionChanges(previous: loaded.values, current: values)
    }

    /// Two outputs with one path would silently overwrite each other: a free page named like a
    /// route (`pages/compare.md`), for instance.
    static func collisions(_ paths: [String], content: String) -> [Diagnostic] {
        paths.map { path in
            .error(SourceLocation(file: content), "two outputs would both be written to '\(path)'",
                   hint: "a page in pages/ may not be named like a section of the site (\(Route.reservedNames.sorted().joined(separator: ", ")))")
        }
    }

    /// Writes the site as it is made into a staging folder beside the output, swapped in only when
    /// the whole build succeeded: pages need not all sit in memory, and writing overlaps rendering.
    public func run() -> Outcome {
        let cannotWrite = { (error: any Error) in
            Diagnostic.error(SourceLocation(file: options.output), "the site cannot be written: \(error)",
                             hint: "the previous site, if any, is untouched")
        }
        let staged: StagedOutput
        do {
            staged = try AtomicOutput(output: URL(fileURLWithPath: options.output)).begin()
        } catch {
            return Outcome(diagnostics: [cannotWrite(error)], files: 0, pages: 0, wrote: false)
        }
        let (production, written) = produceSite(streamingTo: staged)
        guard !production.diagnostics.hasErrors else { return Outcome(diagnostics: production.diagnostics, files: 0, pages: 0, wrote: false) }
        do {
            try clock.measure(.swap) { try staged.commit() }
            return Outcome(diagnostics: production.diagnostics, files: written, pages: production.pages, wrote: true)
        } catch {
            return Outcome(diagnostics: production.diagnostics + [cannotWrite(error)], files: 0, pages: 0, wrote: false)
        }
    }
}

/// The HTML side of a build: the theme applied to every page in every language, with the
/// tables' downloads, the assets, the sitemap, robots.txt and the feeds.
struct SitePages {
    let content: Content
    let computed: ComputeResult
    let changes: EditionChanges
    let options: SiteBuild.Options
    let clock: StageClock?
    var cache: BuildCache?

    /// The path prefix links start with: the path of an absolute base URL, or the prefix itself.
    var basePath: String {
        var path = content.site.baseURL
        if let url = URL(string: path), url.scheme != nil { path = url.path }
        if !path.hasPrefix("/") { path = "/" + path }
        return path.hasSuffix("/") ? path : path + "/"
    }

    /// The site's files; with `staged`, the pages' files are written there as they are made and
    /// only the others (assets, feeds, sitemap) are returned.
    func files(diagnostics: inout [Diagnostic], streamingTo staged: StagedOutput? = nil) throws -> (files: [OutputFile], pages: Int) {
        let loadTheme = { ThemeLoader(themeFolder: options.theme, contentFolder: options.content).load(languages: content.site.languages) }
        let (loadedTheme, themeDiagnostics) = cache?.theme(loadTheme) ?? loadTheme()
        diagnostics += themeDiagnostics
        guard let theme = loadedTheme else { return ([], 0) }
        let renderer = SiteRenderer(theme: theme)
        let narratives = clock.measure(.markdown) {
            Narratives(content: content, computed: computed, basePath: basePath, strings: theme.strings,
                       renderTable: { renderer.render(table: $0, language: $1) }, cache: cache, workers: options.jobs)
                .render(diagnostics: &diagnostics)
        }
        let stylesheet = theme.assetPath("style.css")
        var files = try renderer.assetFiles()
        let siteFiles = SiteFiles(content: content, basePath: basePath)
        var jobs: [(builder: PageBuilder, make: PageBuilder.PageMaker)] = []
        for language in content.site.languages {
            let strings = theme.strings[language] ?? Strings(language: language, table: [:])
            let makeBuilder = { PageBuilder(content: content, computed: computed, language: language, strings: strings, basePath: basePath, changes: changes) }
            var builder = cache?.builder(language, makeBuilder) ?? makeBuilder()
            builder.clock = clock
            jobs += builder.pageMakers(narratives: narratives, reportStylesheet: theme.assetPath("report.css")).map { (builder, $0) }
            files.append(try siteFiles.feed(language, strings: strings))
            let searchIndex = { try OutputFile(path: builder.searchIndexPath, text: builder.searchIndexJSON()) }
            files.append(try cache?.searchIndex(language, searchIndex) ?? searchIndex())
        }
        let clock = self.clock
        let sortScript = theme.scriptPaths(["sortable.js"]), searchScripts = theme.scriptPaths(["sortable.js", "search.js"])
        let reusable = cache?.reusablePages(count: jobs.count)
        let keepPages = cache != nil
        // Streaming, each page's files go to disk from the worker that made them, and only its
        // route is kept; otherwise they are collected, in order, and for a cache with the page.
        let rendered = clock.measure(.pages) {
            ParallelMap(workers: options.jobs).map(Array(zip(jobs.indices, jobs))) { index, job -> Result<MadePage, any Error> in
                if let entry = reusable?(index) { return .success(MadePage(location: PageLocation(entry.page), page: entry.page, files: entry.files)) }
                let start = clock == nil ? .zero : StageClock.threadProcessorTime()
                let page = clock.measure(.contexts, job.make)
                let scripts = page.route == .search ? searchScripts : sortScript
                let layout = job.builder.layout(for: page.route, title: page.title, stylesheet: stylesheet, scripts: scripts)
                return Result {
                    let pageFiles = try clock.measure(.templates) { try renderer.files(page, layout: layout) }
                    defer {
                        clock?.addPage(kind: page.route.kind, processor: StageClock.threadProcessorTime() - start,
                                       bytes: pageFiles.reduce(0) { $0 + $1.data.count })
                    }
                    guard let staged else { return MadePage(location: PageLocation(page), page: keepPages ? page : nil, files: pageFiles) }
                    try clock.measure(.write) { for file in pageFiles { try staged.write(file) } }
                    return MadePage(location: PageLocation(page), page: nil, files: [])
                }
            }
        }
        defer { BackgroundRelease.release((jobs, narratives)) }
        var pages: [PageLocation] = []
        for result in rendered {
            let made = try result.get()
            pages.append(made.location)
            files += made.files
            if let page = made.page { cache?.pages.append(PageCache.Entry(page: page, files: made.files)) }
        }
        files += [try siteFiles.sitemap(pages.map { ($0.route, $0.language) }), try siteFiles.robots()]
        return (files, pages.count)
    }
}

/// A rendered page: where it is, and unless its files went to disk already, its files (with
/// the page itself when a cache keeps it for the next build).
struct MadePage: Sendable {
    let location: PageLocation
    let page: PageOutput?
    let files: [OutputFile]
}

/// What the sitemap needs of a page, kept after its files are written.
struct PageLocation: Sendable {
    let route: Route
    let language: Language

    init(_ page: PageOutput) {
        route = page.route
        language = page.language
    }
}
