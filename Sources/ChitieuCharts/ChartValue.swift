import ChitieuCore

/// A value as a chart draws it: a point, a range, a bound, or missing with the reason shown in
/// its place — never drawn as zero.
public struct ChartValue: Sendable, Hashable {
    public enum Bound: Sendable, Hashable { case exact, atLeast, atMost }

    public let low: Double
    public let high: Double
    public let bound: Bound
    /// Nil when the value exists; otherwise why it does not.
    public let missingReason: String?

    public static func value(_ value: Double) -> ChartValue { ChartValue(low: value, high: value, bound: .exact, missingReason: nil) }
    public static func range(_ low: Double, _ high: Double) -> ChartValue { ChartValue(low: low, high: high, bound: .exact, missingReason: nil) }
    public static func atLeast(_ value: Double) -> ChartValue { ChartValue(low: value, high: value, bound: .atLeast, missingReason: nil) }
    public static func atMost(_ value: Double) -> ChartValue { ChartValue(low: value, high: value, bound: .atMost, missingReason: nil) }
    public static func missing(_ reason: String) -> ChartValue { ChartValue(low: 0, high: 0, bound: .exact, missingReason: reason) }

    public init(low: Double, high: Double, bound: Bound, missingReason: String?) {
        self.low = low
        self.high = high
        self.bound = bound
        self.missingReason = missingReason
    }

    public var isMissing: Bool { missingReason != nil }
    public var isRange: Bool { !isMissing && low != high }
}

/// How a chart writes numbers, in the chart's language.
public enum ValueFormat: Sendable, Hashable {
    case percent
    case points
    case currency
    /// A number followed by a unit word (` người`, ` people`), or by nothing; `singular` after
    /// exactly one (` centre`, not ` centres`).
    case number(suffix: String, singular: String? = nil)

    public func text(_ value: ChartValue, _ language: Language) -> String {
        guard !value.isMissing else { return "—" }
        let core = value.isRange ? number(value.low, language) + "–" + number(value.high, language) : number(value.low, language)
        let prefix = value.bound == .atLeast ? "≥ " : value.bound == .atMost ? "≤ " : ""
        return prefix + core + suffix(language, one: !value.isRange && value.low == 1)
    }

    func number(_ value: Double, _ language: Language) -> String {
        let format = NumberFormat(language)
        switch self {
        case .percent, .points: return format.format(value, maxFractionDigits: 1)
        case .currency: return format.format(value, maxFractionDigits: 0)
        case .number: return format.format(value, maxFractionDigits: 2)
        }
    }

    func suffix(_ language: Language, one: Bool = false) -> String {
        switch self {
        case .percent: return "%"
        case .points: return language == .vi ? " điểm %" : " pp"
        case .currency: return language == .vi ? " ₫" : " VND"
        case .number(let suffix, let singular): return one ? singular ?? suffix : suffix
        }
    }
}
