import ChitieuCore
import ChitieuModel

/// A small content model built in code: the national target and three provinces.
enum Sample {
    static let here = SourceLocation(file: "test.yaml", line: 1, column: 1)
    static let p2125 = Period(start: 2021, end: 2025)
    static let p2630 = Period(start: 2026, end: 2030)

    static func jurisdiction(_ id: String, parent: String? = "vn") -> Jurisdiction {
        Jurisdiction(id: id, name: LocalizedText(vi: id), level: parent == nil ? .national : .province, parent: parent, location: here)
    }

    static func indicator(_ id: String, _ unit: IndicatorUnit = .percent, formula: String? = nil,
                          direction: Indicator.Direction = .higherIsBetter) -> Indicator {
        Indicator(id: id, name: LocalizedText(vi: id), unit: unit, direction: direction,
                  formula: formula.map { FormulaSource(text: $0, location: SourceLocation(file: "indicators.yaml", line: 7, column: 12)) },
                  location: here)
    }

    static func figure(_ jurisdiction: String, _ indicator: String, _ period: Period, _ kind: Figure.Kind = .target,
                       _ quantity: Quantity, parts: [String] = [], line: Int = 1) -> Figure {
        Figure(jurisdiction: jurisdiction, indicator: indicator, period: period, kind: kind, quantity: quantity,
               source: .plan("plan", detail: nil), parts: parts, location: SourceLocation(file: "plan.md", line: line, column: 5))
    }

    static func content(indicators: [Indicator], figures: [Figure], budgets: [Budget] = [],
                        reportingDate: CalendarDate = CalendarDate(year: 2023, month: 7, day: 1)!) -> Content {
        let site = SiteConfig(title: LocalizedText(vi: "t"), nationalJurisdiction: "vn", currentPeriod: p2125,
                              reportingDate: reportingDate, location: here)
        let plan = Plan(id: "plan", kind: "plan", title: LocalizedText(vi: "p"), issuingBody: LocalizedText([:]),
                        jurisdiction: "vn", source: DocumentSource(citation: "c"), figures: figures, budgets: budgets, location: here)
        return Content(site: site, jurisdictions: [jurisdiction("vn", parent: nil), jurisdiction("a"), jurisdiction("b"), jurisdiction("c")],
                       indicators: indicators, plans: [plan])
    }
}
