import Foundation
import ChitieuCompute
import ChitieuCore
import ChitieuModel

/// `/`: the current period's national targets beside every jurisdiction's, the latest plans,
/// and links into everything.
public struct HomePage: Sendable {
    public let intro: String
    public let period: String
    public let matrix: Table?
    /// The same period on today's boundaries, predecessors' figures combined.
    public let todayMatrix: Table?
    /// One bar chart per national target of the current period.
    public let charts: [ChartFigure]
    public let latestPlans: [JurisdictionPage.PlanLink]
    public let jurisdictions: [Layout.Link]
    public let indicators: [Layout.Link]
}

extension PageBuilder {
    /// Indicators the national jurisdiction sets a target for in a period: the national programme's.
    func nationalIndicators(_ period: Period) -> [Indicator] {
        indicators.filter { value(national, $0.id, period, .target) != nil }
    }

    public func homePage(narratives: [String: RenderedNarrative]) -> PageOutput {
        let period = content.site.currentPeriod
        let matrix = targetMatrix(period, indicators: nationalIndicators(period), id: "targets").map { placed($0, on: .home) }
        let today = todayMatrix(period, indicators: nationalIndicators(period), id: "today").map { placed($0, on: .home) }
        var downloads: [PageOutput.Download] = []
        let charts = nationalIndicators(period).compactMap { indicator in
            figure(targetBars(indicator, period, id: "home-\(indicator.id)"), name: "chart-\(indicator.id)", caption: indicator.name[language],
                   csv: targetBarsCSV(indicator, period), on: .home, downloads: &downloads)
        }
        let plans = content.plans.sorted { ($0.date?.iso ?? "", $0.id) > ($1.date?.iso ?? "", $1.id) }.prefix(5)
        let page = HomePage(
            intro: content.site.description?[language] ?? "", period: period.display, matrix: matrix, todayMatrix: today,
            charts: charts,
            latestPlans: plans.map { planLink($0, narratives: narratives) },
            jurisdictions: jurisdictions.map { Layout.Link(href: href(.jurisdiction($0.id)), text: $0.name[language], current: false) },
            indicators: indicators.map { Layout.Link(href: href(.indicator($0.id)), text: $0.name[language], current: false) }
        )
        var output = PageOutput(route: .home, language: language, template: "home", title: content.site.title[language], body: page,
                                tables: [matrix, today].compactMap { $0 })
        output.downloads = downloads
        return output
    }

    /// Jurisdictions (rows) × indicators (columns) of targets for a period, each cell coloured by
    /// its gap to the national target and saying the gap in words for screen readers and print.
    func targetMatrix(_ period: Period, indicators: [Indicator], id: String) -> Table? {
        let ids = jurisdictions.filter { inForce($0, period) }.map(\.id)
            .filter { j in indicators.contains { value(j, $0.id, period, .target) != nil } }
        guard !ids.isEmpty, !indicators.isEmpty else { return nil }
        let rows = ids.map { j -> Table.Row in
            Table.Row(header: Table.Cell(text: name(j), href: href(.jurisdiction(j)), csv: j), cells: indicators.map { indicator in
                let gap = value(j, indicator.id, period, .gap)
                var cell = valueCell(value(j, indicator.id, period, .target), missingNote: strings["missing_no_target"], cssClass: gapClass(gap))
                if let gap {
                    cell = cell.noted(strings.format("note_gap", ["gap": show(gap, signed: true)]))
                }
                return cell
            })
        }
        let columns = [Table.Column(text: strings["column_jurisdiction"], numeric: false)]
            + indicators.map { Table.Column(text: $0.name[language], numeric: true) }
        return Table(id: "\(id)-\(period)", caption: strings.format("caption_matrix", ["period": period.display]), columns: columns, rows: rows)
    }
}
