import ChitieuModel

/// How the figures of several units make one for their combined territory, decided by the
/// indicator's unit: counts and money add up; shares, points and per-unit averages do not, and
/// are weighted by each unit's denominator when the formula names it, else by population.
enum CombiningRule: Equatable {
    case sum
    case weighted(denominator: Denominator?)

    /// A share or ratio formula's two inputs, to recompute it from their sums.
    struct Denominator: Equatable {
        let function: FormulaFunction
        let numerator: String
        let denominator: String
    }

    init(unit: IndicatorUnit, formula: FormulaSource?) {
        let denominator = formula.flatMap(Self.denominator)
        switch unit.kind {
        case .percent, .points:
            self = .weighted(denominator: denominator)
        case .dimensional:
            // A count per year still adds up; a count per person, unit or commune is an average.
            let averaged = unit.dimensions.isEmpty || unit.dimensions.contains { $0.value < 0 && $0.key != "year" }
            self = averaged ? .weighted(denominator: denominator) : .sum
        }
    }

    static func denominator(_ formula: FormulaSource) -> Denominator? {
        guard case .success(.call(let function, let arguments, _)) = FormulaParser.parse(formula.text),
              [.share, .ratio, .per1000].contains(function), arguments.count == 2,
              case .name(let numerator, _) = arguments[0], case .name(let denominator, _) = arguments[1] else { return nil }
        return Denominator(function: function, numerator: numerator, denominator: denominator)
    }

    /// The formula applied to summed inputs: share(Σa, Σb), ratio(Σa, Σb), per_1000(Σa, Σb).
    static func apply(_ function: FormulaFunction, _ numerator: Quantity, _ denominator: Quantity) -> Quantity? {
        guard let ratio = numerator / denominator else { return nil }
        switch function {
        case .share: return ratio * .value(100)
        case .per1000: return ratio * .value(1000)
        default: return ratio
        }
    }
}
