import ChitieuCompute
import ChitieuCore
import ChitieuModel

/// The opening sentence of the charts whose point is a comparison rather than one indicator's
/// targets: results against targets, targets changed between periods, yearly results, the gap matrix.
extension PageBuilder {
    /// "Results reached the target for 1 of 3 targets."
    func resultsSentence(_ achievements: [ValueRow]) -> String? {
        guard !achievements.isEmpty else { return nil }
        return strings.format("summary_results", [
            "reached": text.count(Double(achievements.filter { $0.quantity.central >= 100 }.count)),
            "count": grammar.count(achievements.count, one: strings["summary_target_one"], other: strings["summary_target_other"]),
        ]) + "."
    }

    /// "From 2021–2025 to 2026–2030, 2 jurisdictions raised their targets and 1 kept its target."
    func changeSentence(_ indicator: Indicator, from: Period, to: Period, among ids: [String]) -> String? {
        let pairs = ids.compactMap { j -> Double? in
            guard let before = value(j, indicator.id, from, .target), let after = value(j, indicator.id, to, .target) else { return nil }
            return after.quantity.central - before.quantity.central
        }
        let counts = [("up", pairs.filter { $0 > 0 }.count), ("same", pairs.filter { $0 == 0 }.count), ("down", pairs.filter { $0 < 0 }.count)]
        let parts = counts.filter { $0.1 > 0 }.map { strings.format("summary_change_\($0.0)_\($0.1 == 1 ? "one" : "other")", ["count": text.count(Double($0.1))]) }
        guard let last = parts.last else { return nil }
        let list = parts.count == 1 ? last : parts.dropLast().joined(separator: ", ") + strings["summary_and"] + last
        return strings.format("summary_change", ["from": from.display, "to": to.display, "changes": list]) + "."
    }

    /// "… in Ninh Bình went from 40% in 2021 to 55% in 2024; the 2021–2025 target is 60%."
    func lineSentence(_ indicator: Indicator, _ jurisdiction: String, results: [ValueRow]) -> String? {
        let ordered = results.sorted { $0.period < $1.period }
        guard let first = ordered.first, let last = ordered.last, first.period != last.period else { return nil }
        var sentence = strings.format("summary_line", [
            "indicator": indicator.name[language], "jurisdiction": name(jurisdiction),
            "first": phrase(first), "first_year": first.period.display, "last": phrase(last), "last_year": last.period.display,
        ])
        let target = computed.values.rows(indicator: indicator.id)
            .filter { $0.jurisdiction == jurisdiction && $0.kind == .target && $0.period.contains(last.period) }.max { $0.period.start < $1.period.start }
        if let target { sentence += strings.format("summary_line_target", ["period": target.period.display, "target": phrase(target)]) }
        return sentence + "."
    }

    /// "… : yearly results of 63 jurisdictions from 2010 to 2025; in 2025, the highest is 80% (An Giang)
    /// and the lowest 40% (Yên Bái)." Ties keep the site's order.
    func yearlySentence(_ indicator: Indicator, series: [(jurisdiction: String, results: [ValueRow])]) -> String? {
        let years = series.flatMap { $0.results.map(\.period) }
        guard let first = years.min(), let last = years.max() else { return nil }
        var sentence = strings.format("summary_yearly", [
            "indicator": indicator.name[language], "first_year": first.display, "last_year": last.display,
            "count": grammar.count(series.count, one: strings["summary_jurisdiction_one"], other: strings["summary_jurisdiction_other"]),
        ])
        let latest = series.compactMap { $0.results.first { $0.period == last } }
        let ordered = latest.enumerated().sorted { ($0.element.quantity.central, $0.offset) < ($1.element.quantity.central, $1.offset) }.map(\.element)
        if ordered.count > 1, let lowest = ordered.first, let highest = ordered.last {
            sentence += strings.format("summary_yearly_range", [
                "year": last.display, "highest": phrase(highest), "highest_name": name(highest.jurisdiction),
                "lowest": phrase(lowest), "lowest_name": name(lowest.jurisdiction),
            ])
        }
        return sentence + "."
    }

    /// "In 2021–2025, of 12 targets with a national one to compare with, 3 are above it, …"
    func matrixSentence(_ period: Period, indicators: [Indicator], among ids: [String]) -> String? {
        let targets = ids.flatMap { j in indicators.compactMap { value(j, $0.id, period, .target) } }
        let compared = targets.filter { value($0.jurisdiction, $0.indicator, period, .gap) != nil }
        guard !compared.isEmpty else { return nil }
        return strings.format("summary_matrix", [
            "period": period.display,
            "count": grammar.count(compared.count, one: strings["summary_target_one"], other: strings["summary_target_other"]),
            "comparison": comparison(compared, words: "summary_matrix_count"),
        ]) + "."
    }
}
