import ChitieuModel

/// Evaluates a formula for one jurisdiction, period and kind.
public struct FormulaEvaluator {
    public enum Outcome: Hashable, Sendable {
        case value(Quantity)
        /// An input has no value here: the result is missing, never zero.
        case missing([String])
        case divisionByZero(offset: Int)
        /// "At least" and "at most" inputs pulling opposite ways.
        case indeterminateBound(offset: Int)
    }

    let period: Period
    let lookup: (String) -> Quantity?

    public init(period: Period, lookup: @escaping (String) -> Quantity?) {
        self.period = period
        self.lookup = lookup
    }

    public func evaluate(_ expression: FormulaExpression) -> Outcome {
        let missing = expression.names.filter { lookup($0) == nil }
        guard missing.isEmpty else { return .missing(missing) }
        do {
            return .value(try value(expression))
        } catch let stop as Stop {
            return stop.outcome
        } catch {
            return .indeterminateBound(offset: expression.offset)
        }
    }

    struct Stop: Error { let outcome: Outcome }

    func value(_ expression: FormulaExpression) throws -> Quantity {
        switch expression {
        case .number(let number, _): return .value(number)
        case .name(let name, _): return lookup(name)!
        case .negate(let inner, _): return -(try value(inner))
        case .binary(let op, let lhs, let rhs, let offset):
            return try apply(op, try value(lhs), try value(rhs), at: offset)
        case .call(let function, let arguments, let offset):
            return try call(function, try arguments.map(value), at: offset)
        }
    }

    func apply(_ op: FormulaOperator, _ a: Quantity, _ b: Quantity, at offset: Int) throws -> Quantity {
        if op == .divide && b.sign == 0 { throw Stop(outcome: .divisionByZero(offset: offset)) }
        let result: Quantity?
        switch op {
        case .add: result = a + b
        case .subtract: result = a - b
        case .multiply: result = a * b
        case .divide: result = a / b
        }
        guard let result else { throw Stop(outcome: .indeterminateBound(offset: offset)) }
        return result
    }

    func call(_ function: FormulaFunction, _ values: [Quantity], at offset: Int) throws -> Quantity {
        switch function {
        case .perYear: return try apply(.divide, values[0], .value(Double(period.years)), at: offset)
        case .share: return try apply(.multiply, try apply(.divide, values[0], values[1], at: offset), .value(100), at: offset)
        case .ratio: return try apply(.divide, values[0], values[1], at: offset)
        case .per1000: return try apply(.multiply, try apply(.divide, values[0], values[1], at: offset), .value(1000), at: offset)
        case .growth:
            let ratio = try apply(.divide, values[0], values[1], at: offset)
            return try apply(.subtract, try apply(.multiply, ratio, .value(100), at: offset), .value(100), at: offset)
        case .sum: return try fold(values, at: offset) { $0 + $1 }
        case .min: return try fold(values, at: offset, Quantity.minimum)
        case .max: return try fold(values, at: offset, Quantity.maximum)
        }
    }

    func fold(_ values: [Quantity], at offset: Int, _ combine: (Quantity, Quantity) -> Quantity?) throws -> Quantity {
        var result = values[0]
        for next in values.dropFirst() {
            guard let combined = combine(result, next) else { throw Stop(outcome: .indeterminateBound(offset: offset)) }
            result = combined
        }
        return result
    }
}
