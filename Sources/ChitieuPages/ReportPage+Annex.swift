import Foundation
import ChitieuCompute
import ChitieuCore
import ChitieuModel

extension PageBuilder {
    /// Every figure the report rests on, stated up to the report's year: targets, results,
    /// baselines and budget lines, each with the document and the place in it it comes from,
    /// so a printed copy can be checked without the site.
    func annexTable(_ jurisdiction: String, year: Int) -> Table? {
        let figures = content.figures(of: jurisdiction).filter { $0.period.start <= year }
        let lines = budgets(jurisdiction).filter { $0.period.start <= year }.flatMap { budget in budget.lines.map { (budget, $0) } }
        guard !figures.isEmpty || !lines.isEmpty else { return nil }
        let rows = figures.map(annexRow) + lines.map { annexRow($0.0, $0.1) }
        let columns = ["column_indicator", "column_period", "column_kind", "column_value", "column_source"]
        return Table(id: "annex-figures", caption: strings["caption_annex"],
                     columns: columns.enumerated().map { Table.Column(text: strings[$1], numeric: $0 == 3) }, rows: rows)
    }

    func annexRow(_ figure: Figure) -> Table.Row {
        let row = value(figure.jurisdiction, figure.indicator, figure.period, ValueRow.Kind(figure.kind))
        let source = citation(figure.source, note: figure.note?[language])
        return Table.Row(
            header: Table.Cell(text: name(indicator: figure.indicator), csv: figure.indicator),
            cells: [Table.Cell(text: figure.period.display, csv: figure.period.description),
                    Table.Cell(text: strings["kind_\(figure.kind.rawValue)"], csv: figure.kind.rawValue),
                    Table.Cell(text: show(row), numeric: true, csv: csvValue(figure.quantity)),
                    Table.Cell(text: source, csv: source)])
    }

    func annexRow(_ budget: Budget, _ line: BudgetLine) -> Table.Row {
        let amount = value(budget.jurisdiction, "budget/\(line.id)", budget.period, .budget)
        let source = citation(.plan(budget.plan, detail: nil), note: nil)
        return Table.Row(
            header: Table.Cell(text: line.activity[language], csv: line.activity[language]),
            cells: [Table.Cell(text: budget.period.display, csv: budget.period.description),
                    Table.Cell(text: strings["kind_budget"], csv: "budget"),
                    Table.Cell(text: show(amount), numeric: true, csv: csvValue(line.amount)),
                    Table.Cell(text: source, csv: source)])
    }

    /// A source in words: the plan's number (or title) and the place in it, or the outside
    /// citation, then the figure's note.
    func citation(_ source: SourceReference, note: String?) -> String {
        var parts: [String] = []
        switch source {
        case .plan(let id, let detail):
            let plan = content.plansByID[id]
            parts.append(plan?.number ?? plan?.title[language] ?? id)
            if let detail { parts.append(detail) }
        case .citation(let text, let url):
            parts.append(text)
            if let url { parts.append(url) }
        }
        if let note { parts.append(note) }
        return parts.joined(separator: "; ")
    }
}
