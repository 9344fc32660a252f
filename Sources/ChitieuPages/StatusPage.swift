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

    func statusMatrix(_ status: ReportingStatus) -> Table? {
        guard !status.entries.isEmpty else { return nil }
        let order = Dictionary(uniqueKeysWithValues: jurisdictions.enumerated().map { ($1.id, $0) })
        let entries = status.entries.enumerated().sorted {
            (order[$0.element.jurisdiction] ?? .max, $0.offset) < (order[$1.element.jurisdiction] ?? .max, $1.offset)
        }.map(\.element)
        let rows = entries.map { entry in
            Table.Row(header: Table.Cell(text: name(entry.jurisdiction), href: href(.jurisdiction(entry.jurisdiction)), csv: entry.jurisdiction),
                      cells: [Table.Cell(text: name(indicator: entry.indicator), href: href(.indicator(entry.indicator)), csv: entry.indicator),
                              Table.Cell(text: entry.period.display, csv: entry.period.description),
                              valueCell(entry.target, missingNote: strings["missing_no_target"]),
                              valueCell(entry.result, missingNote: strings["missing_no_result"]),
                              sourceCell(entry.target ?? entry.result)])
        }
        let columns = ["column_jurisdiction", "column_indicator", "column_period", "column_target", "column_result", "column_source"]
        return Table(id: "status", caption: strings["caption_status"],
                     columns: columns.enumerated().map { Table.Column(text: strings[$1], numeric: $0 == 3 || $0 == 4) }, rows: rows)
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
