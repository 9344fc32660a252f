import ChitieuCompute
import ChitieuCore
import ChitieuLoad
import ChitieuMarkdown
import ChitieuModel
import ChitieuPages

/// Renders every narrative once, in its own language and bound to the data, keyed by plan or
/// page and language.
struct Narratives {
    let content: Content
    let computed: ComputeResult
    let basePath: String
    /// The theme's words per language; empty when only checking.
    var strings: [Language: Strings] = [:]
    /// The theme's table partial; nil when only checking, where no HTML is kept.
    var renderTable: (@Sendable (Table, Language) -> String)?
    /// Narratives and page builders of an earlier build of the same data and theme.
    var cache: BuildCache?

    /// Narratives rendered at once; the result is the same for any number.
    var workers = 1

    /// One narrative to render: where it goes, and for a plan the numbers its prose must quote.
    struct Job: Sendable {
        let key: String
        let narrative: Narrative
        let language: Language
        let route: Route
        let options: MarkdownOptions
        let plan: Plan?
    }

    func render(diagnostics: inout [Diagnostic]) -> [String: RenderedNarrative] {
        let builders = Dictionary(uniqueKeysWithValues: Language.allCases.map { language in
            let make = { PageBuilder(content: content, computed: computed, language: language,
                                     strings: strings[language] ?? Strings(language: language, table: [:]), basePath: basePath) }
            return (language, cache?.builder(language, make) ?? make())
        })
        // A plan's narrative sits under the page's "Narrative" heading, so its ## become <h3>; its
        // ids start with the plan's, as a report shows several plans' narratives.
        let planOptions = { (plan: Plan) in MarkdownOptions(allowRawHTML: content.site.allowRawHTML, headingShift: 1, idPrefix: plan.id + "-") }
        let pageOptions = MarkdownOptions(allowRawHTML: content.site.allowRawHTML)
        var jobs: [Job] = []
        for plan in content.plans {
            for (language, narrative) in plan.narratives.sorted(by: { $0.key < $1.key }) {
                jobs.append(Job(key: RenderedNarrative.key(plan: plan.id, language), narrative: narrative, language: language,
                                route: .plan(plan.id), options: planOptions(plan), plan: plan))
            }
        }
        for page in content.pages {
            for (language, narrative) in page.narratives.sorted(by: { $0.key < $1.key }) {
                jobs.append(Job(key: RenderedNarrative.key(page: page.id, language), narrative: narrative, language: language,
                                route: .page(page.id), options: pageOptions, plan: nil))
            }
        }
        let results = ParallelMap(workers: workers).map(jobs) { job in
            var found: [Diagnostic] = []
            let rendered = render(job.narrative, builders[job.language]!, job.route, job.options, &found) { numbers in
                job.plan.map { HandwrittenNumbers(plan: $0, language: job.language).check(numbers) } ?? []
            }
            return (rendered, found)
        }
        var rendered: [String: RenderedNarrative] = [:]
        for (job, (narrative, found)) in zip(jobs, results) {
            rendered[job.key] = narrative
            diagnostics += found
        }
        return rendered
    }

    /// `checkNumbers` looks at the numbers the prose writes out; a plan's narrative must quote its figures.
    func render(_ narrative: Narrative, _ builder: PageBuilder, _ route: Route, _ options: MarkdownOptions,
                _ diagnostics: inout [Diagnostic], checkNumbers: ([WrittenNumber]) -> [Diagnostic] = { _ in [] }) -> RenderedNarrative {
        let language = builder.language
        let key = NarrativeCache.Key(route: route, language: language, narrative: narrative)
        if let cached = cache?.narratives.lookup(key) {
            diagnostics += cached.diagnostics
            return cached.rendered
        }
        let resolver = NarrativeResolver(builder: builder, route: route, idPrefix: options.idPrefix, readEmbed: EmbedReader.read,
                                         renderTable: { table in renderTable?(table, language) ?? "" })
        let markdown = Markdown.render(narrative.markdown, origin: narrative.location, options: options, resolver: resolver)
        let found = markdown.diagnostics + resolver.diagnostics + checkNumbers(markdown.numbers)
        let rendered = RenderedNarrative(html: markdown.html, excerptHTML: markdown.excerptHTML, tables: resolver.tables)
        cache?.narratives.store(NarrativeCache.Entry(rendered: rendered, diagnostics: found), for: key)
        diagnostics += found
        return rendered
    }
}

/// Everything `chitieu check` verifies beyond loading: formulas, consistency, and narratives.
public enum ContentCheck {
    public static func diagnostics(_ content: Content) -> [Diagnostic] {
        let computed = Engine.compute(content)
        var diagnostics = computed.diagnostics
        _ = Narratives(content: content, computed: computed, basePath: "/").render(diagnostics: &diagnostics)
        return diagnostics.sortedForDisplay()
    }
}
