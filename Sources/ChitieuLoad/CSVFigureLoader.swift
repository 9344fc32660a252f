import Foundation
import CSV
import ChitieuCore
import ChitieuModel

/// Reads `data/*.csv`: figures in long form, one per row, each with its line and column.
struct CSVFigureLoader {
    static let required = ["jurisdiction", "indicator", "period", "kind", "source"]
    static let optional = ["value", "low", "high", "bound", "note"]

    let file: String
    let log: DiagnosticLog

    func load(_ text: String) -> [Figure] {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            log.error(SourceLocation(file: file, line: 1, column: 1), "the CSV header row cannot be read",
                      hint: "the first line names the columns: \((Self.required + Self.optional).joined(separator: ","))")
            return []
        }
        guard let header = reader.headerRow, checkHeader(header) else { return [] }
        var figures: [Figure] = []
        Self.rows(of: reader, text: text, header: header, file: file, log: log) { row in
            if let figure = RowReader(row: row, log: log).figure() { figures.append(figure) }
        }
        return figures
    }

    /// Each non-empty row after the header, located at its line and its fields' columns; a row
    /// with the wrong number of fields, or a file unreadable past a line, is an error there.
    static func rows(of reader: CSVReader, text: String, header: [String], file: String, log: DiagnosticLog, _ each: (CSVRow) -> Void) {
        // Lines split on bytes: splitting the String walked every Character of the file.
        let rawLines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        var line = 2
        while let fields = reader.next() {
            let rowLine = line
            line += 1 + fields.reduce(0) { count, field in count + field.utf8.count { $0 == UInt8(ascii: "\n") } }
            if fields.allSatisfy(\.isEmpty) { continue }
            let raw = rowLine - 1 < rawLines.count ? String(decoding: rawLines[rowLine - 1], as: UTF8.self) : ""
            let row = CSVRow(header: header, fields: fields, file: file, line: rowLine, columns: fieldColumns(raw))
            guard fields.count == header.count else {
                log.error(row.location(0), "row has \(fields.count) fields but the header has \(header.count)",
                          hint: "quote fields that contain commas: \"…\"")
                continue
            }
            each(row)
        }
        if let error = reader.error {
            log.error(SourceLocation(file: file, line: line, column: 1), "CSV cannot be read past this line: \(error)")
        }
    }

    func checkHeader(_ header: [String]) -> Bool {
        let at = SourceLocation(file: file, line: 1, column: 1)
        let missing = Self.required.filter { !header.contains($0) }
        for column in missing {
            log.error(at, "the CSV has no '\(column)' column",
                      hint: DidYouMean.suggestion(for: column, among: header).map { "is '\($0)' meant to be '\(column)'?" })
        }
        if !header.contains("value") && !(header.contains("low") && header.contains("high")) {
            log.error(at, "the CSV has no 'value' column (nor 'low' and 'high')")
        }
        for column in header where !(Self.required + Self.optional).contains(column) {
            log.warning(at, "unknown column '\(column)' is ignored",
                        hint: DidYouMean.hint(for: column, among: Self.required + Self.optional))
        }
        return missing.isEmpty
    }

    /// The 1-based column where each field of a raw line starts, honouring quotes; in Unicode
    /// scalars, like every column Chitieu reports.
    static func fieldColumns(_ line: String) -> [Int] {
        var columns = [1]
        var inQuotes = false
        for (offset, scalar) in line.unicodeScalars.enumerated() {
            if scalar == "\"" { inQuotes.toggle() }
            if scalar == "," && !inQuotes { columns.append(offset + 2) }
        }
        return columns
    }
}

/// One CSV row with its header, so fields are found by column name and located precisely.
struct CSVRow {
    let header: [String]
    let fields: [String]
    let file: String
    let line: Int
    let columns: [Int]

    func index(_ column: String) -> Int? { header.firstIndex(of: column) }

    func value(_ column: String) -> String? {
        guard let index = index(column), index < fields.count else { return nil }
        let text = fields[index].trimmingSpaces
        return text.isEmpty ? nil : text
    }

    func location(_ column: String) -> SourceLocation { location(index(column) ?? 0) }

    func location(_ index: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: index < columns.count ? columns[index] : 1)
    }
}
