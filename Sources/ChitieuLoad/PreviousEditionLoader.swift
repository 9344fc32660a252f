import Foundation
import CSV
import ChitieuCore
import ChitieuModel

/// Reads the `data/values.csv` of an earlier edition for `build --previous`: a former output
/// folder, or the CSV itself. Every unreadable row is a diagnostic with its line and column.
public struct PreviousEditionLoader {
    static let required = ["jurisdiction", "indicator", "period", "kind", "value", "low", "high", "unit", "computed", "source"]
    static let maxBytes = 64 * 1024 * 1024

    let path: String

    public init(path: String) {
        self.path = path
    }

    public func load() -> (values: [PublishedValue], diagnostics: [Diagnostic]) {
        let log = DiagnosticLog()
        guard let file = csvPath() else {
            log.error(SourceLocation(file: path), "no earlier edition here: neither a file nor a folder with data/values.csv",
                      hint: "give --previous a former output folder (site/) or its data/values.csv")
            return ([], log.items)
        }
        let start = SourceLocation(file: file, line: 1, column: 1)
        if let size = (try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int, size > Self.maxBytes {
            log.error(start, "file is \(size) bytes; the limit is \(Self.maxBytes)", hint: "give the values.csv of a Chitieu site")
            return ([], log.items)
        }
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
            log.error(start, "file cannot be read as UTF-8 text", hint: "give the values.csv of a Chitieu site")
            return ([], log.items)
        }
        return (values(text, file: file, log: log), log.items)
    }

    /// The CSV named, or `data/values.csv` (or `values.csv`) inside the folder named.
    func csvPath() -> String? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
        guard isFolder.boolValue else { return path }
        let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
        return [folder + "/data/values.csv", folder + "/values.csv"].first { FileManager.default.fileExists(atPath: $0) }
    }

    func values(_ text: String, file: String, log: DiagnosticLog) -> [PublishedValue] {
        guard let reader = try? CSVReader(string: text, hasHeaderRow: true), let header = reader.headerRow,
              Self.required.allSatisfy(header.contains) else {
            log.error(SourceLocation(file: file, line: 1, column: 1), "this is not the values.csv of a Chitieu site: the header lacks columns",
                      hint: "the first line names the columns: \(Self.required.joined(separator: ","))")
            return []
        }
        var values: [PublishedValue] = []
        CSVFigureLoader.rows(of: reader, text: text, header: header, file: file, log: log) { row in
            if let value = PublishedRowReader(row: row, log: log).value() { values.append(value) }
        }
        return values
    }
}
