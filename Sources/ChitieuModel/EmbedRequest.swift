import ChitieuCore

/// A value as the content wrote it, with where: later stages check ids against the data and
/// must point at the id, not at the block around it.
public struct Located<Value: Hashable & Sendable>: Hashable, Sendable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

/// What a ```` ```chitieu-chart ```` or ```` ```chitieu-table ```` block in a narrative asks for.
/// The loader checks its shape; the pages check its ids against the data and draw it with the
/// same components as the generated pages.
public struct EmbedRequest: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case chart, table
    }

    /// The chart components of the site, by the name a narrative asks for them.
    public enum Chart: String, Hashable, Sendable, CaseIterable {
        /// One indicator and period: each jurisdiction's target against the national one.
        case bars
        /// One jurisdiction: its targets per indicator, a bar per period.
        case grouped
        /// One indicator, two periods: each jurisdiction's target then and now.
        case slope
        /// One indicator: yearly results with the targets as steps, per jurisdiction.
        case line
        /// One jurisdiction: results against targets.
        case bullet
        /// One plan's budget as parts of its total.
        case budget
        /// One period: jurisdictions × indicators, coloured by gap to the national target.
        case heat
    }

    public enum Jurisdictions: Hashable, Sendable {
        case all
        case level(Jurisdiction.Level)
        case ids([Located<String>])
    }

    public var kind: Kind
    public var chart: Chart?
    public var indicators: [Located<String>]
    public var jurisdictions: Jurisdictions
    public var periods: [Located<Period>]
    /// The kind of value a table or bar chart shows (`target`, `result`, `gap`…), as written.
    public var value: Located<String>?
    public var plan: Located<String>?
    public var caption: LocalizedText?
    /// The opening fence.
    public var location: SourceLocation

    public init(kind: Kind, chart: Chart? = nil, indicators: [Located<String>] = [], jurisdictions: Jurisdictions = .all,
                periods: [Located<Period>] = [], value: Located<String>? = nil, plan: Located<String>? = nil,
                caption: LocalizedText? = nil, location: SourceLocation) {
        self.kind = kind
        self.chart = chart
        self.indicators = indicators
        self.jurisdictions = jurisdictions
        self.periods = periods
        self.value = value
        self.plan = plan
        self.caption = caption
        self.location = location
    }
}
