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
    var renderTable: ((Table, Language) -> String)?
    /// Narratives and page builders of an earlier build of the same data and theme.
    var cache: BuildCache?

    func render(diagnostics: inout [Diagnostic]) -> [String: RenderedNarrative] {
        var rendered: [String: RenderedNarrative] = [:]
        let builders = Dictionary(uniqueKeysWithValues: Language.allCases.map { language in
            let make = { PageBuilder(content: content, computed: computed, language: language,
                                     strings: strings[language] ?? Strings(language: language, table: [:]), basePath: basePath) }
            return (language, cache?.builder(language, make) ?? make())
        })
        // A plan's narrative sits under the page's "Narrative" heading, so its ## become <h3>.
        let planOptions = MarkdownOptions(allowRawHTML: content.site.allowRawHTML, headingShift: 1)
        let pageOptions = MarkdownOptions(allowRawHTML: content.site.allowRawHTML)
        for plan in content.plans {
            for (language, narrative) in plan.narratives.sorted(by: { $0.key < $1.key }) {
                let builder = builders[language]!
                rendered[RenderedNarrative.key(plan: plan.id, language)] = render(narrative, builder, .plan(plan.id), planOptions, &diagnostics) {
                    HandwrittenNumbers(plan: plan, language: language).check($0)
                }
            }
        }
        for page in content.pages {
            for (language, narrative) in page.narratives.sorted(by: { $0.key < $1.key }) {
                rendered[RenderedNarrative.key(page: page.id, language)] = render(narrative, builders[language]!, .page(page.id), pageOptions, &diagnostics)
            }
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
        let resolver = NarrativeResolver(builder: builder, route: route, readEmbed: EmbedReader.read,
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
