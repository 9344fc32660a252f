import ChitieuCompute
import ChitieuCore
import ChitieuMarkdown
import ChitieuModel
import Foundation

/// Binds a narrative to the data. `{value}`…`` prints a value from the values table, formatted for
/// the narrative's language and linked to its indicator; `{ref}`…`` links to a jurisdiction,
/// indicator, plan or period by id with its name. Anything it cannot resolve is a diagnostic at
/// the role's own line and column, so prose cannot quietly drift from the data.
public final class NarrativeResolver: MarkdownResolver {
    /// Reads an embed block's body; the loader's, so Markdown and pages stay free of YAML.
    public typealias EmbedReading = (_ kind: String, _ body: String, _ fence: SourceLocation) -> (request: EmbedRequest?, diagnostics: [Diagnostic])
    /// The theme's table partial, so an embedded table looks like every other table.
    public typealias TableRendering = (Table) -> String

    let builder: PageBuilder
    /// The page the narrative is shown on, where an embedded table's CSV is written.
    let route: Route
    let readEmbed: EmbedReading
    let renderTable: TableRendering
    public private(set) var diagnostics: [Diagnostic] = []
    /// Embedded tables, placed on `route`, whose downloads the page writes.
    public private(set) var tables: [Table] = []
    var embeds = 0
    /// Put before each embed's id (and so its downloads' names), as before the narrative's heading
    /// ids: a report shows several plans' narratives on one page.
    let idPrefix: String

    public init(builder: PageBuilder, route: Route, idPrefix: String = "", readEmbed: @escaping EmbedReading,
                renderTable: @escaping TableRendering) {
        self.builder = builder
        self.route = route
        self.idPrefix = idPrefix
        self.readEmbed = readEmbed
        self.renderTable = renderTable
    }

    public func inlineRole(name: String, argument: String, at location: SourceLocation) -> String? {
        switch name {
        case "value": return value(argument, at: location)
        case "ref": return reference(argument, at: location)
        default: return nil
        }
    }

    public func embed(kind: String, body: String, at location: SourceLocation) -> String? {
        let (request, problems) = readEmbed(kind, body, location)
        diagnostics += problems
        embeds += 1
        guard let request, let embedded = builder.embed(request, id: "\(idPrefix)embed-\(embeds)", diagnostics: &diagnostics) else {
            return "<p class=\"value missing\">\(ValueText.missing)</p>"
        }
        switch embedded {
        case .chart(let html): return html
        case .table(let table):
            let placed = builder.placed(table, on: route)
            tables.append(placed)
            return renderTable(placed)
        }
    }

    func fail(_ location: SourceLocation, _ message: String, hint: String? = nil) -> String {
        diagnostics.append(.error(location, message, hint: hint))
        return "<span class=\"value missing\">\(ValueText.missing)</span>"
    }

    /// `jurisdiction/indicator/period[/kind]`; the indicator may itself contain `/` (budget lines).
    func value(_ argument: String, at location: SourceLocation) -> String {
        var parts = argument.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 3 else {
            return fail(location, "'\(argument)' is not a value reference", hint: "write jurisdiction/indicator/period, optionally /kind: ninh-binh/staff_trained_pct/2021-2025")
        }
        var kind: ValueRow.Kind?
        if let last = parts.last, let named = ValueRow.Kind(rawValue: last) { kind = named; parts.removeLast() }
        guard parts.count >= 3, case .success(let period) = Period.parse(parts.removeLast()) else {
            return fail(location, "'\(argument)' has no valid period", hint: "the period comes after the indicator: 2021-2025 or 2012")
        }
        let jurisdiction = parts.removeFirst(), indicator = parts.joined(separator: "/")
        if let problem = unknown(jurisdiction: jurisdiction, indicator: indicator) { return fail(location, problem.0, hint: problem.1) }
        let chosen = kind ?? (indicator.hasPrefix("budget/") ? .budget : .target)
        guard let row = builder.value(jurisdiction, indicator, period, chosen) else {
            return fail(location, "'\(jurisdiction)' has no \(chosen.rawValue) of '\(indicator)' for \(period)",
                        hint: "check the period and kind (target, result, baseline, budget, gap, change, rank, achievement, share)")
        }
        let text = HTMLText.escape(builder.show(row, signed: row.kind == .gap || row.kind == .change))
        let indicatorPage = builder.href(.indicator(indicator.split(separator: "/").first.map(String.init) ?? indicator))
        let href = builder.content.indicatorsByID[indicator] == nil ? builder.href(.jurisdiction(jurisdiction)) : indicatorPage
        return "<a class=\"value\" href=\"\(HTMLText.escape(href))\">\(text)</a>"
    }

    func unknown(jurisdiction: String, indicator: String) -> (String, String?)? {
        let content = builder.content
        if content.jurisdictionsByID[jurisdiction] == nil {
            return ("unknown jurisdiction '\(jurisdiction)'", DidYouMean.hint(for: jurisdiction, among: content.jurisdictions.map(\.id)))
        }
        let base = indicator.hasPrefix("budget/") ? "budget" : indicator
        if content.indicatorsByID[base] == nil && base != "budget" {
            return ("unknown indicator '\(indicator)'", DidYouMean.hint(for: indicator, among: content.indicators.map(\.id)))
        }
        return nil
    }

    /// A link with the name in the narrative's language; ids are tried as jurisdiction, indicator,
    /// plan, then period.
    func reference(_ id: String, at location: SourceLocation) -> String {
        let content = builder.content, language = builder.language
        let target: (Route, String)?
        if let jurisdiction = content.jurisdictionsByID[id] {
            target = (.jurisdiction(id), jurisdiction.name[language])
        } else if let indicator = content.indicatorsByID[id] {
            target = (.indicator(id), indicator.name[language])
        } else if let plan = content.plansByID[id] {
            target = (.plan(id), plan.title[language])
        } else if case .success(let period) = Period.parse(id) {
            target = (.period(period), period.display)
        } else {
            target = nil
        }
        guard let (route, name) = target else {
            let ids = content.jurisdictions.map(\.id) + content.indicators.map(\.id) + content.plans.map(\.id)
            return fail(location, "'\(id)' is not a jurisdiction, indicator, plan or period", hint: DidYouMean.hint(for: id, among: ids))
        }
        return "<a href=\"\(HTMLText.escape(builder.href(route)))\">\(HTMLText.escape(name))</a>"
    }

}
