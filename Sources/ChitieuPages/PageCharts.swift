import ChitieuCharts
import ChitieuCompute
import ChitieuCore
import ChitieuModel

extension PageBuilder {
    /// How a chart writes an indicator's numbers.
    func chartFormat(_ indicator: Indicator) -> ValueFormat {
        switch indicator.unit.kind {
        case .percent: return .percent
        case .points: return .points
        case .dimensional:
            if indicator.unit.dimensions == ["vnd": 1] { return .currency }
            return .number(suffix: text.suffix(indicator.unit, label: indicator.unitLabel),
                           singular: text.suffix(indicator.unit, label: indicator.unitLabel, singular: true))
        }
    }

    func chartValue(_ row: ValueRow?, missing: String) -> ChartValue {
        guard let quantity = row?.quantity else { return .missing(missing) }
        switch quantity.bound {
        case .atLeast: return .atLeast(quantity.low)
        case .atMost: return .atMost(quantity.low)
        case .exact: return quantity.isRange ? .range(quantity.low, quantity.high) : .value(quantity.low)
        }
    }

    /// Every jurisdiction's target (or another kind of value) for one indicator and period, against
    /// the national target; `among` narrows the jurisdictions, kept in the site's order.
    func targetBars(_ indicator: Indicator, _ period: Period, id: String, highlight: String? = nil, kind: ValueRow.Kind = .target,
                    among: Set<String>? = nil, title: String? = nil) -> String? {
        let ids = jurisdictions.map(\.id).filter { $0 != national && among?.contains($0) != false && value($0, indicator.id, period, kind) != nil }
        guard !ids.isEmpty else { return nil }
        let bars = ids.map { id in
            HorizontalBarChart.Bar(label: name(id), value: chartValue(value(id, indicator.id, period, kind), missing: strings["missing_no_target"]),
                                   highlighted: id == highlight)
        }
        let title = title ?? strings.format("caption_indicator_period", ["indicator": indicator.name[language], "period": period.display])
        let reference = value(national, indicator.id, period, .target).map { chartValue($0, missing: "") }
        let summary = kind == .target && among == nil ? indicatorSentence(indicator, period) : nil
        return clock.measure(.charts) {
            HorizontalBarChart(id: "chart-\(id)", title: title, bars: bars, reference: reference, format: chartFormat(indicator), language: language,
                               summary: summary).svg()
        }
    }

    /// A budget's lines as parts of its total.
    func budgetChart(_ budget: Budget, id: String, title: String? = nil) -> String? {
        guard budget.lines.count > 1 else { return nil }
        let parts = budget.lines.map { StackedBarChart.Part(label: $0.activity[language], amount: $0.amount.central) }
        let title = title ?? strings.format("caption_budget", ["period": budget.period.display, "plan": content.plansByID[budget.plan]?.number ?? budget.plan])
        let summary = budgetSentence(budget)
        return clock.measure(.charts) { StackedBarChart(id: "chart-\(id)", title: title, parts: parts, language: language, summary: summary).svg() }
    }
}

extension PageBuilder {
    /// A jurisdiction's targets across periods, with the national target of each period.
    func targetsAcrossPeriods(_ jurisdiction: String, indicators: [Indicator]? = nil, periods: [Period]? = nil,
                              id: String? = nil, title: String? = nil) -> String? {
        let shown = periods ?? self.periods(of: .target)
        let charted = (indicators ?? self.indicators).compactMap { indicator -> (indicator: Indicator, group: GroupedBarChart.Group)? in
            let bars = shown.compactMap { period -> GroupedBarChart.Bar? in
                guard let row = value(jurisdiction, indicator.id, period, .target), indicator.unit.kind == .percent else { return nil }
                let national = jurisdiction == self.national ? nil : value(self.national, indicator.id, period, .target)?.quantity.central
                return .init(period: period.display, value: chartValue(row, missing: ""), reference: national)
            }
            return bars.isEmpty ? nil : (indicator, .init(label: indicator.name[language], bars: bars))
        }
        let groups = charted.map(\.group)
        guard !groups.isEmpty else { return nil }
        let title = title ?? strings.format("chart_targets_by_period", ["jurisdiction": name(jurisdiction)])
        let summary = indicators == nil && periods == nil ? jurisdictionSummary(jurisdiction, of: charted.map(\.indicator)) : []
        return clock.measure(.charts) {
            GroupedBarChart(id: id ?? "chart-targets-\(jurisdiction)", title: title, groups: groups, format: .percent, language: language,
                            summary: summary.isEmpty ? nil : summary.joined(separator: " ")).svg()
        }
    }

    /// Results against targets where a result exists within a target's period.
    func resultsAgainstTargets(_ jurisdiction: String, indicators: Set<String>? = nil, id: String? = nil, title: String? = nil) -> String? {
        let own = computed.values.rows(jurisdiction: jurisdiction)
        let achievements = own.filter { $0.kind == .achievement && indicators?.contains($0.indicator) != false }
        let results = Self.resultsByIndicator(own)
        let rows = achievements.compactMap { achievement -> BulletChart.Row? in
            guard let indicator = content.indicatorsByID[achievement.indicator], indicator.unit.kind == .percent,
                  let target = value(jurisdiction, indicator.id, achievement.period, .target),
                  let result = Self.latest(results[indicator.id], in: achievement.period) else { return nil }
            return .init(label: "\(indicator.name[language]) (\(achievement.period.display))", result: chartValue(result, missing: ""),
                         target: target.quantity.central, national: value(national, indicator.id, achievement.period, .target)?.quantity.central)
        }
        guard !rows.isEmpty else { return nil }
        let shown = achievements.filter { content.indicatorsByID[$0.indicator]?.unit.kind == .percent && value(jurisdiction, $0.indicator, $0.period, .target) != nil }
        let summary = resultsSentence(shown)
        return clock.measure(.charts) {
            BulletChart(id: id ?? "chart-results-\(jurisdiction)", title: title ?? strings["caption_results"], rows: rows, format: .percent, language: language,
                        summary: summary).svg()
        }
    }

    /// A jurisdiction's results by indicator, in table order: each achievement looks up its own
    /// indicator's, rather than scanning all the jurisdiction's rows.
    static func resultsByIndicator(_ rows: [ValueRow]) -> [String: [ValueRow]] {
        Dictionary(grouping: rows.filter { $0.kind == .result }, by: \.indicator)
    }

    /// The result an achievement is measured by: the latest within its period.
    static func latest(_ results: [ValueRow]?, in period: Period) -> ValueRow? {
        (results ?? []).filter { period.contains($0.period) }.max(by: { $0.period.end < $1.period.end })
    }

    /// Each jurisdiction's target in consecutive periods, for an indicator's change table.
    func changeSlope(_ indicator: Indicator, changes: [ValueRow]) -> String? {
        guard let last = changes.map(\.period).max() else { return nil }
        let previous = periods(of: .target).filter { $0.years == last.years && $0.end < last.start }.max()
        guard let previous else { return nil }
        return slope(indicator, from: previous, to: last, among: Set(changes.filter { $0.period == last }.map(\.jurisdiction)),
                     id: "chart-change-\(indicator.id)", title: indicator.name[language])
    }

    /// Each jurisdiction's target in two periods, for those with a target in at least one.
    func slope(_ indicator: Indicator, from: Period, to: Period, among: Set<String>?, id: String, title: String) -> String? {
        let ids = jurisdictions.map(\.id).filter { j in
            j != national && among?.contains(j) != false && (value(j, indicator.id, from, .target) != nil || value(j, indicator.id, to, .target) != nil)
        }
        guard !ids.isEmpty else { return nil }
        let items = ids.map { j in
            SlopeChart.Item(label: name(j), from: chartValue(value(j, indicator.id, from, .target), missing: ""),
                            to: chartValue(value(j, indicator.id, to, .target), missing: ""))
        }
        let summary = changeSentence(indicator, from: from, to: to, among: ids)
        return clock.measure(.charts) {
            SlopeChart(id: id, title: title, fromLabel: from.display, toLabel: to.display, items: items, format: chartFormat(indicator), language: language,
                       summary: summary).svg()
        }
    }

    /// Every jurisdiction with at least two yearly results of the indicator, in the site's order, with those results.
    func yearlySeries(_ indicator: Indicator, among: Set<String>? = nil) -> [(jurisdiction: String, results: [ValueRow])] {
        let results = computed.values.rows(indicator: indicator.id).filter { $0.kind == .result && $0.period.isYear && among?.contains($0.jurisdiction) != false }
        let byJurisdiction = Dictionary(grouping: results, by: \.jurisdiction).filter { $0.value.count >= 2 }
        return jurisdictions.compactMap { j in byJurisdiction[j.id].map { (j.id, $0) } }
    }

    /// Each jurisdiction's targets of the indicator as steps across the years of their periods, grouped
    /// in one pass over the indicator's values rather than one per panel.
    func targetSteps(_ indicator: Indicator) -> [String: [LineChart.Step]] {
        Dictionary(grouping: computed.values.rows(indicator: indicator.id).filter { $0.kind == .target }, by: \.jurisdiction)
            .mapValues { rows in rows.map { LineChart.Step(start: $0.period.start, end: $0.period.end, value: $0.quantity.central) } }
    }

    /// Yearly results of every jurisdiction that has at least two, a line chart each with its targets as
    /// steps (narrative embeds, which usually name one or a few jurisdictions).
    func yearlyResults(_ indicator: Indicator, among: Set<String>? = nil, idPrefix: String) -> [String] {
        let targets = targetSteps(indicator)
        return yearlySeries(indicator, among: among).map { series in
            let points = series.results.map { LineChart.Point(year: $0.period.start, value: chartValue($0, missing: "")) }
            let title = "\(indicator.name[language]) – \(name(series.jurisdiction))", id = "\(idPrefix)-\(indicator.id)-\(series.jurisdiction)"
            let summary = lineSentence(indicator, series.jurisdiction, results: series.results)
            return clock.measure(.charts) {
                LineChart(id: id, title: title, points: points, targets: targets[series.jurisdiction] ?? [], format: chartFormat(indicator),
                          language: language, summary: summary).svg()
            }
        }
    }

    /// The same series as one grid of small panels on a shared scale, for the indicator's page: one
    /// figure and two downloads where a line chart per jurisdiction made the page heavy.
    func yearlyResultsGrid(_ indicator: Indicator, id: String) -> String? {
        let series = yearlySeries(indicator)
        guard !series.isEmpty else { return nil }
        let targets = targetSteps(indicator)
        let panels = series.map { series in
            SmallMultiples.Panel(label: name(series.jurisdiction),
                                 points: series.results.map { LineChart.Point(year: $0.period.start, value: chartValue($0, missing: "")) },
                                 targets: targets[series.jurisdiction] ?? [])
        }
        let title = strings.format("caption_yearly", ["indicator": indicator.name[language]])
        let summary = yearlySentence(indicator, series: series)
        return clock.measure(.charts) {
            SmallMultiples(id: id, title: title, panels: panels, format: chartFormat(indicator), language: language, summary: summary).svg()
        }
    }

    /// Jurisdictions × indicators of a period's targets, coloured by gap in each indicator's direction.
    func gapHeatTable(_ period: Period, indicators: [Indicator], id: String, among: Set<String>? = nil, title: String? = nil) -> String? {
        let ids = jurisdictions.map(\.id).filter { j in
            j != national && among?.contains(j) != false && indicators.contains { value(j, $0.id, period, .target) != nil }
        }
        guard !ids.isEmpty, !indicators.isEmpty else { return nil }
        let rows = ids.map { j in
            (label: name(j), cells: indicators.map { indicator in
                let gap = value(j, indicator.id, period, .gap)?.quantity.central
                return HeatTable.Cell(value: chartValue(value(j, indicator.id, period, .target), missing: strings["missing_no_target"]),
                                      gap: gap.map { indicator.direction == .higherIsBetter ? $0 : -$0 }, format: chartFormat(indicator))
            })
        }
        let title = title ?? strings.format("caption_matrix", ["period": period.display])
        let summary = matrixSentence(period, indicators: indicators, among: ids)
        return clock.measure(.charts) {
            HeatTable(id: "chart-\(id)", title: title, columns: indicators.map { $0.name[language] }, rows: rows, language: language, summary: summary).svg()
        }
    }
}
