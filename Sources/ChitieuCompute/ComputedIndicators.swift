import ChitieuCore
import ChitieuModel

/// A formula parsed and checked: its names exist, its units fit the indicator's, and it is not
/// part of a cycle.
struct CompiledFormula {
    let indicator: Indicator
    let expression: FormulaExpression
    let source: FormulaSource
}

/// Parses and checks every formula, and orders them so each is evaluated after its inputs.
struct FormulaCompiler {
    let content: Content

    func compile(into diagnostics: inout [Diagnostic]) -> [CompiledFormula] {
        var parsed: [String: CompiledFormula] = [:]
        let units = FormulaUnits(knownNames: content.indicators.map(\.id)) { content.indicatorsByID[$0]?.unit }
        for indicator in content.indicators {
            guard let source = indicator.formula else { continue }
            switch FormulaParser.parse(source.text) {
            case .failure(let error):
                diagnostics.append(Self.diagnostic(error, in: source, prefix: "formula of '\(indicator.id)': "))
            case .success(let expression):
                if let problem = check(expression, of: indicator, units: units) {
                    diagnostics.append(Self.diagnostic(problem, in: source, prefix: "formula of '\(indicator.id)': "))
                } else {
                    parsed[indicator.id] = CompiledFormula(indicator: indicator, expression: expression, source: source)
                }
            }
        }
        return ordered(parsed, diagnostics: &diagnostics)
    }

    /// Units first (they also find unknown names), then the result against the declared unit.
    func check(_ expression: FormulaExpression, of indicator: Indicator, units: FormulaUnits) -> FormulaError? {
        switch units.infer(expression) {
        case .failure(let error): return error
        case .success(.literal):
            return FormulaError("the formula is a plain number, not a \(indicator.unit)", at: 0)
        case .success(.unit(let unit)) where unit != indicator.unit:
            return FormulaError("the formula gives \(unit) but the indicator's unit is \(indicator.unit)", at: 0,
                                hint: "change the formula or the indicator's unit")
        case .success: return nil
        }
    }

    /// Depth-first topological order; an indicator reached again while its own inputs are being
    /// visited closes a cycle, reported once at each formula in it.
    func ordered(_ parsed: [String: CompiledFormula], diagnostics: inout [Diagnostic]) -> [CompiledFormula] {
        var order: [CompiledFormula] = []
        var state: [String: Bool] = [:]  // false while visiting, true when done
        var reported: Set<String> = []
        func visit(_ id: String, path: [String]) -> Bool {
            if state[id] == true { return true }
            if state[id] == false {
                let cycle = Array(path[path.firstIndex(of: id)!...]) + [id]
                for member in Set(cycle) where !reported.contains(member) {
                    reported.insert(member)
                    if let source = parsed[member]?.source {
                        diagnostics.append(.error(source.location, "formula of '\(member)' depends on itself: \(cycle.joined(separator: " → "))",
                                                  hint: "a computed indicator cannot use itself, directly or through others"))
                    }
                }
                return false
            }
            guard let compiled = parsed[id] else { return true }
            state[id] = false
            let acyclic = compiled.expression.names.allSatisfy { visit($0, path: path + [id]) }
            state[id] = true
            if acyclic && !reported.contains(id) { order.append(compiled) }
            return acyclic
        }
        for id in parsed.keys.sorted() { _ = visit(id, path: []) }
        return order
    }

    static func diagnostic(_ error: FormulaError, in source: FormulaSource, prefix: String) -> Diagnostic {
        let location = source.location.offset(lines: 0, column: source.location.column + error.offset)
        return .error(location, prefix + error.message, hint: error.hint)
    }
}
