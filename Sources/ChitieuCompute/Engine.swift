import ChitieuCore
import ChitieuModel

/// What computing gives: the values table, each target's status, and the problems found
/// (formula errors, division by zero, totals that don't add up).
public struct ComputeResult: Sendable {
    public let values: ValuesTable
    public let statuses: [ValueKey: TargetStatus]
    /// Today's units' values for periods planned by their predecessors, in the table's order.
    public let combined: [CombinedValue]
    /// The required pace of each target with a result, by the target's key.
    public let paces: [ValueKey: RequiredPace]
    /// Which targets, results and sources exist, and what the current annual report lacks.
    public let reporting: ReportingStatus
    /// How many jurisdictions each rank is among.
    public let rankGroups: RankGroups
    public let diagnostics: [Diagnostic]
    /// The combined values by key: each unit's page looks up every indicator of every period.
    let combinedByKey: [ValueKey: CombinedValue]

    init(values: ValuesTable, statuses: [ValueKey: TargetStatus], combined: [CombinedValue], paces: [ValueKey: RequiredPace],
         reporting: ReportingStatus, rankGroups: RankGroups, diagnostics: [Diagnostic]) {
        self.values = values
        self.statuses = statuses
        self.combined = combined
        self.paces = paces
        self.reporting = reporting
        self.rankGroups = rankGroups
        self.diagnostics = diagnostics
        combinedByKey = Dictionary(combined.map { ($0.key, $0) },
                                   uniquingKeysWith: { first, _ in first })
    }

    public func combined(_ jurisdiction: String, _ indicator: String, _ period: Period, _ kind: ValueRow.Kind) -> CombinedValue? {
        combinedByKey[ValueKey(jurisdiction: jurisdiction, indicator: indicator, period: period, kind: kind)]
    }
}

/// Turns loaded content into the values every page shows: stated figures and budgets, computed
/// indicators, then the derived measures of every target. Pure: same content, same result.
public enum Engine {
    public static func compute(_ content: Content) -> ComputeResult {
        var diagnostics: [Diagnostic] = []
        // The consistency checks read the content only, and are done while the values are made.
        let consistency = Background(inline: false) { ConsistencyChecks(content: content).run() }
        var values = StatedValues(content: content).rows()
        let formulas = FormulaCompiler(content: content).compile(into: &diagnostics)
        FormulaEvaluation(content: content).evaluate(formulas, values: &values, diagnostics: &diagnostics)
        let hierarchy = Hierarchy(content: content)
        let derived = DerivedMeasures(content: content, hierarchy: hierarchy).rows(from: values)
        let table = ValuesTable(Array(values.values) + derived)
        diagnostics += consistency.value()
        // What is read off the finished table is independent: the combined values, the longest,
        // are worked out on another thread meanwhile. The reporting status is made here after
        // the statuses and paces: on a thread of its own it waited for the combined values.
        let combined = Background(inline: false) { LineageCombiner(content: content, values: table).all() }
        let statuses = statuses(table, content: content), paces = paces(table, content: content)
        let reporting = ReportingStatus(values: table, indicators: Set(content.indicators.map(\.id)),
                                        reportYear: content.site.reportYears.max() ?? content.site.reportingDate.year)
        let rankGroups = RankGroups(hierarchy: hierarchy, values: table)
        return ComputeResult(values: table, statuses: statuses, combined: combined.value(), paces: paces,
                             reporting: reporting, rankGroups: rankGroups, diagnostics: diagnostics.sortedForDisplay())
    }

    /// The diagnostics of computing alone, for `chitieu check`.
    public static func check(_ content: Content) -> [Diagnostic] {
        compute(content).diagnostics
    }

    static func statuses(_ table: ValuesTable, content: Content) -> [ValueKey: TargetStatus] {
        var statuses: [ValueKey: TargetStatus] = [:]
        for target in table.rows where target.kind == .target {
            let achievement = table.value(target.jurisdiction, target.indicator, target.period, .achievement)
            let elapsed = TargetStatus.elapsed(target.period, on: content.site.reportingDate)
            statuses[target.key] = TargetStatus.judge(achievement: achievement?.quantity.central, elapsed: elapsed)
        }
        return statuses
    }
}

/// The stated figures and budgets as rows. A budget's total (or the sum of its lines when it
/// declares none) is a target of the indicator `budget`, so formulas can use it; each line is a
/// `budget` row of `budget/<line>`, with its share of the total.
struct StatedValues {
    let content: Content

    func rows() -> [ValueKey: ValueRow] {
        var rows: [ValueKey: ValueRow] = [:]
        for figure in content.figures {
            let unit = content.indicatorsByID[figure.indicator]?.unit.description ?? ""
            let row = ValueRow(jurisdiction: figure.jurisdiction, indicator: figure.indicator, period: figure.period,
                               kind: ValueRow.Kind(figure.kind), quantity: figure.quantity, unit: unit, computed: false,
                               source: figure.source.description, location: figure.location)
            if rows[row.key] == nil { rows[row.key] = row }
        }
        for budget in content.budgets { add(budget, to: &rows) }
        return rows
    }

    func add(_ budget: Budget, to rows: inout [ValueKey: ValueRow]) {
        let sum = budget.lines.reduce(Quantity.value(0)) { ($0 + $1.amount) ?? $0 }
        guard budget.total != nil || !budget.lines.isEmpty else { return }
        let total = budget.total ?? sum
        func put(_ indicator: String, _ kind: ValueRow.Kind, _ quantity: Quantity, unit: String, computed: Bool, source: String, at location: SourceLocation?) {
            let row = ValueRow(jurisdiction: budget.jurisdiction, indicator: indicator, period: budget.period, kind: kind,
                               quantity: quantity, unit: unit, computed: computed, source: source, location: location)
            if rows[row.key] == nil { rows[row.key] = row }
        }
        put("budget", .target, total, unit: "VND", computed: budget.total == nil, source: budget.total == nil ? "sum(budget lines)" : budget.plan, at: budget.totalLocation)
        for line in budget.lines {
            let id = "budget/\(line.id)"
            put(id, .budget, line.amount, unit: "VND", computed: false, source: budget.plan, at: line.location)
            if let ratio = line.amount / total, let share = ratio * .value(100) {
                put(id, .share, share, unit: "percent", computed: true, source: "share(\(id), budget)", at: nil)
            }
        }
    }
}
