import ChitieuBuild
import ChitieuCompute
import ChitieuCore
import ChitieuLoad
import ChitieuModel
import ChitieuPages
import ChitieuTestSupport
import Foundation
import Testing

/// Values computed by hand from the seeds, checked against what the engine makes of the sample.
@Suite struct SampleValuesTests {
    static let content = ContentLoader(root: TempContent.repository.appendingPathComponent("content").path).load().content!
    static let values = Engine.compute(content).values
    static let p2125 = Period(start: 2021, end: 2025), p2630 = Period(start: 2026, end: 2030)

    func value(_ j: String, _ i: String, _ p: Period, _ k: ValueRow.Kind) -> Quantity? {
        Self.values.value(j, i, p, k)?.quantity
    }

    @Test func laiChausFourBudgetLinesMakeItsStatedTotal() throws {
        let budget = try #require(Self.content.budgets.first { $0.jurisdiction == "lai-chau" })
        #expect(budget.lines.count == 4)
        #expect(budget.lines.reduce(0) { $0 + $1.amount.low } == 2_687_000_000)
        #expect(value("lai-chau", "budget", Period(year: 2012), .target) == .value(2_687_000_000))
        #expect(Engine.compute(Self.content).diagnostics.isEmpty)
        // 2,000,000,000 of 2,687,000,000 is the service centre: 74.43%.
        #expect((value("lai-chau", "budget/service-centre", Period(year: 2012), .share)!.low * 100).rounded() / 100 == 74.43)
        #expect(value("lai-chau", "budget_per_beneficiary", Period(year: 2012), .target) == .value(53_740_000))
    }

    @Test func benTreIsThirtyPointsBelowTheNationalSixty() {
        #expect(value("vn", "units_with_social_workers_pct", Self.p2125, .target) == .value(60))
        #expect(value("ben-tre", "units_with_social_workers_pct", Self.p2125, .gap) == .value(-30))
        #expect(Self.values.value("ben-tre", "units_with_social_workers_pct", Self.p2125, .gap)?.unit == "pp")
        // "at least 15%" against "at least 30%" has no honest gap.
        #expect(value("ben-tre", "staff_trained_pct", Self.p2125, .gap) == nil)
    }

    @Test func ninhBinhRisesThirtyPointsBetweenPeriods() {
        #expect(value("ninh-binh", "units_with_social_workers_pct", Self.p2630, .change) == .value(30))
        #expect(value("ninh-binh", "staff_trained_pct", Self.p2630, .change) == .atMost(10))
    }

    @Test func computedIndicatorsOfTheSample() {
        // 96 graduates of 140 enrolled.
        #expect((value("ninh-binh", "graduation_rate_pct", Period(start: 2013, end: 2018), .result)!.low * 1000).rounded() == 68571)
        // 1,000–2,000 people over ten years; 200 over five.
        #expect(value("ho-chi-minh", "trainees_degree_per_year", Period(start: 2011, end: 2020), .target) == .range(100, 200))
        #expect(value("ben-tre", "trainees_degree_per_year", Self.p2125, .target) == .value(40))
        // 30 public of at least 90 facilities is at most a third.
        #expect(value("ho-chi-minh", "public_facilities_share_pct", Period(year: 2011), .baseline)?.bound == .atMost)
        // At least 5,000 staff for about 100,000 recipients: at least 50 per 1,000.
        #expect(value("ho-chi-minh", "social_workers_per_1000_recipients", Period(year: 2011), .baseline) == .atLeast(50))
    }

    @Test func theExportHoldsEveryStatedFigureAndComputedValue() throws {
        let files = try DataExport(values: Self.values).files()
        let csv = String(decoding: try #require(files.first { $0.path == "data/values.csv" }).data, as: UTF8.self)
        let lines = Set(csv.split(separator: "\n").map(String.init))
        for figure in Self.content.figures {
            let (v, low, high) = DataExport.cells(figure.quantity)
            let prefix = "\(figure.jurisdiction),\(figure.indicator),\(figure.period),\(figure.kind.rawValue),\(v),\(low),\(high),"
            #expect(lines.contains { $0.hasPrefix(prefix) && $0.contains(",false,") }, "missing \(prefix)")
        }
        // Every computed indicator has values; where a plan also states one, it was checked against the formula.
        for indicator in Self.content.indicators where indicator.formula != nil {
            #expect(lines.contains { $0.contains(",\(indicator.id),") }, "no value for \(indicator.id)")
        }
        #expect(lines.contains { $0.hasPrefix("ninh-binh,graduation_rate_pct,2013-2018,result,") && $0.contains(",true,") })
    }
}

@Suite struct ValueTextTests {
    @Test func englishCountsOfOneAreSingularAndLargeCountsWhole() {
        let en = ValueText(.en), vi = ValueText(.vi)
        #expect(en.quantity(.value(1), unit: .base("centre")) == "1 centre")
        #expect(en.quantity(.value(1), unit: .base("person")) == "1 person")
        #expect(en.quantity(.value(2), unit: .base("person")) == "2 people")
        #expect(en.quantity(.range(1, 2), unit: .base("person")) == "1–2 people")
        #expect(vi.quantity(.value(1), unit: .base("centre")) == "1 trung tâm")
        #expect(en.quantity(.value(5454.5454), unit: IndicatorUnit.parse("person/year")!) == "5,455 people per year")
        #expect(en.quantity(.value(2.5), unit: IndicatorUnit.parse("person/year")!) == "2.5 people per year")
    }
}
