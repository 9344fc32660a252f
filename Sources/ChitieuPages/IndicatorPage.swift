import Foundation
import ChitieuCompute
import ChitieuCore
import ChitieuModel

/// `/indicators/<id>/`: every jurisdiction compared for each period, the change across periods,
/// the definition and formula, sources and downloads.
public struct IndicatorPage: Sendable {
    public let name: String
    /// A sentence per period on who set what target against the national one, from the data.
    public let summary: [String]
    public let description: String
    public let unit: String
    public let direction: String
    public let formula: String?
    public let periodTables: [Table]
    public let changeTable: Table?
    /// The change a year each jurisdiction's target still needs against the change so far.
    public let paceTable: Table?
    public let sources: [Layout.Link]
    public let downloadHref: String
    /// Every jurisdiction's yearly results as one grid of small line panels.
    public let yearlyChart: ChartFigure?
}

extension PageBuilder {
    public func indicatorPage(_ indicator: Indicator) -> PageOutput {
        let route = Route.indicator(indicator.id)
        let tables = periods(of: .target).compactMap { comparisonTable(indicator, $0, id: "compare-\($0)") }.map { placed($0, on: route) }
        let change = changeTable(indicator).map { placed($0, on: route) }
        let pace = paceTable(indicator: indicator).map { placed($0, on: route) }
        let rows = computed.values.rows(indicator: indicator.id)
        let planIDs = Set(rows.filter { !$0.computed }.map(\.source)).filter { content.plansByID[$0] != nil }.sorted()
        var downloads: [PageOutput.Download] = []
        let yearly = figure(yearlyResultsGrid(indicator, id: "chart-yearly"), name: "chart-yearly", csv: yearlyResultsCSV(indicator),
                            on: route, downloads: &downloads)
        let page = IndicatorPage(
            name: indicator.name[language], summary: indicatorSummary(indicator), description: indicator.description[language],
            unit: unitDescription(indicator),
            direction: strings[indicator.direction == .higherIsBetter ? "direction_higher" : "direction_lower"],
            formula: indicator.formula?.text, periodTables: tables, changeTable: change, paceTable: pace,
            sources: planIDs.map { Layout.Link(href: href(.plan($0)), text: content.plansByID[$0]!.title[language], current: false) },
            downloadHref: href(file: "data/indicators/\(indicator.id).csv"), yearlyChart: yearly
        )
        var output = PageOutput(route: route, language: language, template: "indicator", title: page.name, body: page,
                                tables: tables + (change.map { [$0] } ?? []) + (pace.map { [$0] } ?? []))
        output.downloads = downloads
        return output
    }

    func unitDescription(_ indicator: Indicator) -> String {
        let suffix = text.suffix(indicator.unit, label: indicator.unitLabel).trimmingSpaces
        return suffix.isEmpty ? strings["unit_number"] : suffix
    }

    /// Every jurisdiction with a target or result for the period, best first, the national one on top.
    func comparisonTable(_ indicator: Indicator, _ period: Period, id: String) -> Table? {
        let ids = jurisdictions.map(\.id).filter {
            value($0, indicator.id, period, .target) != nil || value($0, indicator.id, period, .result) != nil
        }
        guard !ids.isEmpty else { return nil }
        let rows = ids.map { id -> Table.Row in
            let gap = value(id, indicator.id, period, .gap)
            return Table.Row(
                header: Table.Cell(text: name(id), href: href(.jurisdiction(id)), csv: id),
                cells: [valueCell(value(id, indicator.id, period, .target)),
                        id == national ? Table.Cell(text: "", csv: "") : valueCell(gap, signed: true, missingNote: strings["missing_no_gap"], cssClass: gapClass(gap)),
                        valueCell(value(id, indicator.id, period, .rank), missingNote: strings["missing_no_rank"]),
                        valueCell(value(id, indicator.id, period, .result), missingNote: strings["missing_no_result"]),
                        valueCell(value(id, indicator.id, period, .achievement), missingNote: strings["missing_no_result"])])
        }
        let columns = ["column_jurisdiction", "column_target", "column_gap", "column_rank", "column_result", "column_achievement"]
        var table = Table(id: id, caption: strings.format("caption_indicator_period", ["indicator": indicator.name[language], "period": period.display]),
                     columns: columns.enumerated().map { Table.Column(text: strings[$1], numeric: $0 > 0) }, rows: rows)
        table.chart = targetBars(indicator, period, id: id) ?? ""
        return table
    }

    func changeTable(_ indicator: Indicator) -> Table? {
        let changes = computed.values.rows(indicator: indicator.id).filter { $0.kind == .change }
        guard !changes.isEmpty else { return nil }
        let rows = changes.map { row in
            Table.Row(header: Table.Cell(text: name(row.jurisdiction), href: href(.jurisdiction(row.jurisdiction)), csv: row.jurisdiction),
                      cells: [Table.Cell(text: row.period.display, csv: row.period.description), valueCell(row, signed: true)])
        }
        var table = Table(id: "change", caption: strings.format("caption_change", ["indicator": indicator.name[language]]),
                     columns: [Table.Column(text: strings["column_jurisdiction"], numeric: false),
                               Table.Column(text: strings["column_period"], numeric: false),
                               Table.Column(text: strings["column_change"], numeric: true)], rows: rows)
        table.chart = changeSlope(indicator, changes: changes) ?? ""
        return table
    }
}
