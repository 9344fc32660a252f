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
        /// How many pages render at once; the output is the same for any number.
        public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        public init(content: String, output: String, theme: String = "themes/default", baseURL: String? = nil, dataOnly: Bool = false) {
            self.content = content
            self.output = output
            self.theme = theme
            self.baseURL = baseURL
            self.dataOnly = dataOnly
        }
    }

    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        public var files: Int
        public var pages: Int
        public var wrote: Bool
    }

    public let options: Options

    public init(options: Options) {
        self.options = options
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

    public func produceSite() -> Production {
        let loaded = ContentLoader(root: options.content).load()
        let failed = { (diagnostics: [Diagnostic]) in Production(files: [], pages: 0, diagnostics: diagnostics.sortedForDisplay(), baseURL: "/") }
        guard var content = loaded.content, !loaded.diagnostics.hasErrors else { return failed(loaded.diagnostics) }
        if let baseURL = options.baseURL { content.site.baseURL = baseURL }
        let computed = Engine.compute(content)
        var diagnostics = loaded.diagnostics + computed.diagnostics
        guard !diagnostics.hasErrors else { return failed(diagnostics) }
        do {
            var files = try DataExport(values: computed.values, combined: computed.combined).files()
            var pages = 0
            if !options.dataOnly {
                let site = try SitePages(content: content, computed: computed, options: options).files(diagnostics: &diagnostics)
                files += site.files
                pages = site.pages
            }
            diagnostics += Self.collisions(files, content: options.content)
            return Production(files: diagnostics.hasErrors ? [] : files, pages: pages, diagnostics: diagnostics.sortedForDisplay(),
                              baseURL: content.site.baseURL)
        } catch {
            return failed(diagnostics + [.error(SourceLocation(file: options.output), "\(error)")])
        }
    }

    /// Two outputs with one path would silently overwrite each other: a free page named like a
    /// route (`pages/compare.md`), for instance.
    static func collisions(_ files: [OutputFile], content: String) -> [Diagnostic] {
        Dictionary(grouping: files, by: \.path).filter { $0.value.count > 1 }.keys.sorted().map { path in
            .error(SourceLocation(file: content), "two outputs would both be written to '\(path)'",
                   hint: "a page in pages/ may not be named like a section of the site (\(Route.reservedNames.sorted().joined(separator: ", ")))")
        }
    }

    public func run() -> Outcome {
        let (files, pages, diagnostics) = produce()
        guard !diagnostics.hasErrors else { return Outcome(diagnostics: diagnostics, files: 0, pages: 0, wrote: false) }
        do {
            try AtomicOutput(output: URL(fileURLWithPath: options.output)).write(files)
            return Outcome(diagnostics: diagnostics, files: files.count, pages: pages, wrote: true)
        } catch {
            let failure = Diagnostic.error(SourceLocation(file: options.output), "the site cannot be written: \(error)",
                                           hint: "the previous site, if any, is untouched")
            return Outcome(diagnostics: diagnostics + [failure], files: 0, pages: 0, wrote: false)
        }
    }
}

/// The HTML side of a build: the theme applied to every page in every language, with the
/// tables' downloads, the assets, the sitemap, robots.txt and the feeds.
struct SitePages {
    let content: Content
    let computed: ComputeResult
    let options: SiteBuild.Options

    /// The path prefix links start with: the path of an absolute base URL, or the prefix itself.
    var basePath: String {
        var path = content.site.baseURL
        if let url = URL(string: path), url.scheme != nil { path = url.path }
        if !path.hasPrefix("/") { path = "/" + path }
        return path.hasSuffix("/") ? path : path + "/"
    }

    func files(diagnostics: inout [Diagnostic]) throws -> (files: [OutputFile], pages: Int) {
        let (loadedTheme, themeDiagnostics) = ThemeLoader(themeFolder: options.theme, contentFolder: options.content).load(languages: content.site.languages)
        diagnostics += themeDiagnostics
        guard let theme = loadedTheme else { return ([], 0) }
        let renderer = SiteRenderer(theme: theme)
        let narratives = Narratives(content: content, computed: computed, basePath: basePath, strings: theme.strings,
                                    renderTable: renderer.render(table:language:)).render(diagnostics: &diagnostics)
        let stylesheet = theme.assetPath("style.css")
        var files = try renderer.assetFiles()
        let siteFiles = SiteFiles(content: content, basePath: basePath)
        var jobs: [(builder: PageBuilder, make: PageBuilder.PageMaker)] = []
        for language in content.site.languages {
            let strings = theme.strings[language] ?? Strings(language: language, table: [:])
            let builder = PageBuilder(content: content, computed: computed, language: language, strings: strings, basePath: basePath)
            jobs += builder.pageMakers(narratives: narratives, reportStylesheet: theme.assetPath("report.css")).map { (builder, $0) }
            files.append(try siteFiles.feed(language, strings: strings))
            files.append(try OutputFile(path: builder.searchIndexPath, text: builder.searchIndexJSON()))
        }
        let sortScript = theme.scriptPaths(["sortable.js"]), searchScripts = theme.scriptPaths(["sortable.js", "search.js"])
        let rendered = ParallelMap(workers: options.jobs).map(jobs) { job -> Result<(PageOutput, [OutputFile]), any Error> in
            let page = job.make()
            let scripts = page.route == .search ? searchScripts : sortScript
            return Result { (page, try renderer.files(page, layout: job.builder.layout(for: page.route, title: page.title, stylesheet: stylesheet, scripts: scripts))) }
        }
        var pages: [PageOutput] = []
        for result in rendered {
            let (page, pageFiles) = try result.get()
            pages.append(page)
            files += pageFiles
        }
        files += [try siteFiles.sitemap(pages), try siteFiles.robots()]
        return (files, pages.count)
    }
}
