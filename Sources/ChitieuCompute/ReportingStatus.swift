import ChitieuCore
import ChitieuModel

/// What is known for each jurisdiction, indicator and period: whether a target, a result and
/// their sources exist, and which results the current annual report still lacks. Offices use it
/// to chase the figures before the report is printed.
public struct ReportingStatus: Sendable {
    public struct Entry: Hashable, Sendable {
        public let jurisdiction: String
        public let indicator: String
        public let period: Period
        public let target: ValueRow?
        /// The latest result within the period.
        public let result: ValueRow?
        /// The report year whose result is missing, when the period covers it.
        public let missingForReport: Int?
    }

    public struct Count: Hashable, Sendable {
        public let jurisdiction: String
        public let targets: Int
        public let withResult: Int
        public let resultsWithoutTarget: Int
        public let missingForReport: Int
    }

    /// In the values table's order: jurisdiction, indicator, period.
    public let entries: [Entry]
    public let reportYear: Int

    /// Stated targets and results of the indicators in `indicators`: computed ones follow from
    /// them, so only stated figures can be asked for.
    public init(values: ValuesTable, indicators: Set<String>, reportYear: Int) {
        self.reportYear = reportYear
        let stated = values.rows.filter { !$0.computed && indicators.contains($0.indicator) }
        let targets = stated.filter { $0.kind == .target }
        let results = Dictionary(grouping: stated.filter { $0.kind == .result }) { "\($0.jurisdiction)|\($0.indicator)" }
        var entries = targets.map { target -> Entry in
            let own = results["\(target.jurisdiction)|\(target.indicator)"] ?? []
            let result = own.filter { target.period.contains($0.period) }.max { $0.period.end < $1.period.end }
            let missing = target.period.contains(year: reportYear) && !own.contains { $0.period.end == reportYear }
            return Entry(jurisdiction: target.jurisdiction, indicator: target.indicator, period: target.period,
                         target: target, result: result, missingForReport: missing ? reportYear : nil)
        }
        let targetPeriods = Dictionary(grouping: targets) { "\($0.jurisdiction)|\($0.indicator)" }.mapValues { $0.map(\.period) }
        for (series, own) in results {
            for result in own where !(targetPeriods[series] ?? []).contains(where: { $0.contains(result.period) }) {
                entries.append(Entry(jurisdiction: result.jurisdiction, indicator: result.indicator, period: result.period,
                                     target: nil, result: result, missingForReport: nil))
            }
        }
        self.entries = entries.sorted(byValueKey: { ValueKey(jurisdiction: $0.jurisdiction, indicator: $0.indicator, period: $0.period, kind: .target) })
    }

    /// Per jurisdiction that has any entry, in `order`.
    public func counts(in order: [String]) -> [Count] {
        let grouped = Dictionary(grouping: entries, by: \.jurisdiction)
        return order.compactMap { id in
            guard let own = grouped[id] else { return nil }
            return Count(jurisdiction: id, targets: own.count { $0.target != nil },
                         withResult: own.count { $0.target != nil && $0.result != nil },
                         resultsWithoutTarget: own.count { $0.target == nil },
                         missingForReport: own.count { $0.missingForReport != nil })
        }
    }
}
