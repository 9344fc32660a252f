import Foundation
import ChitieuCompute
import ChitieuCore
import ChitieuModel

/// `/changes/`: the stated values added, removed and revised since the earlier edition given to
/// `build --previous`, a table per jurisdiction, old and new value side by side with their sources.
extension PageBuilder {
    public func changesPage() -> PageOutput {
        let grouped = Dictionary(grouping: changes.changes, by: \.key.jurisdiction)
        let tables = jurisdictions.compactMap { jurisdiction in grouped[jurisdiction.id].map { changesTable(jurisdiction.id, $0) } }
            .map { placed($0, on: .changes) }
        let page = TablesPage(title: strings["nav_changes"], intro: changesIntro(), tables: tables)
        return PageOutput(route: .changes, language: language, template: "tables", title: page.title, body: page, tables: tables)
    }

    func changesIntro() -> String {
        guard changes.compared else { return strings["changes_not_compared"] }
        guard !changes.isEmpty else { return strings["changes_none"] }
        let counts = EditionChanges.Change.Kind.allCases.map { kind in
            (kind.rawValue, text.count(Double(changes.changes.count { $0.kind == kind })))
        }
        return strings.format("changes_intro", Dictionary(uniqueKeysWithValues: counts))
    }

    func changesTable(_ jurisdiction: String, _ list: [EditionChanges.Change]) -> Table {
        let rows = list.map { change in
            let old = change.old.map(publishedRow)
            return Table.Row(
                header: Table.Cell(text: changedName(change.key), href: indicatorHref(change.key.indicator), csv: change.key.indicator),
                cells: [Table.Cell(text: change.key.period.display, csv: change.key.period.description),
                        Table.Cell(text: strings["kind_\(change.key.kind.rawValue)"], csv: change.key.kind.rawValue),
                        Table.Cell(text: strings["change_\(change.kind.rawValue)"], cssClass: "change-\(change.kind.rawValue)", csv: change.kind.rawValue),
                        Table.Cell(text: old.map { show($0) } ?? ValueText.missing, numeric: true, csv: old.map { csvValue($0.quantity) } ?? ""),
                        Table.Cell(text: change.new.map { show($0) } ?? ValueText.missing, numeric: true, csv: change.new.map { csvValue($0.quantity) } ?? ""),
                        changeSource(change)])
        }
        let columns = ["column_indicator", "column_period", "column_kind", "column_change_kind", "column_before", "column_now", "column_source"]
        return Table(id: "changes-\(jurisdiction)", caption: strings.format("caption_changes", ["name": name(jurisdiction)]),
                     columns: columns.enumerated().map { Table.Column(text: strings[$1], numeric: $0 == 4 || $0 == 5) }, rows: rows)
    }

    /// A budget line (`budget/<line>`) by its activity, a budget total without an indicator of
    /// its own by the word for a total; anything else by its indicator's name.
    func changedName(_ key: ValueKey) -> String {
        guard content.indicatorsByID[key.indicator] == nil, key.indicator.hasPrefix("budget") else { return name(indicator: key.indicator) }
        let line = key.indicator.split(separator: "/").dropFirst().first.map(String.init)
        guard let line else { return strings["kind_budget"] + ": " + strings["budget_total"] }
        let activity = content.budgets.first { $0.jurisdiction == key.jurisdiction && $0.period == key.period }?
            .lines.first { $0.id == line }?.activity[language]
        return strings["kind_budget"] + ": " + (activity ?? line)
    }

    /// Budget lines (`budget/<line>`) have no indicator page; their values link nowhere.
    func indicatorHref(_ id: String) -> String? {
        content.indicatorsByID[id] == nil ? nil : href(.indicator(id))
    }

    /// The new source, or the old one for a removed value; both when a revision changed it.
    func changeSource(_ change: EditionChanges.Change) -> Table.Cell {
        let new = change.new.map { sourceCell($0) }, old = change.old.map { sourceCell(publishedRow($0)) }
        guard let new else { return old ?? sourceCell(nil) }
        guard let old, old.csv != new.csv else { return new }
        return Table.Cell(text: "\(old.text) → \(new.text)", href: new.href, csv: "\(old.csv) -> \(new.csv)")
    }

    /// An earlier edition's value as a row, so it is shown like today's.
    func publishedRow(_ value: PublishedValue) -> ValueRow {
        ValueRow(jurisdiction: value.jurisdiction, indicator: value.indicator, period: value.period,
                 kind: ValueRow.Kind(rawValue: value.kind) ?? .result, quantity: value.quantity, unit: value.unit,
                 computed: value.computed, source: value.source, location: value.location)
    }

    func show(published value: PublishedValue) -> String { show(publishedRow(value)) }
}
