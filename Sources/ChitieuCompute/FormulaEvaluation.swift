import ChitieuCore
import ChitieuModel

/// Evaluates compiled formulas wherever their inputs have values: for each jurisdiction, period
/// and kind (targets with targets, results with results) in which any input is stated.
struct FormulaEvaluation {
    let content: Content

    func evaluate(_ formulas: [CompiledFormula], values: inout [ValueKey: ValueRow], diagnostics: inout [Diagnostic]) {
        for formula in formulas {
            let snapshot = values
            var produced: [ValueRow] = []
            defer { for row in produced where values[row.key] == nil { values[row.key] = row } }
            for context in contexts(of: formula, in: snapshot) {
                let evaluator = FormulaEvaluator(period: context.period) { name in
                    snapshot[ValueKey(jurisdiction: context.jurisdiction, indicator: name, period: context.period, kind: context.kind)]?.quantity
                }
                let key = ValueKey(jurisdiction: context.jurisdiction, indicator: formula.indicator.id, period: context.period, kind: context.kind)
                switch evaluator.evaluate(formula.expression) {
                case .value(let quantity):
                    if let stated = snapshot[key] {
                        if let warning = disagreement(stated, quantity, formula) { diagnostics.append(warning) }
                        continue
                    }
                    produced.append(ValueRow(
                        jurisdiction: key.jurisdiction, indicator: key.indicator, period: key.period, kind: key.kind,
                        quantity: quantity, unit: formula.indicator.unit.description, computed: true,
                        source: formula.source.text, location: formula.source.location
                    ))
                case .missing: continue
                case .divisionByZero(let offset):
                    diagnostics.append(warning(formula, offset, "divides by zero for '\(key.jurisdiction)' in \(key.period) (\(key.kind.rawValue)s); the value is left out"))
                case .indeterminateBound(let offset):
                    diagnostics.append(warning(formula, offset, "combines 'at least' and 'at most' values for '\(key.jurisdiction)' in \(key.period), so no bound can be stated; the value is left out"))
                }
            }
        }
    }

    struct Context: Hashable, Comparable {
        let jurisdiction: String
        let period: Period
        let kind: ValueRow.Kind

        static func < (a: Context, b: Context) -> Bool {
            (a.jurisdiction, a.period.start, a.period.end, a.kind.rawValue) < (b.jurisdiction, b.period.start, b.period.end, b.kind.rawValue)
        }
    }

    func contexts(of formula: CompiledFormula, in values: [ValueKey: ValueRow]) -> [Context] {
        let names = Set(formula.expression.names)
        let stated: Set<ValueRow.Kind> = [.target, .result, .baseline]
        return Set(values.keys.filter { names.contains($0.indicator) && stated.contains($0.kind) }.map {
            Context(jurisdiction: $0.jurisdiction, period: $0.period, kind: $0.kind)
        }).sorted()
    }

    /// A figure a plan states for a computed indicator is kept, and checked against the formula.
    func disagreement(_ stated: ValueRow, _ computed: Quantity, _ formula: CompiledFormula) -> Diagnostic? {
        guard let location = stated.location, !ConsistencyChecks.agree(stated.quantity, computed) else { return nil }
        return .warning(location, "'\(stated.indicator)' is stated as \(ConsistencyChecks.show(stated.quantity)) but its formula \(formula.source.text) gives \(ConsistencyChecks.show(computed))",
                        hint: "the stated value is kept; check both against the source")
    }

    func warning(_ formula: CompiledFormula, _ offset: Int, _ message: String) -> Diagnostic {
        let location = formula.source.location.offset(lines: 0, column: formula.source.location.column + offset)
        return .warning(location, "formula of '\(formula.indicator.id)' (\(formula.source.text)) \(message)")
    }
}
