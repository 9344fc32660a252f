/// A parsed formula. Each node keeps its offset in the formula text so errors point at the
/// exact name or operator.
public indirect enum FormulaExpression: Hashable, Sendable {
    case number(Double, offset: Int)
    case name(String, offset: Int)
    case negate(FormulaExpression, offset: Int)
    case binary(FormulaOperator, FormulaExpression, FormulaExpression, offset: Int)
    case call(FormulaFunction, [FormulaExpression], offset: Int)

    public var offset: Int {
        switch self {
        case .number(_, let offset), .name(_, let offset), .negate(_, let offset),
             .binary(_, _, _, let offset), .call(_, _, let offset):
            return offset
        }
    }

    /// Every indicator name the formula reads, in order of appearance, without repeats.
    public var names: [String] {
        var seen: [String] = []
        func walk(_ expression: FormulaExpression) {
            switch expression {
            case .number: break
            case .name(let name, _): if !seen.contains(name) { seen.append(name) }
            case .negate(let inner, _): walk(inner)
            case .binary(_, let lhs, let rhs, _): walk(lhs); walk(rhs)
            case .call(_, let arguments, _): arguments.forEach(walk)
            }
        }
        walk(self)
        return seen
    }
}

public enum FormulaOperator: String, Hashable, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/"

    var precedence: Int { self == .add || self == .subtract ? 1 : 2 }
}

/// A problem in a formula, at a character offset in its text.
public struct FormulaError: Error, Hashable, Sendable {
    public let message: String
    public let offset: Int
    public var hint: String?

    public init(_ message: String, at offset: Int, hint: String? = nil) {
        self.message = message
        self.offset = offset
        self.hint = hint
    }
}
