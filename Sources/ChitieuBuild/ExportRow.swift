import ChitieuCompute
import ChitieuModel

/// One line of the export, its cells already written: a value of the table, or a combined value,
/// whose cells stay empty when it is not comparable.
struct ExportRow {
    let jurisdiction: String
    let indicator: String
    let period: String
    let kind: String
    let value: String
    let low: String
    let high: String
    let unit: String
    let computed: Bool
    let source: String

    init(_ row: ValueRow) {
        let (value, low, high) = DataExport.cells(row.quantity)
        self.init(key: row.key, kind: row.kind.rawValue, cells: (value, low, high), unit: row.unit, computed: row.computed,
                  source: row.source)
    }

    init(_ combined: CombinedValue) {
        // An if-let, not Optional.map with a tuple: the 6.3 optimiser crashes on that (CopyPropagation).
        var cells = ("", "", "")
        if let quantity = combined.quantity { cells = DataExport.cells(quantity) }
        self.init(key: combined.key, kind: "combined_\(combined.kind.rawValue)", cells: cells, unit: combined.unit,
                  computed: true, source: combined.explanation)
    }

    private init(key: ValueKey, kind: String, cells: (String, String, String), unit: String, computed: Bool, source: String) {
        jurisdiction = key.jurisdiction
        indicator = key.indicator
        period = key.period.description
        self.kind = kind
        (value, low, high) = cells
        self.unit = unit
        self.computed = computed
        self.source = source
    }
}
