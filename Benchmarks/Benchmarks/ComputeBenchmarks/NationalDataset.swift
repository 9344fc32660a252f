import ChitieuCore
import ChitieuModel

/// A synthetic national dataset built in memory: 63 provinces, 30 indicators (10 computed by
/// formulas), yearly results 2011–2030 and targets for four five-year periods. Deterministic.
enum NationalDataset {
    static let here = SourceLocation(file: "synthetic")
    static let periods = [2011, 2016, 2021, 2026].map { Period(start: $0, end: $0 + 4) }

    static func make() -> Content {
        let site = SiteConfig(title: LocalizedText(vi: "Tổng hợp"), nationalJurisdiction: "vn", currentPeriod: periods[2],
                              reportingDate: CalendarDate(year: 2025, month: 12, day: 15)!, location: here)
        let jurisdictions = [Jurisdiction(id: "vn", name: LocalizedText(vi: "Việt Nam"), level: .national, location: here)]
            + (1...63).map { Jurisdiction(id: "p\($0)", name: LocalizedText(vi: "Tỉnh \($0)"), level: .province, parent: "vn", location: here) }
        let stated = (1...20).map { index in
            Indicator(id: "i\(index)", name: LocalizedText(vi: "Chỉ tiêu \(index)"), unit: index % 2 == 0 ? .percent : .base("person"), location: here)
        }
        let computed = (1...10).map { index in
            Indicator(id: "c\(index)", name: LocalizedText(vi: "Chỉ tiêu tính \(index)"), unit: index % 2 == 0 ? .ratio : IndicatorUnit.parse("person/year")!,
                      formula: FormulaSource(text: index % 2 == 0 ? "ratio(i\(index * 2 - 1), i\(index * 2 + 1 > 19 ? 1 : index * 2 + 1))" : "per_year(i\(index))", location: here),
                      location: here)
        }
        let plan = Plan(id: "synthetic", kind: "plan", title: LocalizedText(vi: "Dữ liệu tổng hợp"), issuingBody: LocalizedText([:]),
                        jurisdiction: "vn", source: DocumentSource(citation: "synthetic"), figures: figures(jurisdictions, stated), location: here)
        return Content(site: site, jurisdictions: jurisdictions, indicators: stated + computed, plans: [plan])
    }

    static func figures(_ jurisdictions: [Jurisdiction], _ indicators: [Indicator]) -> [Figure] {
        var figures: [Figure] = []
        for (j, jurisdiction) in jurisdictions.enumerated() {
            for (i, indicator) in indicators.enumerated() {
                let base = Double((j * 37 + i * 11) % 50 + 10)
                for period in periods {
                    figures.append(figure(jurisdiction.id, indicator.id, period, .target, base + Double(period.start - 2011)))
                }
                for year in 2011...2030 where jurisdiction.id != "vn" {
                    figures.append(figure(jurisdiction.id, indicator.id, Period(year: year), .result, base + Double(year - 2011) * 0.8))
                }
            }
        }
        return figures
    }

    static func figure(_ jurisdiction: String, _ indicator: String, _ period: Period, _ kind: Figure.Kind, _ value: Double) -> Figure {
        Figure(jurisdiction: jurisdiction, indicator: indicator, period: period, kind: kind, quantity: .value(min(value, 100)),
               source: .plan("synthetic", detail: nil), location: here)
    }
}
