import ChitieuModel

/// Every value, in a stable order (jurisdiction, indicator, period, kind), with lookups by key
/// and by indicator built once.
public struct ValuesTable: Sendable {
    public let rows: [ValueRow]
    private let byKey: [ValueKey: ValueRow]

    public init(_ rows: [ValueRow]) {
        let sorted = rows.sorted { $0.key < $1.key }
        self.rows = sorted
        byKey = Dictionary(sorted.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public subscript(key: ValueKey) -> ValueRow? { byKey[key] }

    public func value(_ jurisdiction: String, _ indicator: String, _ period: Period, _ kind: ValueRow.Kind) -> ValueRow? {
        byKey[ValueKey(jurisdiction: jurisdiction, indicator: indicator, period: period, kind: kind)]
    }

    public func rows(indicator: String) -> [ValueRow] { rows.filter { $0.indicator == indicator } }
}
