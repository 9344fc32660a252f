import ChitieuModel

/// The functions a formula may call. Each knows its arity; units and values are handled by
/// `FormulaUnits` and `FormulaEvaluator` so both stay in one place per concern.
public enum FormulaFunction: String, CaseIterable, Sendable {
    /// Divided by the period's length in years.
    case perYear = "per_year"
    /// `part ÷ whole × 100`, in percent.
    case share
    case ratio
    /// `a ÷ b × 1,000`.
    case per1000 = "per_1000"
    case sum, min, max
    /// `(x − base) ÷ base × 100`, in percent.
    case growth

    var arity: ClosedRange<Int> {
        switch self {
        case .perYear: return 1...1
        case .share, .ratio, .per1000, .growth: return 2...2
        case .sum, .min, .max: return 1...64
        }
    }

    var signature: String {
        switch self {
        case .perYear: return "per_year(x)"
        case .share: return "share(part, whole)"
        case .ratio: return "ratio(a, b)"
        case .per1000: return "per_1000(a, b)"
        case .sum, .min, .max: return "\(rawValue)(x, …)"
        case .growth: return "growth(x, base)"
        }
    }
}
