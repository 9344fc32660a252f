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
            return .number(suffix: text.suffix(indicator.unit, label: indicator.unitLabel))
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

    /// Every jurisdiction's target for one indicator and period, against the national target.
    func targetBars(_ indicator: Indicator, _ period: Period, id: String, highlight: String? = nil) -> String? {
        let ids = jurisdictions.map(\.id).filter { $0 != national && value($0, indicator.id, period, .target) != nil }
        guard !ids.isEmpty else { return nil }
        let bars = ids.map { id in
            HorizontalBarChart.Bar(label: name(id), value: chartValue(value(id, indicator.id, period, .target), missing: strings["missing_no_target"]),
                                   highlighted: id == highlight)
        }
        let title = strings.format("caption_indicator_period", ["indicator": indicator.name[language], "period": period.display])
        return HorizontalBarChart(id: "chart-\(id)", title: title, bars: bars,
                                  reference: value(national, indicator.id, period, .target)?.quantity.central,
                                  format: chartFormat(indicator), language: language).svg()
    }

    /// A budget's lines as parts of its total.
    func budgetChart(_ budget: Budget, id: String) -> String? {
        guard budget.lines.count > 1 else { return nil }
        let parts = budget.lines.map { StackedBarChart.Part(label: $0.activity[language], amount: $0.amount.central) }
        let title = strings.format("caption_budget", ["period": budget.period.display, "plan": content.plansByID[budget.plan]?.number ?? budget.plan])
        return StackedBarChart(id: "chart-\(id)", title: title, parts: parts, language: language).svg()
    }
}
