@testable import ChitieuCompute
import ChitieuCore
import ChitieuModel
import Testing

@Suite struct RequiredPaceTests {
    func pace(_ figures: [Figure], direction: Indicator.Direction = .higherIsBetter, indicator: String = "units_pct") -> RequiredPace? {
        let unit: IndicatorUnit = indicator == "units_pct" ? .percent : .ratio
        let content = Sample.content(indicators: [Sample.indicator(indicator, unit, direction: direction)], figures: figures)
        return Engine.compute(content).paces[ValueKey(jurisdiction: "a", indicator: indicator, period: Sample.p2125, kind: .target)]
    }

    func results(_ values: [(Int, Double)], indicator: String = "units_pct") -> [Figure] {
        values.map { Sample.figure("a", indicator, Period(year: $0.0), .result, .value($0.1)) }
    }

    @Test func theNeededAndTheAchievedChangeAYear() throws {
        // 30 in 2020, 36 in 2023: +2 a year so far; 60 by 2025 needs +12 a year.
        let found = try #require(pace([Sample.figure("a", "units_pct", Sample.p2125, .target, .value(60))] + results([(2020, 30), (2023, 36)])))
        #expect(found.needed == 12)
        #expect(found.achieved == 2)
        #expect(found.unit == "pp")
        #expect(found.start?.period == Period(year: 2020))
        #expect(found.status == .needsAcceleration)
    }

    @Test func aBaselineIsPreferredToTheFirstResult() throws {
        let found = try #require(pace([Sample.figure("a", "units_pct", Sample.p2125, .target, .value(60)),
                                       Sample.figure("a", "units_pct", Period(year: 2019), .baseline, .value(20))]
                                      + results([(2021, 25), (2023, 48)])))
        #expect(found.start?.kind == .baseline)
        #expect(found.achieved == 7)
        #expect(found.needed == 6)
        #expect(found.status == .onPace)
    }

    @Test func metMissedMovingAwayAndUnknown() {
        let target = Sample.figure("a", "units_pct", Sample.p2125, .target, .value(60))
        #expect(pace([target] + results([(2022, 40), (2023, 61)]))?.status == .met)
        #expect(pace([target] + results([(2022, 40), (2023, 61)]))?.needed == nil)
        #expect(pace([target] + results([(2022, 40), (2025, 50)]))?.status == .missed)
        #expect(pace([target] + results([(2022, 40), (2023, 38)]))?.status == .wrongDirection)
        #expect(pace([target] + results([(2023, 40)]))?.status == .unknown)
        #expect(pace([target] + results([(2023, 40)]))?.needed == 10)
        #expect(pace([target]) == nil)
        #expect(pace([target] + results([(2018, 40)])) == nil, "a result years before the period says nothing about it")
    }

    @Test func lowerIsBetterTurnsTheDirections() throws {
        let target = Sample.figure("a", "dropout", Sample.p2125, .target, .value(10))
        let falling = try #require(pace([target] + results([(2021, 30), (2023, 20)], indicator: "dropout"), direction: .lowerIsBetter, indicator: "dropout"))
        #expect(falling.achieved == -5)
        #expect(falling.needed == -5)
        #expect(falling.unit == "ratio")
        #expect(falling.status == .onPace)
        #expect(pace([target] + results([(2021, 30), (2023, 8)], indicator: "dropout"), direction: .lowerIsBetter, indicator: "dropout")?.status == .met)
        #expect(pace([target] + results([(2021, 20), (2023, 30)], indicator: "dropout"), direction: .lowerIsBetter, indicator: "dropout")?.status == .wrongDirection)
    }
}
