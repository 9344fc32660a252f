import ChitieuCore
import ChitieuModel

/// Combines predecessors' figures into values of today's units for the periods planned before
/// the boundaries changed. Pure: the values table in, combined values out.
public struct LineageCombiner: Sendable {
    let content: Content
    let lineage: Lineage
    let values: ValuesTable
    /// Each defined indicator's rule, its formula parsed once rather than for every value combined.
    let rules: [String: CombiningRule]

    public init(content: Content, values: ValuesTable) {
        self.content = content
        lineage = Lineage(jurisdictions: content.jurisdictions)
        self.values = values
        rules = Dictionary(content.indicators.map { ($0.id, CombiningRule(unit: $0.unit, formula: $0.formula)) },
                           uniquingKeysWith: { first, _ in first })
    }

    static let kinds: [ValueRow.Kind] = [.target, .result, .baseline]

    /// Every value some predecessor states, for every current unit whose boundaries changed,
    /// in the values table's order.
    public func all() -> [CombinedValue] {
        let current = content.jurisdictions.filter { lineage.isCurrent($0.id) && !$0.predecessors.isEmpty }
        var combined: [CombinedValue] = []
        for unit in current {
            // Only the rows of units that ever merged into this one can be its components;
            // components are worked out once per period.
            var components: [Period: Set<String>] = [:]
            var keys: Set<ValueKey> = []
            for member in lineage.ancestry(unit.id) {
                for row in values.rows(jurisdiction: member) where Self.kinds.contains(row.kind) && !row.indicator.contains("/")
                    && lineage.predates(row.period, boundariesOf: unit.id) {
                    let covering = components[row.period] ?? Set(lineage.components(of: unit.id, in: row.period))
                    components[row.period] = covering
                    if covering.contains(member) {
                        keys.insert(ValueKey(jurisdiction: unit.id, indicator: row.indicator, period: row.period, kind: row.kind))
                    }
                }
            }
            combined += keys.compactMap { combine(unit.id, $0.indicator, $0.period, $0.kind) }
        }
        return combined.sorted(byValueKey: \.key)
    }

    /// The value of `id` on today's boundaries; nil when the period already uses them.
    public func combine(_ id: String, _ indicator: String, _ period: Period, _ kind: ValueRow.Kind) -> CombinedValue? {
        guard lineage.predates(period, boundariesOf: id) else { return nil }
        let ids = lineage.components(of: id, in: period)
        let rows = ids.map { values.value($0, indicator, period, kind) }
        let unitText = rows.compactMap { $0?.unit }.first ?? content.indicatorsByID[indicator]?.unit.description ?? ""
        let rule = rules[indicator] ?? CombiningRule(unit: IndicatorUnit.parse(unitText) ?? .ratio, formula: nil)
        func result(_ parts: [CombinedValue.Part], _ outcome: CombinedValue.Outcome) -> CombinedValue {
            CombinedValue(jurisdiction: id, indicator: indicator, period: period, kind: kind, unit: unitText, parts: parts, outcome: outcome)
        }
        let bare = zip(ids, rows).map { CombinedValue.Part(jurisdiction: $0, value: $1, weight: nil) }
        let missing = zip(ids, rows).filter { $1 == nil }.map(\.0)
        guard missing.isEmpty else { return result(bare, .notComparable(.missingFigure(missing))) }
        let quantities = rows.compactMap { $0?.quantity }
        switch rule {
        case .sum:
            let total = quantities.dropFirst().reduce(quantities.first) { sum, next in sum.flatMap { $0 + next } }
            return result(bare, total.map { .combined($0, .sum) } ?? .notComparable(.boundsDisagree))
        case .weighted(let denominator):
            if let denominator, let byDenominator = combine(denominator, ids: ids, rows: rows, period: period, kind: kind) {
                return result(byDenominator.parts, byDenominator.outcome)
            }
            let weights = ids.map { population($0, for: period) }
            let parts = zip(bare, weights).map { CombinedValue.Part(jurisdiction: $0.jurisdiction, value: $0.value, weight: $1) }
            let unweighted = zip(ids, weights).filter { $1 == nil }.map(\.0)
            guard unweighted.isEmpty else { return result(parts, .notComparable(.missingPopulation(unweighted))) }
            let mean = Self.weightedMean(quantities, weights.map { $0!.value })
            return result(parts, mean.map { .combined($0, .populationWeighted) } ?? .notComparable(.boundsDisagree))
        }
    }

    /// Σ(value × weight) ÷ Σweight.
    static func weightedMean(_ quantities: [Quantity], _ weights: [Double]) -> Quantity? {
        var total: Quantity? = .value(0)
        for (quantity, weight) in zip(quantities, weights) {
            total = total.flatMap { sum in (quantity * .value(weight)).flatMap { sum + $0 } }
        }
        return total.flatMap { $0 / .value(weights.reduce(0, +)) }
    }

    /// A share or ratio from the summed inputs of its formula, when every unit states both.
    func combine(_ rule: CombiningRule.Denominator, ids: [String], rows: [ValueRow?], period: Period,
                 kind: ValueRow.Kind) -> (parts: [CombinedValue.Part], outcome: CombinedValue.Outcome)? {
        let numerators = ids.map { values.value($0, rule.numerator, period, kind)?.quantity }
        let denominators = ids.map { values.value($0, rule.denominator, period, kind)?.quantity }
        guard !numerators.contains(nil), !denominators.contains(nil) else { return nil }
        let parts = zip(ids, rows).enumerated().map { index, pair in
            CombinedValue.Part(jurisdiction: pair.0, value: pair.1, weight: .init(value: denominators[index]!.central, year: nil))
        }
        let sum = { (items: [Quantity?]) in items.dropFirst().reduce(items.first!) { total, next in total.flatMap { $0 + next! } } }
        guard let numerator = sum(numerators), let denominator = sum(denominators),
              let value = CombiningRule.apply(rule.function, numerator, denominator) else { return (parts, .notComparable(.boundsDisagree)) }
        return (parts, .combined(value, .denominator))
    }

    /// The population of a unit's territory of the time: for a unit that later absorbed others,
    /// only the figures from before it did. The latest at or before the period's end, else the earliest.
    func population(_ id: String, for period: Period) -> CombinedValue.Weight? {
        guard let jurisdiction = content.jurisdictionsByID[id] else { return nil }
        let cutoff = lineage.predates(period, boundariesOf: id) ? lineage.boundaryDate(id)?.year : nil
        let figures = jurisdiction.population.filter { cutoff == nil || $0.year < cutoff! }.sorted { $0.year < $1.year }
        return (figures.last { $0.year <= period.end } ?? figures.first).map { .init(value: $0.value, year: $0.year) }
    }
}
