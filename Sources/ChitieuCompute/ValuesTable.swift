import ChitieuCore
import ChitieuModel

/// Every value, in a stable order (jurisdiction, indicator, period, kind), with lookups by key,
/// by indicator, by jurisdiction and the periods of each kind built once: pages ask these for
/// every jurisdiction and indicator, and a scan of every row each time made big sites quadratic.
public struct ValuesTable: Sendable {
    public let rows: [ValueRow]
    private let byKey: [ValueKey: ValueRow]
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
        byKey = Dictionary(sorted.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        periodsByKind = Dictionary(grouping: sorted, by: \.kind).mapValues { Set($0.map(\.period)).sorted() }
        (byIndicator, byJurisdiction) = groups.value()
    }

    public subscript(key: ValueKey) -> ValueRow? { byKey[key] }

    public func value(_ jurisdiction: String, _ indicator: String, _ period: Period, _ kind: ValueRow.Kind) -> ValueRow? {
        byKey[ValueKey(jurisdiction: jurisdiction, indicator: indicator, period: period, kind: kind)]
    }

    /// In table order, like `rows`.
    public func rows(indicator: String) -> [ValueRow] { byIndicator[indicator] ?? [] }

    public func rows(jurisdiction: String) -> [ValueRow] { byJurisdiction[jurisdiction] ?? [] }

    /// Every period some value of this kind is for, in order.
    public func periods(of kind: ValueRow.Kind) -> [Period] { periodsByKind[kind] ?? [] }
}
