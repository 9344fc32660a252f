import ChitieuModel

/// How fast an indicator must still move each year to reach its target by the end of the target's
/// period, beside how fast it moved so far: a target 20 points away with two years left needs
/// +10 points a year, which says more than "67% achieved" when the last years moved +3.
public struct RequiredPace: Hashable, Sendable {
    public enum Status: String, Hashable, Sendable, CaseIterable {
        /// The latest result already reaches the target.
        case met
        /// The change so far, kept up, reaches the target in time.
        case onPace = "on_pace"
        /// Moving the right way, but slower than the change still needed.
        case needsAcceleration = "needs_acceleration"
        /// Moving away from the target, or not at all.
        case wrongDirection = "wrong_direction"
        /// The period is over and the target was not reached.
        case missed
        /// One result and no baseline: there is no change so far to compare with.
        case unknown
    }

    public let target: ValueRow
    /// The latest result up to the end of the target's period.
    public let latest: ValueRow
    /// What the change so far is measured from: the baseline, else the first result.
    public let start: ValueRow?
    /// Change a year still needed, in the indicator's unit (points for percentages); nil once met or over.
    public let needed: Double?
    /// Change a year from `start` to `latest`; nil without a start.
    public let achieved: Double?
    /// The unit of `needed` and `achieved` as the export writes it: `pp` for percentages.
    public let unit: String
    public let status: Status

    /// The pace of `target`, or nil when it has no result in or just before its period. `history`
    /// holds the results and baselines of the same jurisdiction and indicator.
    public static func of(_ target: ValueRow, history: [ValueRow], direction: Indicator.Direction, unit: String) -> RequiredPace? {
        let period = target.period
        let results = history.filter { $0.kind == .result && $0.period.end >= period.start - 1 && $0.period.end <= period.end }
        guard let latest = results.max(by: { $0.period.end < $1.period.end }) else { return nil }
        let earlier = history.filter { $0.period.end < latest.period.end }
        let start = earlier.filter { $0.kind == .baseline }.max { $0.period.end < $1.period.end }
            ?? earlier.filter { $0.kind == .result }.min { $0.period.end < $1.period.end }
        let sign: Double = direction == .higherIsBetter ? 1 : -1
        let remaining = target.quantity.central - latest.quantity.central
        let yearsLeft = period.end - latest.period.end
        let achieved = start.map { (latest.quantity.central - $0.quantity.central) / Double(latest.period.end - $0.period.end) }
        let met = sign * remaining <= 0
        let needed = met || yearsLeft <= 0 ? nil : remaining / Double(yearsLeft)
        let status: Status
        if met { status = .met }
        else if let needed {
            if let achieved { status = sign * achieved <= 0 ? .wrongDirection : sign * achieved >= sign * needed ? .onPace : .needsAcceleration }
            else { status = .unknown }
        } else { status = .missed }
        return RequiredPace(target: target, latest: latest, start: start, needed: needed, achieved: achieved, unit: unit, status: status)
    }
}

extension Engine {
    /// The pace of every target with a result, by the target's key.
    static func paces(_ table: ValuesTable, content: Content) -> [ValueKey: RequiredPace] {
        // Grouped once: filtering a jurisdiction's rows for each of its targets made national sites slow.
        let histories = Dictionary(grouping: table.rows.filter { $0.kind == .result || $0.kind == .baseline }) {
            "\($0.jurisdiction)|\($0.indicator)"
        }
        var paces: [ValueKey: RequiredPace] = [:]
        for target in table.rows where target.kind == .target {
            guard let indicator = content.indicatorsByID[target.indicator],
                  let history = histories["\(target.jurisdiction)|\(target.indicator)"] else { continue }
            let unit = indicator.unit.kind == .percent ? "pp" : target.unit
            paces[target.key] = RequiredPace.of(target, history: history, direction: indicator.direction, unit: unit)
        }
        return paces
    }
}
