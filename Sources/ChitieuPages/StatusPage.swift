import Foundation
import ChitieuCompute
import ChitieuCore
import ChitieuModel

/// `/status/`: how complete the reporting is. Counts per jurisdiction, the results the current
/// annual report still lacks, and every jurisdiction × indicator × period with its target,
/// result and source, so an office sees at once which figures to ask for.
extension PageBuilder {
    public func statusPage() -> PageOutput {
        let status = computed.reporting
        let tables = [statusCounts(status), missingForReport(status), statusMatrix(status)].compactMap { $0 }.map { placed($0, on: .status) }
        let page = TablesPage(title: strings["nav_status"], intro: strings.format("status_intro", ["year": "\(status.reportYear)"]), tables: tables)
        return PageOutput(route: .status, language: language, template: "tables", title: page.title, body: page, tables: tables)
    }

    func statusCounts(_ status: ReportingStatus) -> Table? {
        let counts = status.counts(in: jurisdictions.map(\.id))
        guard !counts.isEmpty else { return nil }
        let rows = counts.map { count in
            Table.Row(header: Table.Cell(text: name(count.jurisdiction), href: href(.jurisdiction(count.jurisdiction)), csv: count.jurisdiction),
                      cells: [count.targets, count.withResult, count.resultsWithoutTarget, count.missingForReport].map {
                          Table.Cell(text: text.count(Double($0)), numeric: true, csv: "\($0)")
                      })
        }
        let columns = ["column_jurisdiction", "column_status_targets", "column_status_with_result", "column_status_results_only"]
        return Table(id: "status-counts", caption: strings["caption_status_counts"],
                     columns: columns.enumerated().map { Table.Column(text: strings[$1], numeric: $0 > 0) }
                         + [Table.Column(text: strings.format("column_status_missing", ["year": "\(status.reportYear)"]), numeric: true)],
                     rows: rows)
    }

    func missingForReport(_ status: ReportingStatus) -> Table? {
        let missing = status.entries.filter { $0.missingForReport != nil }
        guard !missing.isEmpty else { return nil }
        let rows = missing.map { entry in
            Table.Row(header: Table.Cell(text: name(entry.jurisdiction), href: href(.jurisdiction(entry.jurisdiction)), csv: entry.jurisdiction),
                      cells: [Table.Cell(text: name(indicator: entry.indicator), href: href(.indicator(entry.indicator)), csv: entry.indicator),
                              Table.Cell(text: entry.period.display, csv: entry.period.description), valueCell(entry.target)])
        }
        return Table(id: "status-missing", caption: strings.format("caption_status_missing", ["year": "\(status.reportYear)"]),
                     columns: [Table.Column(text: strings["column_jurisdiction"], numeric: false),
                               Table.Column(text: strings["column_indicator"], numeric: false),
                               Table.Column(text: strings["column_period"], numeric: false),
                               Table.Column(text: strings["column_target"], numeric: true)], rows: rows)
    }

    /// A row per jurisdiction and indicator, a column per period, each cell saying which of
    /// target, result and source exist: the values themselves are on the jurisdiction pages, and
    /// a row per entry with them made this page the heaviest of a national site (6 MB).
    func statusMatrix(_ status: ReportingStatus) -> Table? {
        guard !status.entries.isEmpty else { return nil }
        let order = Dictionary(uniqueKeysWithValues: jurisdictions.enumerated().map { ($1.id, $0) })
        let periods = Array(Set(status.entries.map(\.period))).sorted()
        struct Pair: Hashable { let jurisdiction: String, indicator: String }
        var cells: [Pair: [Period: ReportingStatus.Entry]] = [:]
        var keys: [Pair] = []
        for entry in status.entries {
            let key = Pair(jurisdiction: entry.jurisdiction, indicator: entry.indicator)
            if cells[key] == nil { keys.append(key) }
            cells[key, default: [:]][entry.period] = entry
        }
        // Each key's place is looked up once, not at every comparison of the sort.
        let sorted = keys.enumerated().map { (place: order[$1.jurisdiction] ?? .max, offset: $0, key: $1) }
            .sorted { ($0.place, $0.offset) < ($1.place, $1.offset) }.map(\.key)
        // A cell says only which of three things exist: its eight sentences are made once, not
        // once per jurisdiction, indicator and period.
        let said = (0..<8).map { statusCell(target: $0 & 4 != 0, result: $0 & 2 != 0, source: $0 & 1 != 0) }
        let missing = Table.Cell(text: ValueText.missing, cssClass: "missing", csv: "")
        let rows = sorted.map { key in
            Table.Row(header: Table.Cell(text: name(key.jurisdiction), href: href(.jurisdiction(key.jurisdiction)), csv: key.jurisdiction),
                      cells: [Table.Cell(text: name(indicator: key.indicator), href: href(.indicator(key.indicator)), csv: key.indicator)]
                          + periods.map { [byPeriod = cells[key]] period in
                              guard let entry = byPeriod?[period] else { return missing }
                              let source = (entry.target ?? entry.result).map { !$0.source.isEmpty } ?? false
                              return said[(entry.target != nil ? 4 : 0) + (entry.result != nil ? 2 : 0) + (source ? 1 : 0)]
                          })
        }
        return Table(id: "status", caption: strings["caption_status"],
                     columns: [Table.Column(text: strings["column_jurisdiction"], numeric: false), Table.Column(text: strings["column_indicator"], numeric: false)]
                         + periods.map { Table.Column(text: $0.display, numeric: false) },
                     rows: rows)
    }

    /// "có mục tiêu, nguồn; thiếu kết quả": what exists of an entry and what it lacks, in words.
    func statusCell(target: Bool, result: Bool, source: Bool) -> Table.Cell {
        let parts: [(name: String, present: Bool)] = [("target", target), ("result", result), ("source", source)]
        let present = parts.filter(\.present).map { strings["status_item_\($0.name)"] }
        let lacking = parts.filter { !$0.present }.map { strings["status_item_\($0.name)"] }
        let text = [present.isEmpty ? nil : strings.format("status_cell_has", ["items": present.joined(separator: ", ")]),
                    lacking.isEmpty ? nil : strings.format("status_cell_lacks", ["items": lacking.joined(separator: ", ")])]
        return Table.Cell(text: text.compactMap { $0 }.joined(separator: "; "), cssClass: lacking.isEmpty ? "status-complete" : "status-partial",
                          csv: parts.filter(\.present).map(\.name).joined(separator: "+"))
    }

    /// The plan a value comes from, by its title, or the formula or citation it rests on.
    func sourceCell(_ row: ValueRow?) -> Table.Cell {
        guard let row, !row.source.isEmpty else {
            return Table.Cell(text: ValueText.missing, cssClass: "missing", note: strings["missing_no_source"], csv: "")
        }
        if !row.computed, let plan = content.plansByID[row.source] {
            return Table.Cell(text: plan.title[language], href: href(.plan(plan.id)), csv: plan.id)
        }
        return Table.Cell(text: row.source)
    }
}
