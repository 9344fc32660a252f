import Foundation
import ChitieuCompute
import ChitieuCore
import ChitieuModel

/// `/jurisdictions/<id>/`: profile, plans, targets against the national ones per period, results,
/// budgets, and excerpts of its plans' narratives.
public struct JurisdictionPage: Sendable {
    public struct Fact: Sendable { public let term: String; public let detail: String; public let href: String? }
    public struct PlanLink: Sendable { public let href: String; public let title: String; public let meta: String; public let excerptHTML: String }

    public let name: String
    /// Sentences on its targets against the national ones, generated from the data.
    public let summary: [String]
    public let facts: [Fact]
    /// Boundary changes: what it merged into, or what it absorbed and what each period covers.
    public let lineage: LineageSection?
    public let plans: [PlanLink]
    public let targetTables: [Table]
    /// The change a year each target still needs against the change so far.
    public let paceTable: Table?
    public let resultsTable: Table?
    public let budgetTables: [Table]
    public let hasPlans: Bool
    public let targetsChart: ChartFigure?
    public let resultsChart: ChartFigure?
    /// The printable annual reports of the jurisdiction, one per report year.
    public let reports: [Layout.Link]
}

extension PageBuilder {
    public func jurisdictionPage(_ jurisdiction: Jurisdiction, narratives: [String: RenderedNarrative]) -> PageOutput {
        let route = Route.jurisdiction(jurisdiction.id)
        let shared = parts(of: jurisdiction.id)
        let targets = periods(of: .target).compactMap { shared.targetTables[$0] }.map { placed($0, on: route) }
        let results = shared.resultsTable.map { placed($0, on: route) }
        let pace = paceTable(jurisdiction: jurisdiction.id).map { placed($0, on: route) }
        let budgets = budgetTables(jurisdiction.id).map { placed($0, on: route) }
        let plans = content.plans.filter { $0.jurisdiction == jurisdiction.id }.sorted { ($0.date?.iso ?? "") > ($1.date?.iso ?? "") }
        let lineage = lineageSection(jurisdiction, narratives: narratives)
        var downloads: [PageOutput.Download] = []
        let targetsChart = figure(shared.targetsChart, name: "chart-targets", csv: targetsAcrossPeriodsCSV(jurisdiction.id),
                                  on: route, downloads: &downloads)
        let resultsChart = figure(shared.resultsChart, name: "chart-results", csv: resultsAgainstTargetsCSV(jurisdiction.id),
                                  on: route, downloads: &downloads)
        let page = JurisdictionPage(
            name: jurisdiction.name[language], summary: jurisdictionSummary(jurisdiction.id), facts: facts(jurisdiction), lineage: lineage,
            plans: plans.map { planLink($0, narratives: narratives) },
            targetTables: targets, paceTable: pace, resultsTable: results, budgetTables: budgets, hasPlans: !plans.isEmpty,
            targetsChart: targetsChart, resultsChart: resultsChart,
            reports: reportLinks(jurisdiction.id, hasPlans: !plans.isEmpty)
        )
        var output = PageOutput(route: route, language: language, template: "jurisdiction", title: page.name, body: page,
                                tables: targets + (pace.map { [$0] } ?? []) + (results.map { [$0] } ?? []) + budgets + (lineage?.tables ?? []))
        output.downloads = downloads
        return output
    }

    /// The parts the page shares with the jurisdiction's reports.
    func parts(of jurisdiction: String) -> JurisdictionParts.Parts {
        shared.parts(of: jurisdiction, users: hasReports(jurisdiction) ? 1 + content.site.reportYears.count : 1) {
            let targets = periods(of: .target).compactMap { period in targetTable(jurisdiction, period).map { (period, $0) } }
            return .init(targetTables: Dictionary(targets, uniquingKeysWith: { first, _ in first }), resultsTable: resultsTable(jurisdiction),
                         targetsChart: targetsAcrossPeriods(jurisdiction), resultsChart: resultsAgainstTargets(jurisdiction))
        }
    }

    func reportLinks(_ jurisdiction: String, hasPlans: Bool) -> [Layout.Link] {
        guard hasPlans || hasTargets(jurisdiction) else { return [] }
        return content.site.reportYears.map {
            Layout.Link(href: href(.report(jurisdiction, year: $0)), text: strings.format("report_title", ["year": "\($0)"]), current: false)
        }
    }

    func facts(_ jurisdiction: Jurisdiction) -> [JurisdictionPage.Fact] {
        var facts = [JurisdictionPage.Fact(term: strings["jurisdiction_level"], detail: strings["level_\(jurisdiction.level.rawValue)"], href: nil)]
        if let parent = jurisdiction.parent, let above = content.jurisdictionsByID[parent] {
            facts.append(.init(term: strings["jurisdiction_parent"], detail: above.name[language], href: href(.jurisdiction(parent))))
        }
        if let code = jurisdiction.code { facts.append(.init(term: strings["jurisdiction_code"], detail: code, href: nil)) }
        if let population = jurisdiction.population.max(by: { $0.year < $1.year }) {
            let detail = strings.format("jurisdiction_population_value", [
                "value": text.count(population.value), "year": "\(population.year)", "source": population.source,
            ])
            facts.append(.init(term: strings["jurisdiction_population"], detail: detail, href: nil))
        }
        for (key, ids) in [("jurisdiction_predecessors", jurisdiction.predecessors), ("jurisdiction_successors", jurisdiction.successors)] {
            for id in ids { facts.append(.init(term: strings[key], detail: name(id), href: href(.jurisdiction(id)))) }
        }
        if let until = jurisdiction.validUntil {
            facts.append(.init(term: strings["jurisdiction_valid_until"], detail: until.formatted(language), href: nil))
        }
        return facts
    }

    func planLink(_ plan: Plan, narratives: [String: RenderedNarrative]) -> JurisdictionPage.PlanLink {
        let meta = [plan.number, plan.date?.short(language)].compactMap { $0 }.joined(separator: " · ")
        let excerpt = narratives[RenderedNarrative.key(plan: plan.id, language)]?.excerptHTML
            ?? narratives[RenderedNarrative.key(plan: plan.id, .vi)]?.excerptHTML ?? ""
        return .init(href: href(.plan(plan.id)), title: plan.title[language], meta: meta, excerptHTML: excerpt)
    }

    /// The jurisdiction's targets for one period beside the national target, gap, rank and status.
    func targetTable(_ jurisdiction: String, _ period: Period) -> Table? {
        let rows = indicators.compactMap { indicator -> Table.Row? in
            guard let target = value(jurisdiction, indicator.id, period, .target) else { return nil }
            let gap = value(jurisdiction, indicator.id, period, .gap)
            let status = computed.statuses[target.key] ?? .noData
            return Table.Row(
                header: Table.Cell(text: indicator.name[language], href: href(.indicator(indicator.id)), csv: indicator.id),
                cells: [
                    valueCell(target),
                    jurisdiction == national ? Table.Cell(text: "", csv: "") : valueCell(value(national, indicator.id, period, .target), missingNote: strings["missing_no_national"]),
                    jurisdiction == national ? Table.Cell(text: "", csv: "") : valueCell(gap, signed: true, missingNote: strings["missing_no_gap"], cssClass: gapClass(gap)),
                    valueCell(value(jurisdiction, indicator.id, period, .achievement), missingNote: strings["missing_no_result"]),
                    Table.Cell(text: strings["status_\(status.rawValue)"], cssClass: "status status-\(status.rawValue)", csv: status.rawValue),
                ])
        }
        guard !rows.isEmpty else { return nil }
        let columns = ["column_indicator", "column_target", "column_national_target", "column_gap", "column_achievement", "column_status"]
        return Table(id: "targets-\(period)", caption: strings.format("caption_targets", ["period": period.display]),
                     columns: columns.enumerated().map { Table.Column(text: strings[$1], numeric: $0 > 0 && $0 < 5) }, rows: rows)
    }

    /// Results and baselines with an indicator per row and a period per column, as a dashboard
    /// reads them across the years; those of periods starting after `until` left out when it is
    /// given. A baseline has columns of its own, headed by its kind; a computed indicator's formula
    /// is said once under the table rather than in each cell.
    func resultsTable(_ jurisdiction: String, until: Int? = nil) -> Table? {
        let results = computed.values.rows(jurisdiction: jurisdiction).filter {
            ($0.kind == .result || $0.kind == .baseline) && $0.period.start <= (until ?? $0.period.start)
        }
        guard !results.isEmpty else { return nil }
        struct Column: Hashable { let period: Period; let kind: ValueRow.Kind }
        let columns = Set(results.map { Column(period: $0.period, kind: $0.kind) }).sorted {
            ($0.period.start, $0.period.end, $0.kind == .baseline ? 0 : 1) < ($1.period.start, $1.period.end, $1.kind == .baseline ? 0 : 1)
        }
        var indicators: [String] = []
        var byCell: [String: [Column: ValueRow]] = [:]
        for row in results {
            if byCell[row.indicator] == nil { indicators.append(row.indicator) }
            byCell[row.indicator, default: [:]][Column(period: row.period, kind: row.kind)] = row
        }
        let missing = Table.Cell(text: ValueText.missing, numeric: true, cssClass: "missing", csv: "")
        let rows = indicators.map { indicator in
            Table.Row(header: Table.Cell(text: name(indicator: indicator), href: href(.indicator(indicator)), csv: indicator),
                      cells: columns.map { column in byCell[indicator]![column].map { valueCell($0, explained: true) } ?? missing })
        }
        let headers = columns.map { column in
            Table.Column(text: column.kind == .baseline ? "\(strings["kind_baseline"]) \(column.period.display)" : column.period.display, numeric: true)
        }
        var table = Table(id: "results", caption: strings["caption_results"],
                          columns: [Table.Column(text: strings["column_indicator"], numeric: false)] + headers, rows: rows)
        table.notes = indicators.compactMap { indicator in
            guard let formula = byCell[indicator]!.values.first(where: \.computed)?.source else { return nil }
            return strings.format("results_formula_note", ["indicator": name(indicator: indicator), "formula": formula])
        }
        return table
    }
}
