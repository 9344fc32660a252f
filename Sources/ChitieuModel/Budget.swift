import ChitieuCore

/// The money a plan sets aside for one period (a year or a plan period), split by activity.
/// The declared total is kept apart from the lines so the two can be checked against each other.
public struct Budget: Hashable, Sendable {
    public var plan: String
    public var jurisdiction: String
    public var period: Period
    public var total: Quantity?
    public var totalLocation: SourceLocation?
    public var lines: [BudgetLine]
    public var location: SourceLocation

    public init(
        plan: String, jurisdiction: String, period: Period, total: Quantity? = nil,
        totalLocation: SourceLocation? = nil, lines: [BudgetLine], location: SourceLocation
    ) {
        self.plan = plan
        self.jurisdiction = jurisdiction
        self.period = period
        self.total = total
        self.totalLocation = totalLocation
        self.lines = lines
        self.location = location
    }
}

/// One activity's allocation, in VND.
public struct BudgetLine: Hashable, Sendable, Identifiable {
    public var id: String
    public var activity: LocalizedText
    public var amount: Quantity
    /// Who pays: `central`, `local`, `other` or a free word, as the plan says.
    public var funding: String?
    public var location: SourceLocation

    public init(id: String, activity: LocalizedText, amount: Quantity, funding: String? = nil, location: SourceLocation) {
        self.id = id
        self.activity = activity
        self.amount = amount
        self.funding = funding
        self.location = location
    }
}
