import ChitieuCompute
import ChitieuCore
import ChitieuModel
import Foundation

/// `data/status.csv` and `data/changes.csv`: the reporting status and the changes since the
/// earlier edition in long form, language-independent like `values.csv`.
struct StatusExport {
    static let statusColumns = ["jurisdiction", "indicator", "period", "has_target", "has_result", "has_source",
                                "target", "result", "result_period", "source", "missing_for_report"]
    static let changeColumns = ["jurisdiction", "indicator", "period", "kind", "change", "old_value", "old_low", "old_high",
                                "new_value", "new_low", "new_high", "old_source", "new_source"]

    let status: ReportingStatus
    let changes: EditionChanges

    func files() throws -> [OutputFile] {
        [try OutputFile(path: "data/status.csv", data: statusCSV()), try OutputFile(path: "data/changes.csv", data: changesCSV())]
    }

    func statusCSV() -> Data {
        var text = UTF8Buffer(capacity: (status.entries.count + 1) * 100)
        text.appendCSVLine(Self.statusColumns)
        for entry in status.entries {
            let source = (entry.target ?? entry.result)?.source ?? ""
            text.appendCSVLine([
                entry.jurisdiction, entry.indicator, entry.period.description, flag(entry.target != nil), flag(entry.result != nil),
                flag(!source.isEmpty), entry.target.map { DataExport.cells($0.quantity).value } ?? "",
                entry.result.map { DataExport.cells($0.quantity).value } ?? "", entry.result?.period.description ?? "",
                source, entry.missingForReport.map { "\($0)" } ?? "",
            ])
        }
        return text.data
    }

    func changesCSV() -> Data {
        var text = UTF8Buffer(capacity: (changes.changes.count + 1) * 100)
        text.appendCSVLine(Self.changeColumns)
        for change in changes.changes {
            // if-lets, not Optional.map with a tuple: the 6.3 optimiser crashes on that (see ExportRow).
            var old = (value: "", low: "", high: ""), new = (value: "", low: "", high: "")
            if let before = change.old { old = DataExport.cells(before.quantity) }
            if let after = change.new { new = DataExport.cells(after.quantity) }
            text.appendCSVLine([
                change.key.jurisdiction, change.key.indicator, change.key.period.description, change.key.kind.rawValue,
                change.kind.rawValue, old.value, old.low, old.high, new.value, new.low, new.high,
                change.old?.source ?? "", change.new?.source ?? "",
            ])
        }
        return text.data
    }

    func flag(_ value: Bool) -> String { value ? "true" : "false" }
}
