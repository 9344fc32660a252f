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
        let (all, indicators) = csvFiles()
        var files = [
            try OutputFile(path: "data/values.csv", data: all),
            try OutputFile(path: "data/values.json", data: json(rows)),
        ]
        for (id, data) in indicators {
            files.append(try OutputFile(path: "data/indicators/\(id).csv", data: data))
        }
        return files
    }

    /// `values.csv`, and each indicator's file in its name's order made of the same rows' bytes:
    /// every row is formatted once, for the whole file, and copied into its indicator's. Both CSV
    /// and JSON append bytes to one buffer sized for the whole file: the national export is a
    /// million fields, and building an array of them per row, or a string, was most of it.
    func csvFiles() -> (all: Data, indicators: [(id: String, data: Data)]) {
        var text = UTF8Buffer(capacity: (rows.count + 1) * 96)
        text.appendCSVLine(Self.columns)
        let header = text.byteCount
        // A national export has a few dozen indicators in a hundred thousand rows: each
        // indicator's file is named once, not once per row.
        var fileIDs: [String: String] = [:]
        var byFile: [String: [Range<Int>]] = [:]
        for row in rows {
            let start = text.byteCount
            append(row, to: &text)
            let id: String
            if let known = fileIDs[row.indicator] {
                id = known
            } else {
                id = Self.fileID(row.indicator)
                fileIDs[row.indicator] = id
            }
            byFile[id, default: []].append(start..<text.byteCount)
        }
        let indicators = text.withUnsafeBytes { all in
            byFile.keys.sorted().map { id in
                let lines = byFile[id]!
                var file = UTF8Buffer(capacity: header + lines.reduce(0) { $0 + $1.count })
                file.append(UnsafeRawBufferPointer(rebasing: all[0..<header]))
                for line in lines { file.append(UnsafeRawBufferPointer(rebasing: all[line])) }
                return (id: id, data: file.data)
            }
        }
        return (text.data, indicators)
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

    /// One row's CSV line, appended as bytes to the file's buffer.
    func append(_ row: ExportRow, to text: inout UTF8Buffer) {
        func field(_ value: String) {
            text.appendCSVField(value)
            text.append(",")
        }
        field(row.jurisdiction)
        field(row.indicator)
        field(row.period)
        field(row.kind)
        field(row.value)
        field(row.low)
        field(row.high)
        field(row.unit)
        text.append(row.computed ? "true," : "false,")
        text.appendCSVField(row.source)
        text.append("\n")
    }

    func json(_ rows: [ExportRow]) -> Data {
        var text = UTF8Buffer(capacity: rows.count * 200 + 8)
        text.append("[\n")
        for (index, row) in rows.enumerated() {
            if index > 0 { text.append(",\n") }
            text.append("{\"jurisdiction\":")
            text.appendJSONString(row.jurisdiction)
            text.append(",\"indicator\":")
            text.appendJSONString(row.indicator)
            text.append(",\"period\":")
            text.appendJSONString(row.period)
            text.append(",\"kind\":")
            text.appendJSONString(row.kind)
            text.append(",\"value\":")
            text.append(row.value.isEmpty ? "null" : row.value)
            text.append(",\"low\":")
            text.append(row.low.isEmpty ? "null" : row.low)
            text.append(",\"high\":")
            text.append(row.high.isEmpty ? "null" : row.high)
            text.append(",\"unit\":")
            text.appendJSONString(row.unit)
            text.append(row.computed ? ",\"computed\":true,\"source\":" : ",\"computed\":false,\"source\":")
            text.appendJSONString(row.source)
            text.append("}")
        }
        text.append("\n]\n")
        return text.data
    }
}
