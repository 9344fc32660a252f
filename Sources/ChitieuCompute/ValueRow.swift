import ChitieuCore
import ChitieuModel

/// One value of the values table: a stated figure, a budget amount, a computed indicator or a
/// derived measure. The table is what pages, charts and the open data export all read.
public struct ValueRow: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable, Comparable {
        case target, result, baseline, budget
        /// Target minus the national target of the same indicator and period.
        case gap
        /// Target minus the same jurisdiction's target for the previous period.
        case change
        /// 1 is best, among jurisdictions at the same depth below the national one.
        case rank
        /// Result ÷ target, in percent (inverted when lower is better).
        case achievement
        /// A budget line's share of its budget, in percent.
        case share

        public init(_ kind: Figure.Kind) {
            self = Kind(rawValue: kind.rawValue)!
        }

        /// In the order of the cases: every sort of the values compares kinds, and looking them up
        /// in `allCases` made an array each time.
        var ordinal: Int {
            switch self {
            case .target: 0
            case .result: 1
            case .baseline: 2
            case .budget: 3
            case .gap: 4
            case .change: 5
            case .rank: 6
            case .achievement: 7
            case .share: 8
            }
        }

        public static func < (a: Kind, b: Kind) -> Bool {
            a.ordinal < b.ordinal
        }
    }

    /// A row's fields, held once: a national table has tens of thousands of rows, and each copy
    /// of a row of plain fields retained its six strings (a twentieth of a build). Never changed;
    /// a changed row gets fields of its own.
    private final class Fields: Sendable {
        let key: ValueKey
        let quantity: Quantity
        let unit: String
        let computed: Bool
        let source: String
        let location: SourceLocation?

        init(key: ValueKey, quantity: Quantity, unit: String, computed: Bool, source: String, location: SourceLocation?) {
            self.key = key
            self.quantity = quantity
            self.unit = unit
            self.computed = computed
            self.source = source
            self.location = location
        }
    }

    private var fields: Fields

    public init(
        jurisdiction: String, indicator: String, period: Period, kind: Kind, quantity: Quantity, unit: String,
        computed: Bool, source: String, location: SourceLocation? = nil
    ) {
        fields = Fields(key: ValueKey(jurisdiction: jurisdiction, indicator: indicator, period: period, kind: kind),
                        quantity: quantity, unit: unit, computed: computed, source: source, location: location)
    }

    public var key: ValueKey { fields.key }
    public var jurisdiction: String { fields.key.jurisdiction }
    public var indicator: String { fields.key.indicator }
    public var period: Period { fields.key.period }
    public var kind: Kind { fields.key.kind }
    public var quantity: Quantity {
        get { fields.quantity }
        set { fields = Fields(key: key, quantity: newValue, unit: unit, computed: computed, source: source, location: location) }
    }
    /// The unit as written in the export (`percent`, `pp`, `VND/person`, `rank`).
    public var unit: String { fields.unit }
    public var computed: Bool { fields.computed }
    /// The plan id the value comes from, or the formula that computed it.
    public var source: String { fields.source }
    public var location: SourceLocation? { fields.location }

    public static func == (a: ValueRow, b: ValueRow) -> Bool {
        a.fields === b.fields || (a.key == b.key && a.quantity == b.quantity && a.unit == b.unit && a.computed == b.computed
            && a.source == b.source && a.location == b.location)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        hasher.combine(quantity)
        hasher.combine(unit)
        hasher.combine(computed)
        hasher.combine(source)
        hasher.combine(location)
    }
}

public struct ValueKey: Hashable, Sendable, Comparable {
    public var jurisdiction: String
    public var indicator: String
    public var period: Period
    public var kind: ValueRow.Kind

    public init(jurisdiction: String, indicator: String, period: Period, kind: ValueRow.Kind) {
        self.jurisdiction = jurisdiction
        self.indicator = indicator
        self.period = period
        self.kind = kind
    }

    public static func < (a: Self, b: Self) -> Bool {
        if a.jurisdiction != b.jurisdiction { return a.jurisdiction < b.jurisdiction }
        if a.indicator != b.indicator { return a.indicator < b.indicator }
        if a.period != b.period { return a.period < b.period }
        return a.kind < b.kind
    }
}

extension Sequence {
    /// Sorted in `ValueKey` order, comparing integers: each jurisdiction and indicator id is
    /// ranked once among the ids present, so a national table's million comparisons compare no
    /// strings. Same order as sorting by the keys themselves, equal keys kept in place.
    func sorted(byValueKey key: (Element) -> ValueKey) -> [Element] {
        let elements = Array(self)
        let keys = elements.map(key)
        let jurisdictions = keys.map(\.jurisdiction).ranks(), indicators = keys.map(\.indicator).ranks()
        let order = keys.map { key in
            ValueKeyOrder(jurisdiction: jurisdictions[key.jurisdiction]!, indicator: indicators[key.indicator]!,
                          start: key.period.start, end: key.period.end, kind: key.kind.ordinal)
        }
        return order.indices.sorted { order[$0] < order[$1] }.map { elements[$0] }
    }
}

/// A `ValueKey` as the integers it sorts by.
struct ValueKeyOrder: Comparable {
    let jurisdiction: Int, indicator: Int, start: Int, end: Int, kind: Int

    static func < (a: Self, b: Self) -> Bool {
        (a.jurisdiction, a.indicator, a.start, a.end, a.kind) < (b.jurisdiction, b.indicator, b.start, b.end, b.kind)
    }
}
