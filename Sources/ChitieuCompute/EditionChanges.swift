import ChitieuModel

/// The stated values added, removed and revised since an earlier edition. Computed values and
/// derived measures are left out: they follow from the stated ones, and listing every gap and
/// rank a revision moves would bury the revision itself.
public struct EditionChanges: Sendable {
    public struct Change: Hashable, Sendable {
        public enum Kind: String, Hashable, Sendable, CaseIterable {
            case added, removed, revised
        }

        public let kind: Kind
        public let key: ValueKey
        public let old: PublishedValue?
        public let new: ValueRow?
    }

    /// In the values table's order.
    public let changes: [Change]
    /// False when no earlier edition was given, as opposed to one without differences.
    public let compared: Bool
    private let revisedByKey: [ValueKey: PublishedValue]

    public static let none = EditionChanges(changes: [], compared: false)

    /// The stated kinds; derived measures and computed indicators follow from them.
    static let comparedKinds: Set<ValueRow.Kind> = [.target, .result, .baseline, .budget]

    init(changes: [Change], compared: Bool) {
        self.changes = changes
        self.compared = compared
        revisedByKey = Dictionary(changes.compactMap { change in change.kind == .revised ? change.old.map { (change.key, $0) } : nil },
                                  uniquingKeysWith: { first, _ in first })
    }

    public init(previous: [PublishedValue], current: ValuesTable) {
        var old: [ValueKey: PublishedValue] = [:]
        for value in previous where !value.computed {
            guard let kind = ValueRow.Kind(rawValue: value.kind), Self.comparedKinds.contains(kind) else { continue }
            let key = ValueKey(jurisdiction: value.jurisdiction, indicator: value.indicator, period: value.period, kind: kind)
            if old[key] == nil { old[key] = value }
        }
        var changes: [Change] = []
        var seen: Set<ValueKey> = []
        for row in current.rows where !row.computed && Self.comparedKinds.contains(row.kind) {
            seen.insert(row.key)
            guard let before = old[row.key] else {
                changes.append(Change(kind: .added, key: row.key, old: nil, new: row))
                continue
            }
            if before.quantity != row.quantity { changes.append(Change(kind: .revised, key: row.key, old: before, new: row)) }
        }
        for (key, value) in old where !seen.contains(key) {
            changes.append(Change(kind: .removed, key: key, old: value, new: nil))
        }
        self.init(changes: changes.sorted { $0.key < $1.key }, compared: true)
    }

    /// What a revised value was before, so its cells can say so.
    public func revision(of key: ValueKey) -> PublishedValue? { revisedByKey[key] }

    public var isEmpty: Bool { changes.isEmpty }
}
