import ChitieuCore
import ChitieuModel

/// The measures every target gets without anyone declaring them: gap to the national target,
/// change from the previous period, rank among peers and achievement of the result.
struct DerivedMeasures {
    let content: Content
    let hierarchy: Hierarchy

    func rows(from values: [ValueKey: ValueRow]) -> [ValueRow] {
        let targets = values.values.filter { $0.kind == .target }.sorted(byValueKey: \.key)
        let results = Dictionary(grouping: values.values.filter { $0.kind == .result }) { "\($0.jurisdiction)|\($0.indicator)" }
        let series = Dictionary(grouping: targets) { "\($0.jurisdiction)|\($0.indicator)" }
        var rows: [ValueRow] = []
        for target in targets {
            if let gap = gap(target, values) { rows.append(gap) }
            if let change = change(target, series: series["\(target.jurisdiction)|\(target.indicator)"] ?? []) { rows.append(change) }
            if let achievement = achievement(target, results["\(target.jurisdiction)|\(target.indicator)"] ?? []) {
                rows.append(achievement)
            }
        }
        return rows + ranks(targets)
    }

    /// Percentages subtract to percentage points; other units keep theirs.
    func differenceUnit(_ row: ValueRow) -> String {
        content.indicatorsByID[row.indicator]?.unit.kind == .percent ? "pp" : row.unit
    }

    func gap(_ target: ValueRow, _ values: [ValueKey: ValueRow]) -> ValueRow? {
        let national = content.site.nationalJurisdiction
        guard target.jurisdiction != national,
              let reference = values[ValueKey(jurisdiction: national, indicator: target.indicator, period: target.period, kind: .target)],
              let difference = target.quantity - reference.quantity else { return nil }
        return derived(target, .gap, difference, unit: differenceUnit(target), source: "target - target of \(national)")
    }

    /// The previous period is the latest one of the same length that ends before this one starts.
    /// `series` holds the same jurisdiction's targets for the same indicator.
    func change(_ target: ValueRow, series: [ValueRow]) -> ValueRow? {
        let earlier = series.filter { $0.period.years == target.period.years && $0.period.end < target.period.start }
        guard let previous = earlier.max(by: { $0.period < $1.period }),
              let difference = target.quantity - previous.quantity else { return nil }
        return derived(target, .change, difference, unit: differenceUnit(target), source: "target - target of \(previous.period)")
    }

    /// Against the latest result within the period (or for the period itself).
    func achievement(_ target: ValueRow, _ results: [ValueRow]) -> ValueRow? {
        guard let result = results.filter({ target.period.contains($0.period) }).max(by: { $0.period.end < $1.period.end }),
              let indicator = content.indicatorsByID[target.indicator] else { return nil }
        let lowerIsBetter = indicator.direction == .lowerIsBetter
        let (numerator, denominator) = lowerIsBetter ? (target.quantity, result.quantity) : (result.quantity, target.quantity)
        guard let ratio = numerator / denominator, let percent = ratio * .value(100) else { return nil }
        return derived(target, .achievement, percent, unit: "percent",
                       source: lowerIsBetter ? "target / result of \(result.period)" : "result of \(result.period) / target")
    }

    func derived(_ target: ValueRow, _ kind: ValueRow.Kind, _ quantity: Quantity, unit: String, source: String) -> ValueRow {
        ValueRow(jurisdiction: target.jurisdiction, indicator: target.indicator, period: target.period, kind: kind,
                 quantity: quantity, unit: unit, computed: true, source: source)
    }
}

extension DerivedMeasures {
    /// Standard competition ranking (1, 2, 2, 4) by the central value, best first, among
    /// jurisdictions at the same depth; only where at least two are compared.
    func ranks(_ targets: [ValueRow]) -> [ValueRow] {
        let groups = Dictionary(grouping: targets.filter { $0.jurisdiction != content.site.nationalJurisdiction }) {
            "\($0.indicator)|\($0.period)|\(hierarchy.depth(of: $0.jurisdiction))"
        }
        var rows: [ValueRow] = []
        for key in groups.keys.sorted() {
            let group = groups[key]!
            guard group.count >= 2, let indicator = content.indicatorsByID[group[0].indicator] else { continue }
            let better: (Double, Double) -> Bool = indicator.direction == .lowerIsBetter ? (<) : (>)
            // Best first, so the units better than a value are a prefix, found by bisection:
            // a group is every district of the country at national scale.
            let ordered = group.map(\.quantity.central).sorted(by: better)
            for row in group {
                let value = row.quantity.central
                var low = 0, high = ordered.count
                while low < high {
                    let middle = (low + high) / 2
                    if better(ordered[middle], value) { low = middle + 1 } else { high = middle }
                }
                rows.append(derived(row, .rank, .value(Double(1 + low)), unit: "rank", source: "rank among \(group.count)"))
            }
        }
        return rows
    }
}

/// How many jurisdictions each rank is among: those at the same depth below the national one with
/// a target for the indicator and period, as `ranks` groups them. Counted once per build, for the
/// summaries that state it beside every ranked target.
public struct RankGroups: Sendable {
    let hierarchy: Hierarchy
    let sizes: [String: Int]

    init(hierarchy: Hierarchy, values: ValuesTable) {
        self.hierarchy = hierarchy
        var sizes: [String: Int] = [:]
        for row in values.rows where row.kind == .rank {
            sizes[Self.key(row.indicator, row.period, hierarchy.depth(of: row.jurisdiction)), default: 0] += 1
        }
        self.sizes = sizes
    }

    static func key(_ indicator: String, _ period: Period, _ depth: Int) -> String { "\(indicator)|\(period)|\(depth)" }

    public func size(_ jurisdiction: String, _ indicator: String, _ period: Period) -> Int {
        sizes[Self.key(indicator, period, hierarchy.depth(of: jurisdiction))] ?? 0
    }
}

/// Depth below the national jurisdiction, which defines who ranks with whom.
struct Hierarchy: Sendable {
    let content: Content

    func depth(of id: String) -> Int {
        var depth = 0
        var current = content.jurisdictionsByID[id]?.parent
        while let parent = current, depth < 16 {
            depth += 1
            current = content.jurisdictionsByID[parent]?.parent
        }
        return depth
    }
}
