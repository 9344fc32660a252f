import Foundation
import ChitieuCore
import ChitieuModel

/// Evaluates compiled formulas wherever their inputs have values: for each jurisdiction, period
/// and kind (targets with targets, results with results) in which any input is stated.
struct FormulaEvaluation {
    let content: Content

    /// Each formula sees the values of the formulas before it. Their rows are added once the
    /// formula is done, when no copy of the table is held: a copy held while adding them made
    /// every formula copy the whole table.
    func evaluate(_ formulas: [CompiledFormula], values: inout [ValueKey: ValueRow], diagnostics: inout [Diagnostic]) {
        var contexts = StatedContexts(values.keys)
        for formula in formulas {
            let produced = evaluate(formula, in: contexts.of(formula), values: values, diagnostics: &diagnostics)
            for row in produced where values[row.key] == nil {
                values[row.key] = row
                contexts.add(row.key)
            }
        }
    }

    /// A formula's contexts are independent of each other: they are evaluated in chunks on every
    /// core, joined in order, so the rows and warnings are those of one pass. Computing was one
    /// thread's work here while the other core waited.
    func evaluate(_ formula: CompiledFormula, in contexts: [Context], values: [ValueKey: ValueRow], diagnostics: inout [Diagnostic]) -> [ValueRow] {
        let size = 2048
        let chunks = stride(from: 0, to: contexts.count, by: size).map { contexts[$0..<min($0 + size, contexts.count)] }
        let parts = ParallelMap(workers: ProcessInfo.processInfo.activeProcessorCount).map(chunks) { evaluate(formula, in: $0, values: values) }
        for part in parts { diagnostics += part.diagnostics }
        return parts.flatMap(\.rows)
    }

    func evaluate(_ formula: CompiledFormula, in contexts: ArraySlice<Context>, values: [ValueKey: ValueRow]) -> (rows: [ValueRow], diagnostics: [Diagnostic]) {
        var produced: [ValueRow] = [], diagnostics: [Diagnostic] = []
        for context in contexts {
            let evaluator = FormulaEvaluator(period: context.period) { name in
                values[ValueKey(jurisdiction: context.jurisdiction, indicator: name, period: context.period, kind: context.kind)]?.quantity
            }
            let key = ValueKey(jurisdiction: context.jurisdiction, indicator: formula.indicator.id, period: context.period, kind: context.kind)
            switch evaluator.evaluate(formula.expression) {
            case .value(let quantity):
                if let stated = values[key] {
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
        return (produced, diagnostics)
    }

    struct Context: Hashable, Comparable {
        let jurisdiction: String
        let period: Period
        let kind: ValueRow.Kind

        static func < (a: Context, b: Context) -> Bool {
            (a.jurisdiction, a.period.start, a.period.end, a.kind.rawValue) < (b.jurisdiction, b.period.start, b.period.end, b.kind.rawValue)
        }
    }

    /// Where each indicator has a target, result or baseline: a formula is evaluated wherever
    /// one of its inputs has one. Kept up to date as formulas add values, rather than searched
    /// for in the whole table once per formula.
    struct StatedContexts {
        static let kinds: Set<ValueRow.Kind> = [.target, .result, .baseline]
        private var byIndicator: [String: Set<Context>] = [:]

        init(_ keys: some Sequence<ValueKey>) {
            for key in keys { add(key) }
        }

        mutating func add(_ key: ValueKey) {
            guard Self.kinds.contains(key.kind) else { return }
            byIndicator[key.indicator, default: []].insert(Context(jurisdiction: key.jurisdiction, period: key.period, kind: key.kind))
        }

        func of(_ formula: CompiledFormula) -> [Context] {
            Set(formula.expression.names).reduce(into: Set<Context>()) { $0.formUnion(byIndicator[$1] ?? []) }.sorted()
        }
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
