import ChitieuModel

extension FormulaUnits {
    func call(_ function: FormulaFunction, _ arguments: [FormulaExpression], at offset: Int) throws -> Inferred {
        let units = try arguments.map { try unit(of: $0) }
        switch function {
        case .perYear:
            guard case .unit(let u) = units[0] else { return .literal }
            return .unit(try scalable(u, at: arguments[0].offset).over(.base("year")))
        case .share, .growth:
            _ = try same(units, function, at: offset)
            return .unit(.percent)
        case .ratio, .per1000:
            return try binary(.divide, units[0], units[1], at: offset)
        case .sum, .min, .max:
            return try same(units, function, at: offset)
        }
    }

    /// All arguments in one unit (literals fit any), which is returned.
    func same(_ units: [Inferred], _ function: FormulaFunction, at offset: Int) throws -> Inferred {
        var found: IndicatorUnit?
        for case .unit(let unit) in units {
            if let found, found != unit {
                throw FormulaError("\(function.rawValue) needs arguments in one unit, not \(found) and \(unit)", at: offset)
            }
            found = unit
        }
        return found.map(Inferred.unit) ?? .literal
    }
}
