/// A precedence-climbing parser: `*` and `/` bind tighter than `+` and `-`, both associate left,
/// unary minus binds tightest, and parentheses group.
public struct FormulaParser {
    private var tokens: [FormulaLexer.Located]
    private var position = 0
    /// Nesting is bounded so that hostile input cannot exhaust the stack.
    static let maxDepth = 64
    private var depth = 0

    public static func parse(_ text: String) -> Result<FormulaExpression, FormulaError> {
        switch FormulaLexer.tokens(text) {
        case .failure(let error): return .failure(error)
        case .success(let tokens):
            var parser = FormulaParser(tokens: tokens)
            do {
                let expression = try parser.expression(minimum: 1)
                guard parser.current.token == .end else {
                    throw FormulaError("unexpected \(parser.describe(parser.current.token))", at: parser.current.offset,
                                       hint: "is an operator missing?")
                }
                return .success(expression)
            } catch let error as FormulaError {
                return .failure(error)
            } catch {
                return .failure(FormulaError("\(error)", at: 0))
            }
        }
    }

    private init(tokens: [FormulaLexer.Located]) {
        self.tokens = tokens
    }

    private var current: FormulaLexer.Located { tokens[position] }

    private mutating func expression(minimum: Int) throws -> FormulaExpression {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { throw FormulaError("formula is nested too deeply", at: current.offset) }
        var lhs = try unary()
        while case .symbol(let symbol) = current.token, let op = FormulaOperator(rawValue: String(symbol)), op.precedence >= minimum {
            let offset = current.offset
            position += 1
            let rhs = try expression(minimum: op.precedence + 1)
            lhs = .binary(op, lhs, rhs, offset: offset)
        }
        return lhs
    }

    private mutating func unary() throws -> FormulaExpression {
        if current.token == .symbol("-") {
            let offset = current.offset
            position += 1
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maxDepth else { throw FormulaError("formula is nested too deeply", at: offset) }
            return .negate(try unary(), offset: offset)
        }
        return try primary()
    }

    private mutating func primary() throws -> FormulaExpression {
        let located = current
        switch located.token {
        case .number(let value):
            position += 1
            return .number(value, offset: located.offset)
        case .name(let name):
            position += 1
            guard current.token == .symbol("(") else { return .name(name, offset: located.offset) }
            position += 1
            return try call(name, at: located.offset)
        case .symbol("("):
            position += 1
            let inner = try expression(minimum: 1)
            try expect(")", "a ')' to close the '(' at \(located.offset + 1)")
            return inner
        default:
            throw FormulaError("expected a number, a name or '(' but found \(describe(located.token))", at: located.offset)
        }
    }

    /// Function names and argument counts are part of the syntax, so a parsed formula is always
    /// one the evaluator can run.
    private mutating func call(_ name: String, at offset: Int) throws -> FormulaExpression {
        guard let function = FormulaFunction(rawValue: name) else {
            throw FormulaError("unknown function '\(name)'", at: offset,
                               hint: "functions are \(FormulaFunction.allCases.map(\.signature).joined(separator: ", "))")
        }
        let arguments = try self.arguments()
        guard function.arity.contains(arguments.count) else {
            let count = function.arity.count == 1 ? "\(function.arity.lowerBound)" : "at least \(function.arity.lowerBound)"
            let plural = function.arity.lowerBound == 1 ? "" : "s"
            throw FormulaError("\(name) takes \(count) argument\(plural), not \(arguments.count)", at: offset,
                               hint: "write \(function.signature)")
        }
        return .call(function, arguments, offset: offset)
    }

    private mutating func arguments() throws -> [FormulaExpression] {
        var arguments: [FormulaExpression] = []
        if current.token == .symbol(")") {
            position += 1
            return arguments
        }
        while true {
            arguments.append(try expression(minimum: 1))
            if current.token == .symbol(",") { position += 1; continue }
            try expect(")", "',' or ')' in the argument list")
            return arguments
        }
    }

    private mutating func expect(_ symbol: Character, _ what: String) throws {
        guard current.token == .symbol(symbol) else {
            throw FormulaError("expected \(what) but found \(describe(current.token))", at: current.offset)
        }
        position += 1
    }

    private func describe(_ token: FormulaLexer.Token) -> String {
        switch token {
        case .number(let value): return "the number \(value)"
        case .name(let name): return "'\(name)'"
        case .symbol(let symbol): return "'\(symbol)'"
        case .end: return "the end of the formula"
        }
    }
}
