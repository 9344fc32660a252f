import ChitieuCompute
import ChitieuCore
import ChitieuModel

/// Plain-language sentences generated from the values table, in the page's language: the top of
/// jurisdiction and indicator pages, and the `<desc>` of the charts drawn from the same figures,
/// so a reader (or a screen reader) gets the point of a table without working it out.
extension PageBuilder {
    var grammar: Grammar { Grammar(language) }

    /// "Bến Tre's 2021–2025 target for … is 30%, 30 percentage points below the national 60%; it
    /// ranks 3rd of 5 jurisdictions."
    func targetSentence(_ jurisdiction: String, _ indicator: Indicator, _ period: Period) -> String? {
        guard let target = value(jurisdiction, indicator.id, period, .target) else { return nil }
        var sentence = strings.format("summary_target", [
            "jurisdiction": name(jurisdiction), "period": period.display, "indicator": inSentence(indicator.name[language]), "target": phrase(target),
        ])
        if jurisdiction != national, let gap = value(jurisdiction, indicator.id, period, .gap),
           let reference = value(national, indicator.id, period, .target) {
            let side = gap.quantity.central > 0 ? "summary_above" : gap.quantity.central < 0 ? "summary_below" : "summary_equal"
            sentence += strings.format(side, ["gap": difference(gap), "national": phrase(reference)])
        }
        if let rank = value(jurisdiction, indicator.id, period, .rank) {
            let peers = rankedPeers(jurisdiction, indicator.id, period)
            sentence += strings.format("summary_rank", [
                "rank": grammar.ordinal(Int(rank.quantity.low)),
                "count": grammar.count(peers, one: strings["summary_jurisdiction_one"], other: strings["summary_jurisdiction_other"]),
            ])
        }
        return sentence + "."
    }

    /// One sentence per indicator the jurisdiction targets in the current period, or in its latest
    /// period with targets when it has none for the current one; of `shown` only, for a chart.
    func jurisdictionSummary(_ jurisdiction: String, of shown: [Indicator]? = nil) -> [String] {
        let withTargets = periods(of: .target).filter { period in indicators.contains { value(jurisdiction, $0.id, period, .target) != nil } }
        guard let period = withTargets.contains(content.site.currentPeriod) ? content.site.currentPeriod : withTargets.max() else { return [] }
        return (shown ?? indicators).compactMap { targetSentence(jurisdiction, $0, period) }
    }

    /// "In 2021–2025, 5 jurisdictions set a target for …, from 30% (Bến Tre) to 100% (Ninh Bình);
    /// the national target is 60%: 2 are above it and 3 are below it."
    func indicatorSentence(_ indicator: Indicator, _ period: Period) -> String? {
        let targets = jurisdictions.map(\.id).filter { $0 != national }.compactMap { value($0, indicator.id, period, .target) }
        let ordered = targets.enumerated().sorted { ($0.element.quantity.central, $0.offset) < ($1.element.quantity.central, $1.offset) }.map(\.element)
        guard let lowest = ordered.first, let highest = ordered.last else { return nil }
        let count = grammar.count(targets.count, one: strings["summary_jurisdiction_one"], other: strings["summary_jurisdiction_other"])
        let key = targets.count == 1 ? "summary_indicator_single" : phrase(lowest) == phrase(highest) ? "summary_indicator_same" : "summary_indicator"
        var sentence = strings.format(key, [
            "period": period.display, "count": count, "indicator": inSentence(indicator.name[language]),
            "lowest": phrase(lowest), "lowest_name": name(lowest.jurisdiction),
            "highest": phrase(highest), "highest_name": name(highest.jurisdiction),
        ])
        if let reference = value(national, indicator.id, period, .target) {
            sentence += strings.format("summary_national", ["national": phrase(reference), "comparison": comparison(targets)])
        }
        return sentence + "."
    }

    /// One sentence per period the indicator has targets for, earliest first.
    func indicatorSummary(_ indicator: Indicator) -> [String] {
        periods(of: .target).compactMap { indicatorSentence(indicator, $0) }
    }

    /// "The 2021–2025 budget of plan … totals …; the largest part, …, is … (45%)."
    func budgetSentence(_ budget: Budget) -> String? {
        guard let total = value(budget.jurisdiction, "budget", budget.period, .target),
              let largest = budget.lines.enumerated().max(by: { ($0.element.amount.central, $1.offset) < ($1.element.amount.central, $0.offset) })?.element,
              let amount = value(budget.jurisdiction, "budget/\(largest.id)", budget.period, .budget) else { return nil }
        let share = value(budget.jurisdiction, "budget/\(largest.id)", budget.period, .share)
        return strings.format("summary_budget", [
            "period": budget.period.display, "plan": content.plansByID[budget.plan]?.number ?? budget.plan, "total": show(total),
            "activity": largest.activity[language], "amount": show(amount), "share": share.map { show($0) } ?? ValueText.missing,
        ]) + "."
    }
}

extension PageBuilder {
    /// A value for a sentence: bounds in words ("at least 30%") rather than `≥ 30%`.
    func phrase(_ row: ValueRow) -> String {
        let shown = show(row)
        if shown.hasPrefix("≥ ") { return strings["summary_at_least"] + " " + shown.dropFirst(2) }
        if shown.hasPrefix("≤ ") { return strings["summary_at_most"] + " " + shown.dropFirst(2) }
        return shown
    }

    /// A name inside a sentence: its capital dropped unless the first word is an acronym ("GDP").
    func inSentence(_ name: String) -> String {
        guard let first = name.split(separator: " ").first, first.dropFirst().allSatisfy({ !$0.isUppercase }) else { return name }
        return name.prefix(1).lowercased() + name.dropFirst()
    }

    /// A gap without its sign, the sentence saying above or below: `30 percentage points`, `1.000 người`.
    func difference(_ gap: ValueRow) -> String {
        guard gap.unit != "pp" else { return grammar.points(gap.quantity.central) }
        var size = gap
        size.quantity = .value(abs(gap.quantity.central))
        return show(size)
    }

    /// "2 are above it, 1 is equal to it and 3 are below it", the counts of targets by gap; `words`
    /// names the key family, as Vietnamese says what is counted (địa phương, chỉ tiêu).
    func comparison(_ targets: [ValueRow], words: String = "summary_count") -> String {
        let gaps = targets.compactMap { value($0.jurisdiction, $0.indicator, $0.period, .gap)?.quantity.central }
        let counts = [("above", gaps.filter { $0 > 0 }.count), ("equal", gaps.filter { $0 == 0 }.count), ("below", gaps.filter { $0 < 0 }.count)]
        let parts = counts.filter { $0.1 > 0 }.map { strings.format("\(words)_\($0.0)_\($0.1 == 1 ? "one" : "other")", ["count": text.count(Double($0.1))]) }
        guard let last = parts.last else { return strings["summary_no_comparison"] }
        return parts.count == 1 ? last : parts.dropLast().joined(separator: ", ") + strings["summary_and"] + last
    }

    func rankedPeers(_ jurisdiction: String, _ indicator: String, _ period: Period) -> Int {
        computed.rankGroups.size(jurisdiction, indicator, period)
    }
}
