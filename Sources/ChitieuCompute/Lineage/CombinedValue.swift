import ChitieuModel

/// A value of a unit on today's boundaries for a period planned by the units of the time: its
/// predecessors' figures combined, or the reason they cannot be. Never a partial sum.
public struct CombinedValue: Hashable, Sendable {
    public enum Method: String, Hashable, Sendable {
        /// Counts and money add up.
        case sum
        /// Shares and averages, weighted by each unit's population.
        case populationWeighted = "population_weighted"
        /// Shares and ratios recomputed from their summed numerators and denominators.
        case denominator
    }

    public enum Outcome: Hashable, Sendable {
        case combined(Quantity, Method)
        case notComparable(Reason)
    }

    public enum Reason: Hashable, Sendable {
        /// These units state no figure for the period.
        case missingFigure([String])
        /// A share or average needs each unit's population, and these have none.
        case missingPopulation([String])
        /// Bounds that pull opposite ways ("at least" with "at most") have no honest total.
        case boundsDisagree
    }

    /// One unit's share of the combination: its figure and, for weighted methods, its weight.
    public struct Part: Hashable, Sendable {
        public let jurisdiction: String
        public let value: ValueRow?
        public let weight: Weight?

        public init(jurisdiction: String, value: ValueRow?, weight: Weight?) {
            self.jurisdiction = jurisdiction
            self.value = value
            self.weight = weight
        }
    }

    /// A population (with its year) or a denominator's value the part is weighted by.
    public struct Weight: Hashable, Sendable {
        public let value: Double
        public let year: Int?

        public init(value: Double, year: Int?) {
            self.value = value
            self.year = year
        }
    }

    public let jurisdiction: String
    public let indicator: String
    public let period: Period
    /// The stated kind combined: target, result or baseline.
    public let kind: ValueRow.Kind
    public let unit: String
    public let parts: [Part]
    public let outcome: Outcome

    public init(jurisdiction: String, indicator: String, period: Period, kind: ValueRow.Kind, unit: String,
                parts: [Part], outcome: Outcome) {
        self.jurisdiction = jurisdiction
        self.indicator = indicator
        self.period = period
        self.kind = kind
        self.unit = unit
        self.parts = parts
        self.outcome = outcome
    }

    public var key: ValueKey { ValueKey(jurisdiction: jurisdiction, indicator: indicator, period: period, kind: kind) }

    public var quantity: Quantity? {
        if case .combined(let quantity, _) = outcome { return quantity }
        return nil
    }

    public var method: Method? {
        if case .combined(_, let method) = outcome { return method }
        return nil
    }

    /// How the value was made, in the export's `source` column: `sum(ninh-binh, ha-nam)`,
    /// `population_weighted(ben-tre 1289100 (2020), …)`, `not comparable: no figure for ha-nam`.
    public var explanation: String {
        let ids = parts.map(\.jurisdiction)
        switch outcome {
        case .combined(_, .sum):
            return "sum(\(ids.joined(separator: ", ")))"
        case .combined(_, let method):
            let weights = parts.map { part in
                "\(part.jurisdiction) \(part.weight.map { Self.plain($0.value) + ($0.year.map { " (\($0))" } ?? "") } ?? "")"
            }
            return "\(method.rawValue)(\(weights.joined(separator: ", ")))"
        case .notComparable(.missingFigure(let missing)):
            return "not comparable: no figure for \(missing.joined(separator: ", "))"
        case .notComparable(.missingPopulation(let missing)):
            return "not comparable: no population for \(missing.joined(separator: ", "))"
        case .notComparable(.boundsDisagree):
            return "not comparable: bounds of \(ids.joined(separator: ", ")) pull opposite ways"
        }
    }

    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
