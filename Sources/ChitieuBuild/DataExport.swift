import ChitieuCompute
import ChitieuCore
import ChitieuModel
import Foundation

/// The open data export: every stated and computed value in long form, as CSV and JSON, and one
/// CSV per indicator. Rows come in the values table's stable order, so two builds give the same bytes.
/// Today's units' values combined from their predecessors' follow, as `combined_<kind>` rows.
public struct DataExport {
    public static let columns = ["jurisdiction", "indicator", "period", "kind", "value", "low", "high", "unit", "computed", "source"]

    let rows: [ExportRow]

    /// The table's rows are in key order, and the combined values are put in it: the two are
    /// merged in one pass, a combined value after the stated one of its key. Sorting the export's
    /// rows again compared their keys' strings a million times at national scale.
    public init(values: ValuesTable, combined: [CombinedValue] = []) {
        let combined = combined.sorted { $0.key < $1.key }
        var rows: [ExportRow] = []
        rows.reserveCapacity(values.rows.count + combined.count)
        var next = combined.startIndex
        for row in values.rows {
            while next < combined.endIndex, combined[next].key < row.key {
                rows.append(ExportRow(combined[next]))
                next += 1
            }
            rows.append(ExportRow(row))
        }
        rows += combined[next...].map(ExportRow.init)
        self.rows = rows
    }

    public func files() throws -> [OutputFile] {
        var files = [
            try OutputFile(path: "data/values.csv", text: csv(rows)),
            try OutputFile(path: "data/values.json", text: json(rows)),
        ]
        let byFile = Dictionary(grouping: rows) { Self.fileID($0.indicator) }
        for id in byFile.keys.sorted() {
            files.append(try OutputFile(path: "data/indicators/\(id).csv", text: csv(byFile[id]!)))
        }
        return files
    }

    /// `budget/<line>` rows go to `budget.csv` with the budget totals.
    static func fileID(_ indicator: String) -> String {
        String(indicator.split(separator: "/").first ?? Substring(indicator))
    }

    /// A single value fills `value`; a range fills `low` and `high` and leaves `value` empty; "at
    /// least" fills `value` and `low`, "at most" `value` and `high` (a half-open range).
    public static func cells(_ quantity: Quantity) -> (value: String, low: String, high: String) {
        let low = CSVText.number(quantity.low), high = CSVText.number(quantity.high)
        switch quantity.bound {
        case .atLeast: return (low, low, "")
        case .atMost: return (high, "", high)
        case .exact: return quantity.isRange ? ("", low, high) : (low, "", "")
        }
    }

    /// Both writers append to one string sized for the whole file: building an array of fields
    /// per row and joining it was most of the export at national scale.
    func csv(_ rows: [ExportRow]) -> String {
        var text = CSVText.line(Self.columns)
        text.reserveCapacity(rows.count * 96)
        for row in rows {
            for field in [row.jurisdiction, row.indicator, row.period, row.kind, row.value, row.low, row.high, row.unit] {
                text += CSVText.field(field)
                text += ","
            }
            text += row.computed ? "true," : "false,"
            text += CSVText.field(row.source)
            text += "\n"
        }
        return text
    }

    func json(_ rows: [ExportRow]) -> String {
        var text = "[\n"
        text.reserveCapacity(rows.count * 200)
        for (index, row) in rows.enumerated() {
            if index > 0 { text += ",\n" }
            text += "{\"jurisdiction\":"
            JSONText.append(row.jurisdiction, to: &text)
            text += ",\"indicator\":"
            JSONText.append(row.indicator, to: &text)
            text += ",\"period\":"
            JSONText.append(row.period, to: &text)
            text += ",\"kind\":"
            JSONText.append(row.kind, to: &text)
            text += ",\"value\":"
            text += row.value.isEmpty ? "null" : row.value
            text += ",\"low\":"
            text += row.low.isEmpty ? "null" : row.low
            text += ",\"high\":"
            text += row.high.isEmpty ? "null" : row.high
            text += ",\"unit\":"
            JSONText.append(row.unit, to: &text)
            text += row.computed ? ",\"computed\":true,\"source\":" : ",\"computed\":false,\"source\":"
            JSONText.append(row.source, to: &text)
            text += "}"
        }
        return text + "\n]\n"
    }
}
