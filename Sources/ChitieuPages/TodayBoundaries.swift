import Foundation
import ChitieuCompute
import ChitieuCore
import ChitieuModel

/// The comparison on today's boundaries: only the units in force today, and for periods planned
/// before a merger the predecessors' figures combined (or "not comparable").
extension PageBuilder {
    /// Whether a unit existed during some of the period, so "as planned" views may list it.
    func inForce(_ jurisdiction: Jurisdiction, _ period: Period) -> Bool {
        (jurisdiction.validUntil.map { $0.year >= period.start } ?? true) && (jurisdiction.validFrom.map { $0.year <= period.end } ?? true)
    }

    /// A current unit's target on today's boundaries: combined when the period predates them.
    func todayCell(_ id: String, _ indicator: String, _ period: Period) -> Table.Cell? {
        if lineage.predates(period, boundariesOf: id) {
            return combined(id, indicator, period, .target).map(combinedCell)
        }
        guard let target = value(id, indicator, period, .target) else { return nil }
        let gap = value(id, indicator, period, .gap)
        let cell = valueCell(target, cssClass: gapClass(gap))
        guard let gap else { return cell }
        return cell.noted(strings.format("note_gap", ["gap": show(gap, signed: true)]))
    }

    func todayMatrix(_ period: Period, indicators: [Indicator], id: String) -> Table? {
        let ids = jurisdictions.map(\.id).filter { j in lineage.isCurrent(j) && indicators.contains { todayCell(j, $0.id, period) != nil } }
        guard !ids.isEmpty, !indicators.isEmpty else { return nil }
        let rows = ids.map { j in
            Table.Row(header: Table.Cell(text: name(j), href: href(.jurisdiction(j)), csv: j), cells: indicators.map { indicator in
                todayCell(j, indicator.id, period)
                    ?? Table.Cell(text: ValueText.missing, numeric: true, cssClass: "missing", note: strings["missing_no_target"], csv: "")
            })
        }
        let columns = [Table.Column(text: strings["column_jurisdiction"], numeric: false)]
            + indicators.map { Table.Column(text: $0.name[language], numeric: true) }
        var table = Table(id: "\(id)-\(period)", caption: strings.format("caption_matrix_today", ["period": period.display]), columns: columns, rows: rows)
        if ids.contains(where: { lineage.predates(period, boundariesOf: $0) }) { table.notes = [strings["method_not_comparable"]] }
        return table
    }

    /// `/compare/today/`: the matrix of each period on today's boundaries.
    public func compareTodayPage() -> PageOutput {
        let tables = periods(of: .target).compactMap { period -> Table? in
            let used = indicators.filter { ind in jurisdictions.contains { lineage.isCurrent($0.id) && todayCell($0.id, ind.id, period) != nil } }
            return todayMatrix(period, indicators: used, id: "today")
        }.map { placed($0, on: .compareToday) }
        let page = TablesPage(title: strings["nav_compare"] + " · " + strings["view_today"], intro: strings["compare_today_intro"],
                              tables: tables, views: compareViews(current: .compareToday))
        return PageOutput(route: .compareToday, language: language, template: "tables", title: page.title, body: page, tables: tables)
    }

    func compareViews(current: Route) -> [Layout.Link] {
        [(Route.compare, "view_as_planned"), (.compareToday, "view_today")].map {
            Layout.Link(href: href($0.0), text: strings[$0.1], current: $0.0 == current)
        }
    }
}
