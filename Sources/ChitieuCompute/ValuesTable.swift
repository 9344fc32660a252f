import ChitieuCore
import ChitieuModel

/// Every value, in a stable order (jurisdiction, indicator, period, kind), with lookups by key,
/// by indicator, by jurisdiction and the periods of each kind built once: pages ask these for
/// every jurisdiction and indicator, and a scan of every row each time made big sites quadratic.
public struct ValuesTable: Sendable {
    public let rows: [ValueRow]
    /// Where each jurisdiction's values of one indicator lie in `rows`, which keeps them together.
    private let pairs: [ValuePair: Range<Int>]
    /// Each row's period and kind as integers, beside `rows`: a lookup hashes the two ids once and
    /// searches a few contiguous integers, where a dictionary of every key missed the caches on
    /// most of the million lookups a national build makes.
    private let places: [ValuePlace]
    private let byIndicator: [String: [ValueRow]]
    private let byJurisdiction: [String: [ValueRow]]
    private let periodsByKind: [ValueRow.Kind: [Period]]

    public init(_ rows: [ValueRow]) {
        let sorted = rows.sorted(byValueKey: \.key)
        self.rows = sorted
        // The lookups are independent of each other: two are made on another thread meanwhile.
        let groups = Background(inline: rows.count < 1000) {
            (Dictionary(grouping: sorted, by: \.indicator), Dictionary(grouping: sorted, by: \.jurisdiction))
        }
        var pairs: [ValuePair: Range<Int>] = [:]
        var start = 0
        for index in sorted.indices {
            let key = sorted[index].key
            let next = index + 1 < sorted.count ? sorted[index + 1].key : nil
            if next?.jurisdiction != key.jurisdiction || next?.indicator != key.indicator {
                pairs[ValuePair(jurisdiction: key.jurisdiction, indicator: key.indicator)] = start..<(index + 1)
                start = index + 1
            }
        }
        self.pairs = pairs
        places = sorted.map { ValuePlace(period: $0.period, kind: $0.kind) }
        periodsByKind = Dictionary(grouping: sorted, by: \.kind).mapValues { Set($0.map(\.period)).sorted() }
        (byIndicator, byJurisdiction) = groups.value()
    }

    public subscript(key: ValueKey) -> ValueRow? { value(key.jurisdiction, key.indicator, key.period, key.kind) }

    /// The first row of the key, as the table keeps rows of equal keys in the order they came.
    public func value(_ jurisdiction: String, _ indicator: String, _ period: Period, _ kind: ValueRow.Kind) -> ValueRow? {
        guard let range = pairs[ValuePair(jurisdiction: jurisdiction, indicator: indicator)] else { return nil }
        let place = ValuePlace(period: period, kind: kind)
        var low = range.lowerBound, high = range.upperBound
        while low < high {
            let middle = (low + high) / 2
            if places[middle] < place { low = middle + 1 } else { high = middle }
        }
        return low < range.upperBound && places[low] == place ? rows[low] : nil
    }

    /// In table order, like `rows`.
    public func rows(indicator: String) -> [ValueRow] { byIndicator[indicator] ?? [] }

    public func rows(jurisdiction: String) -> [ValueRow] { byJurisdiction[jurisdiction] ?? [] }

    /// Every period some value of this kind is for, in order.
    public func periods(of kind: ValueRow.Kind) -> [Period] { periodsByKind[kind] ?? [] }
}

struct ValuePair: Hashable {
    let jurisdiction: String
    let indicator: String
}

/// A row's period and kind in the order rows are sorted by within one jurisdiction and indicator.
struct ValuePlace: Comparable {
    let start: Int, end: Int, kind: Int

    init(period: Period, kind: ValueRow.Kind) {
        start = period.start
        end = period.end
        self.kind = kind.ordinal
    }

    static func < (a: Self, b: Self) -> Bool {
        (a.start, a.end, a.kind) < (b.start, b.end, b.kind)
    }
}
