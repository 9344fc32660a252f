import ChitieuCore
import ChitieuModel

/// Declared totals against the sum of their parts: a budget's total against its lines, a count
/// against its breakdown. Plans do contain arithmetic slips, so these are warnings naming both
/// numbers and both places, never silent corrections.
struct ConsistencyChecks {
    let content: Content

    func run() -> [Diagnostic] {
        budgets() + breakdowns()
    }

    func budgets() -> [Diagnostic] {
        content.budgets.compactMap { budget in
            guard let total = budget.total, !budget.lines.isEmpty else { return nil }
            let sum = budget.lines.reduce(Quantity.value(0)) { ($0 + $1.amount) ?? $0 }
            guard !Self.agree(total, sum) else { return nil }
            let first = budget.lines.first!.location, last = budget.lines.last!.location
            return .warning(budget.totalLocation ?? budget.location,
                            "the \(budget.period) budget total \(Self.show(total)) VND differs from the sum of its \(budget.lines.count) lines, \(Self.show(sum)) VND",
                            hint: "the lines are at \(first.line == last.line ? "\(first)" : "\(first) to line \(last.line)"); check both against the source")
        }
    }

    func breakdowns() -> [Diagnostic] {
        let figures = content.plans.flatMap(\.figures) + content.dataFigures
        let byKey = Dictionary(figures.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        return figures.filter { !$0.parts.isEmpty }.compactMap { total in
            let parts = total.parts.compactMap {
                byKey[FigureKey(jurisdiction: total.jurisdiction, indicator: $0, period: total.period, kind: total.kind)]
            }
            guard parts.count == total.parts.count else { return nil }
            let sum = parts.reduce(Quantity.value(0)) { ($0 + $1.quantity) ?? $0 }
            guard !Self.agree(total.quantity, sum) else { return nil }
            return .warning(total.location,
                            "'\(total.indicator)' is \(Self.show(total.quantity)) but its parts (\(total.parts.joined(separator: ", "))) add up to \(Self.show(sum))",
                            hint: "the parts are at \(parts.map { "\($0.location.line):\($0.location.column)" }.joined(separator: ", ")) of the same file; check them against the source")
        }
    }

    /// Ranges agree when they overlap; a bound agrees when the sum can satisfy it.
    static func agree(_ a: Quantity, _ b: Quantity) -> Bool {
        let tolerance = 1e-9 * max(1, abs(a.high), abs(b.high))
        switch a.bound {
        case .atLeast: return b.high + tolerance >= a.low
        case .atMost: return b.low - tolerance <= a.high
        case .exact: return a.low <= b.high + tolerance && b.low <= a.high + tolerance
        }
    }

    static func show(_ quantity: Quantity) -> String {
        let format = NumberFormat(.en)
        let number = quantity.isRange ? format.range(quantity.low, quantity.high) : format.format(quantity.low)
        switch quantity.bound {
        case .exact: return number
        case .atLeast: return "at least " + number
        case .atMost: return "at most " + number
        }
    }
}
