import Foundation
import ChitieuCompute
import ChitieuCore
import ChitieuModel

extension PageBuilder {
    /// One table per budget: each activity, its amount and its share, then the total.
    func budgetTables(_ jurisdiction: String) -> [Table] {
        budgets(jurisdiction).map(budgetTable)
    }

    func budgets(_ jurisdiction: String) -> [Budget] {
        content.budgets.filter { $0.jurisdiction == jurisdiction }.sorted { $0.period < $1.period }
    }

    func budgetTable(_ budget: Budget) -> Table {
        var rows = budget.lines.map { line -> Table.Row in
            let amount = value(budget.jurisdiction, "budget/\(line.id)", budget.period, .budget)
            let share = value(budget.jurisdiction, "budget/\(line.id)", budget.period, .share)
            return Table.Row(header: Table.Cell(text: line.activity[language], csv: line.activity[language]),
                             cells: [valueCell(amount), valueCell(share)])
        }
        let total = value(budget.jurisdiction, "budget", budget.period, .target)
        rows.append(Table.Row(header: Table.Cell(text: strings["budget_total"], cssClass: "total", csv: strings["budget_total"]),
                              cells: [valueCell(total, cssClass: "total"), Table.Cell(text: "", csv: "")]))
        let plan = content.plansByID[budget.plan]?.number ?? budget.plan
        var table = Table(id: "budget-\(budget.plan)-\(budget.period)",
                     caption: strings.format("caption_budget", ["period": budget.period.display, "plan": plan]),
                     columns: [Table.Column(text: strings["column_activity"], numeric: false),
                               Table.Column(text: strings["column_amount"], numeric: true),
                               Table.Column(text: strings["column_share"], numeric: true)],
                     rows: rows)
        table.chart = budgetChart(budget, id: table.id) ?? ""
        return table
    }
}
