import Foundation
import ChitieuCompute
import ChitieuCore
import ChitieuModel

/// Tables of values on today's boundaries: each predecessor's figure beside their combination,
/// with how it was combined written under the table.
extension PageBuilder {
    func combined(_ id: String, _ indicator: String, _ period: Period, _ kind: ValueRow.Kind) -> CombinedValue? {
        computed.combined(id, indicator, period, kind)
    }

    /// A period planned by the units of the time: a column per unit, then their combination.
    func predecessorTable(_ id: String, _ period: Period) -> Table? {
        let units = lineage.components(of: id, in: period)
        let used = indicators.filter { combined(id, $0.id, period, .target) != nil }
        guard !used.isEmpty else { return nil }
        let rows = used.map { indicator in
            Table.Row(header: Table.Cell(text: indicator.name[language], href: href(.indicator(indicator.id)), csv: indicator.id),
                      cells: units.map { valueCell(value($0, indicator.id, period, .target), missingNote: strings["missing_no_target"]) }
                          + [combinedCell(combined(id, indicator.id, period, .target))])
        }
        let columns = [Table.Column(text: strings["column_indicator"], numeric: false)]
            + units.map { Table.Column(text: componentName($0, of: id), numeric: true) }
            + [Table.Column(text: strings["column_combined"], numeric: true)]
        var table = Table(id: "today-\(period)", caption: strings.format("caption_lineage", ["period": period.display, "name": name(id)]),
                          columns: columns, rows: rows)
        table.notes = methodNotes(used.compactMap { combined(id, $0.id, period, .target) })
        return table
    }

    /// A unit that absorbed others is named with "old boundaries" among its own predecessors.
    func componentName(_ component: String, of id: String) -> String {
        component == id ? strings.format("lineage_own_column", ["name": name(component)]) : name(component)
    }

    /// The combined value, or "not comparable" with the reason: never a partial sum.
    func combinedCell(_ value: CombinedValue?) -> Table.Cell {
        guard let value else {
            return Table.Cell(text: ValueText.missing, numeric: true, cssClass: "missing", note: strings["missing_no_figure"], csv: "")
        }
        guard let quantity = value.quantity else {
            return Table.Cell(text: strings["not_comparable"], numeric: true, cssClass: "not-comparable", note: reason(value), csv: "")
        }
        let row = ValueRow(jurisdiction: value.jurisdiction, indicator: value.indicator, period: value.period, kind: value.kind,
                           quantity: quantity, unit: value.unit, computed: true, source: value.explanation)
        return Table.Cell(text: show(row), href: href(.indicator(value.indicator)), numeric: true, cssClass: "combined",
                          note: strings["method_\(value.method!.rawValue)_short"], csv: csvValue(quantity), sortValue: quantity.central)
    }

    func reason(_ value: CombinedValue) -> String {
        let units = { (ids: [String]) in ids.map { self.componentName($0, of: value.jurisdiction) }.joined(separator: ", ") }
        switch value.outcome {
        case .notComparable(.missingFigure(let ids)): return strings.format("note_missing_figure", ["units": units(ids)])
        case .notComparable(.missingPopulation(let ids)): return strings.format("note_missing_population", ["units": units(ids)])
        case .notComparable(.boundsDisagree), .combined: return strings["note_bounds_disagree"]
        }
    }

    /// One sentence per method used, naming the units and weights, and the rule for missing figures.
    func methodNotes(_ values: [CombinedValue]) -> [String] {
        var notes: [String] = []
        for value in values {
            guard let method = value.method else { continue }
            let weights = value.parts.map { part in
                let weight = part.weight.map { text.count($0.value) + ($0.year.map { " (\($0))" } ?? "") } ?? ""
                return "\(componentName(part.jurisdiction, of: value.jurisdiction)) \(weight)".trimmingSpaces
            }
            notes.append(strings.format("method_\(method.rawValue)", ["indicator": name(indicator: value.indicator), "units": weights.joined(separator: ", ")]))
        }
        return notes + [strings["method_not_comparable"]]
    }
}
