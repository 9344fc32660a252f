import Foundation
import ChitieuCore
import ChitieuModel
import Yams

/// Reads a plan's `budgets`: blocks of a period, an optional declared total and activity lines.
struct BudgetReader {
    let reader: NodeReader
    let plan: String
    let jurisdiction: String

    func budgets(_ node: Node) -> [Budget] {
        guard let blocks = reader.sequence(node, "budgets") else { return [] }
        return blocks.compactMap(budget)
    }

    func budget(_ node: Node) -> Budget? {
        guard let fields = reader.mapping(node, "a budget") else { return nil }
        fields.warnUnknownKeys(allowed: ["period", "total", "lines", "jurisdiction"], in: "a budget")
        let period = fields.required("period", in: "a budget").flatMap { reader.period($0, "period") }
        let totalNode = fields.value("total"), linesNode = fields.value("lines")
        guard let period else { return nil }
        guard totalNode != nil || linesNode != nil else {
            reader.error(node, "a budget needs a 'total', 'lines', or both")
            return nil
        }
        let items = linesNode.flatMap { reader.sequence($0, "lines") } ?? []
        var lines: [BudgetLine] = []
        for item in items {
            guard let line = line(item) else { continue }
            if lines.contains(where: { $0.id == line.id }) {
                reader.error(item, "budget line id '\(line.id)' is used twice in this budget", hint: "give each line its own 'id'")
                continue
            }
            lines.append(line)
        }
        return Budget(
            plan: plan,
            jurisdiction: fields.value("jurisdiction").flatMap { reader.id($0, "jurisdiction") } ?? jurisdiction,
            period: period,
            total: totalNode.flatMap { reader.quantity($0, "the budget total") },
            totalLocation: totalNode.map(reader.location),
            lines: lines, location: fields.location
        )
    }

    func line(_ node: Node) -> BudgetLine? {
        guard let fields = reader.mapping(node, "a budget line") else { return nil }
        fields.warnUnknownKeys(allowed: ["id", "activity", "amount", "funding"], in: "a budget line")
        let activity = fields.required("activity", in: "a budget line").flatMap { reader.localized($0, "activity") }
        let amountNode = fields.required("amount", in: "a budget line")
        let amount = amountNode.flatMap { reader.quantity($0, "the amount") }
        guard let activity, let amount, let amountNode else { return nil }
        if amount.low < 0 { reader.error(amountNode, "the amount \(amount.low.plain) is negative") }
        let id = fields.value("id").flatMap { reader.id($0, "id") } ?? Slug.make(activity[.vi])
        return BudgetLine(
            id: id, activity: activity, amount: amount,
            funding: fields.value("funding").flatMap { reader.nonEmptyString($0, "funding") },
            location: reader.location(amountNode)
        )
    }
}
