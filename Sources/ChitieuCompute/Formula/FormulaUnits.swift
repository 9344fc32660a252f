import ChitieuCore
import ChitieuModel

/// The unit a formula produces, worked out from its inputs' units before anything is evaluated:
/// VND ÷ person is VND/person, percent − percent is percentage points, and VND + person is an error.
public struct FormulaUnits {
    /// A literal number takes the unit of whatever it is combined with.
    public enum Inferred: Hashable, Sendable {
        case literal
        case unit(IndicatorUnit)
    }

    let unitOf: (String) -> IndicatorUnit?
    let knownNames: [String]

    public init(knownNames: [String], unitOf: @escaping (String) -> IndicatorUnit?) {
        self.knownNames = knownNames
        self.unitOf = unitOf
    }

    public func infer(_ expression: FormulaExpression) -> Result<Inferred, FormulaError> {
        do {
            return .success(try unit(of: expression))
        } catch let error as FormulaError {
            return .failure(error)
        } catch {
            return .failure(FormulaError("\(error)", at: expression.offset))
        }
    }

    func unit(of expression: FormulaExpression) throws -> Inferred {
        switch expression {
        case .number: return .literal
        case .name(let name, let offset):
            guard let unit = unitOf(name) else {
                throw FormulaError("unknown indicator '\(name)'", at: offset,
                                   hint: DidYouMean.hint(for: name, among: knownNames + FormulaFunction.allCases.map(\.rawValue)))
            }
            return .unit(unit)
        case .negate(let inner, _): return try unit(of: inner)
        case .binary(let op, let lhs, let rhs, let offset):
            return try binary(op, try unit(of: lhs), try unit(of: rhs), at: offset)
        case .call(let function, let arguments, let offset):
            return try call(function, arguments, at: offset)
        }
    }

    func binary(_ op: FormulaOperator, _ a: Inferred, _ b: Inferred, at offset: Int) throws -> Inferred {
        switch (op, a, b) {
        case (_, .literal, .literal): return .literal
        case (.add, .unit(let u), .literal), (.add, .literal, .unit(let u)),
             (.subtract, .unit(let u), .literal), (.subtract, .literal, .unit(let u)):
            return .unit(u)
        case (.add, .unit(let u), .unit(let v)), (.subtract, .unit(let u), .unit(let v)):
            return .unit(try additive(op, u, v, at: offset))
        case (.multiply, .unit(let u), .literal), (.multiply, .literal, .unit(let u)), (.divide, .unit(let u), .literal):
            return .unit(u)
        case (.divide, .literal, .unit(let u)):
            return .unit(try scalable(u, at: offset).inverted)
        case (.multiply, .unit(let u), .unit(let v)):
            return .unit(try scalable(u, at: offset).times(try scalable(v, at: offset)))
        case (.divide, .unit(let u), .unit(let v)):
            if u.kind == .percent && v.kind == .percent { return .unit(.ratio) }
            return .unit(try scalable(u, at: offset).over(try scalable(v, at: offset)))
        }
    }

    /// Percent ± percent stays percent for `+` and becomes points for `−`; points add to either.
    func additive(_ op: FormulaOperator, _ u: IndicatorUnit, _ v: IndicatorUnit, at offset: Int) throws -> IndicatorUnit {
        switch (u.kind, v.kind) {
        case (.percent, .percent): return op == .subtract ? .points : .percent
        case (.points, .points): return .points
        case (.percent, .points): return .percent
        case (.points, .percent) where op == .add: return .percent
        case (.dimensional, .dimensional) where u == v: return u
        default:
            throw FormulaError("cannot \(op == .add ? "add" : "subtract") \(u) and \(v)", at: offset,
                               hint: "both sides of + and − need the same unit")
        }
    }

    /// Multiplying or dividing percentages has no clear meaning; `share` and `ratio` say what is meant.
    func scalable(_ unit: IndicatorUnit, at offset: Int) throws -> IndicatorUnit {
        guard unit.kind == .dimensional else {
            throw FormulaError("a \(unit.kind == .percent ? "percentage" : "percentage-point value") can only be multiplied or divided by a number",
                               at: offset, hint: "use share(part, whole) or ratio(a, b) instead")
        }
        return unit
    }
}
