import ChitieuCore

/// A value as an earlier edition of the site published it in `data/values.csv`: what
/// `build --previous` compares today's values with.
public struct PublishedValue: Hashable, Sendable {
    public var jurisdiction: String
    public var indicator: String
    public var period: Period
    /// The export's kind, e.g. `target`, `gap` or `combined_target`.
    public var kind: String
    public var quantity: Quantity
    public var unit: String
    public var computed: Bool
    public var source: String
    public var location: SourceLocation

    public init(jurisdiction: String, indicator: String, period: Period, kind: String, quantity: Quantity, unit: String,
                computed: Bool, source: String, location: SourceLocation) {
        self.jurisdiction = jurisdiction
        self.indicator = indicator
        self.period = period
        self.kind = kind
        self.quantity = quantity
        self.unit = unit
        self.computed = computed
        self.source = source
        self.location = location
    }
}
