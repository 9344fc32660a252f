import ChitieuCore
import ChitieuModel

/// One row of an earlier edition's values.csv back into a value: the export's `value`, `low` and
/// `high` cells read the way `DataExport.cells` wrote them.
struct PublishedRowReader {
    let row: CSVRow
    let log: DiagnosticLog

    func value() -> PublishedValue? {
        guard let jurisdiction = row.value("jurisdiction"), let indicator = row.value("indicator"), let kind = row.value("kind") else {
            log.error(row.location(0), "row lacks its jurisdiction, indicator or kind", hint: "every row of values.csv names all three")
            return nil
        }
        guard case .success(let period) = Period.parse(row.value("period") ?? "") else {
            log.error(row.location("period"), "'\(row.value("period") ?? "")' is not a period", hint: "write a year (2025) or a span (2021-2025)")
            return nil
        }
        guard let computed = row.value("computed"), computed == "true" || computed == "false" else {
            log.error(row.location("computed"), "'computed' is '\(row.value("computed") ?? "")'", hint: "write true or false")
            return nil
        }
        let cells = ["value", "low", "high"].map { column in row.value(column).map { (column, $0, Double($0)) } }
        if let bad = cells.compactMap({ $0 }).first(where: { $0.2 == nil }) {
            log.error(row.location(bad.0), "'\(bad.1)' in '\(bad.0)' is not a number", hint: "numbers in values.csv are plain, with a dot: 12.5")
            return nil
        }
        guard let quantity = Self.quantity(value: cells[0]?.2, low: cells[1]?.2, high: cells[2]?.2) else {
            // A combined value that was not comparable has no number, and nothing to compare.
            if kind.hasPrefix("combined_") { return nil }
            log.error(row.location("value"), "the row has no value", hint: "fill 'value', or 'low' and 'high' for a range")
            return nil
        }
        return PublishedValue(jurisdiction: jurisdiction, indicator: indicator, period: period, kind: kind, quantity: quantity,
                              unit: row.value("unit") ?? "", computed: computed == "true", source: row.value("source") ?? "",
                              location: row.location(0))
    }

    /// A value alone is exact; with `low` it is "at least", with `high` "at most"; `low` and `high` alone are a range.
    static func quantity(value: Double?, low: Double?, high: Double?) -> Quantity? {
        switch (value, low, high) {
        case (let value?, nil, nil): return .value(value)
        case (let value?, _?, nil): return .atLeast(value)
        case (let value?, nil, _?): return .atMost(value)
        case (nil, let low?, let high?): return .range(low, high)
        default: return nil
        }
    }
}
