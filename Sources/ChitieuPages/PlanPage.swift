import Foundation
import ChitieuCompute
import ChitieuCore
import ChitieuModel

/// `/plans/<id>/`: the document's metadata, its narrative, and every figure it states.
public struct PlanPage: Sendable {
    public let title: String
    public let facts: [JurisdictionPage.Fact]
    public let summary: String?
    public let narrativeHTML: String
    /// Set when the page's language has no narrative of its own and shows the Vietnamese one.
    public let narrativeLang: String?
    public let figures: Table?
    public let budgets: [Table]
}

extension PageBuilder {
    public func planPage(_ plan: Plan, narratives: [String: RenderedNarrative]) -> PageOutput {
        let route = Route.plan(plan.id)
        let own = narratives[RenderedNarrative.key(plan: plan.id, language)]
        let narrative = own ?? narratives[RenderedNarrative.key(plan: plan.id, .vi)]
        let figures = figureTable(plan).map { placed($0, on: route) }
        let budgets = plan.budgets.map(budgetTable).map { placed($0, on: route) }
        let page = PlanPage(
            title: plan.title[language], facts: facts(plan), summary: plan.summary?[language],
            narrativeHTML: narrative?.html ?? "", narrativeLang: own == nil && narrative != nil ? Language.vi.rawValue : nil,
            figures: figures, budgets: budgets
        )
        return PageOutput(route: route, language: language, template: "plan", title: page.title, body: page,
                          tables: (own?.tables ?? []) + (figures.map { [$0] } ?? []) + budgets)
    }

    func facts(_ plan: Plan) -> [JurisdictionPage.Fact] {
        var facts: [JurisdictionPage.Fact] = []
        func add(_ key: String, _ detail: String?, href: String? = nil) {
            if let detail, !detail.isEmpty { facts.append(.init(term: strings[key], detail: detail, href: href)) }
        }
        add("plan_number", plan.number)
        add("plan_kind", strings.table["plan_kind_\(plan.kind)"] ?? plan.kind)
        add("plan_date", plan.date?.formatted(language))
        add("plan_issuing_body", plan.issuingBody.isEmpty ? nil : plan.issuingBody[language])
        add("plan_signer", plan.signer)
        add("plan_jurisdiction", name(plan.jurisdiction), href: href(.jurisdiction(plan.jurisdiction)))
        add("plan_periods", plan.periods.map(\.display).joined(separator: ", "))
        add("plan_source", [plan.source.citation, plan.source.seed.map { strings.format("plan_seed", ["seed": $0]) }].compactMap { $0 }.joined(separator: "; "),
            href: plan.source.url)
        return facts
    }

    /// Every figure the plan states, in the order of the values table.
    func figureTable(_ plan: Plan) -> Table? {
        guard !plan.figures.isEmpty else { return nil }
        let rows = plan.figures.sorted { ($0.key, $0.location) < ($1.key, $1.location) }.map { figure -> Table.Row in
            let row = value(figure.jurisdiction, figure.indicator, figure.period, ValueRow.Kind(figure.kind))
            var detail = figure.source.planID == plan.id ? "" : name(jurisdiction: figure.source.planID)
            if case .plan(_, let cite?) = figure.source { detail = [detail, cite].filter { !$0.isEmpty }.joined(separator: "; ") }
            if let note = figure.note?[language] { detail = [detail, note].filter { !$0.isEmpty }.joined(separator: "; ") }
            return Table.Row(
                header: Table.Cell(text: name(indicator: figure.indicator), href: href(.indicator(figure.indicator)), csv: figure.indicator),
                cells: [Table.Cell(text: name(figure.jurisdiction), href: href(.jurisdiction(figure.jurisdiction)), csv: figure.jurisdiction),
                        Table.Cell(text: figure.period.display, csv: figure.period.description),
                        Table.Cell(text: strings["kind_\(figure.kind.rawValue)"], csv: figure.kind.rawValue),
                        Table.Cell(text: show(row), numeric: true, csv: csvValue(figure.quantity), sortValue: figure.quantity.central),
                        Table.Cell(text: detail, csv: detail)])
        }
        let columns = ["column_indicator", "column_jurisdiction", "column_period", "column_kind", "column_value", "column_cite"]
        return Table(id: "figures", caption: strings["caption_figures"],
                     columns: columns.enumerated().map { Table.Column(text: strings[$1], numeric: $0 == 4) }, rows: rows)
    }

    func name(jurisdiction planID: String?) -> String {
        planID.flatMap { content.plansByID[$0]?.title[language] } ?? ""
    }
}
