@testable import ChitieuCompute
import ChitieuCore
import ChitieuModel
import Testing

@Suite struct EngineTests {
    @Test func gapsChangesAndRanks() {
        let content = Sample.content(indicators: [Sample.indicator("units_pct")], figures: [
            Sample.figure("vn", "units_pct", Sample.p2125, .target, .value(60)),
            Sample.figure("a", "units_pct", Sample.p2125, .target, .value(30)),
            Sample.figure("a", "units_pct", Sample.p2630, .target, .value(60)),
            Sample.figure("b", "units_pct", Sample.p2125, .target, .value(70)),
            Sample.figure("c", "units_pct", Sample.p2125, .target, .value(70)),
        ])
        let values = Engine.compute(content).values
        let gap = values.value("a", "units_pct", Sample.p2125, .gap)
        #expect(gap?.quantity == .value(-30))
        #expect(gap?.unit == "pp")
        #expect(gap?.computed == true)
        #expect(values.value("a", "units_pct", Sample.p2630, .change)?.quantity == .value(30))
        #expect(values.value("a", "units_pct", Sample.p2630, .gap) == nil)
        #expect(values.value("b", "units_pct", Sample.p2125, .rank)?.quantity == .value(1))
        #expect(values.value("c", "units_pct", Sample.p2125, .rank)?.quantity == .value(1))
        #expect(values.value("a", "units_pct", Sample.p2125, .rank)?.quantity == .value(3))
        #expect(values.value("vn", "units_pct", Sample.p2125, .rank) == nil)
    }

    @Test func achievementAndStatusAtTheReportingDate() {
        let content = Sample.content(indicators: [Sample.indicator("units_pct")], figures: [
            Sample.figure("a", "units_pct", Sample.p2125, .target, .value(60)),
            Sample.figure("a", "units_pct", Period(year: 2022), .result, .value(30)),
            Sample.figure("a", "units_pct", Period(year: 2023), .result, .value(27)),
            Sample.figure("b", "units_pct", Sample.p2125, .target, .value(50)),
        ])
        let result = Engine.compute(content)
        let achievement = result.values.value("a", "units_pct", Sample.p2125, .achievement)
        #expect(achievement?.quantity == .value(45))
        #expect(achievement?.source == "result of 2023 / target")
        // 1 July 2023 is half-way through 2021–2025: 45% achieved against 50% elapsed is within 10 points.
        #expect(result.statuses[ValueKey(jurisdiction: "a", indicator: "units_pct", period: Sample.p2125, kind: .target)] == .onTrack)
        #expect(result.statuses[ValueKey(jurisdiction: "b", indicator: "units_pct", period: Sample.p2125, kind: .target)] == .noData)
    }

    @Test func statusThresholds() {
        #expect(TargetStatus.judge(achievement: 30, elapsed: 0.5) == .atRisk)
        #expect(TargetStatus.judge(achievement: 20, elapsed: 0.5) == .offTrack)
        #expect(TargetStatus.judge(achievement: 99, elapsed: 1) == .offTrack)
        #expect(TargetStatus.judge(achievement: 100, elapsed: 1) == .onTrack)
        #expect(TargetStatus.elapsed(Sample.p2125, on: CalendarDate(year: 2020, month: 1, day: 1)!) == 0)
        #expect(TargetStatus.elapsed(Sample.p2125, on: CalendarDate(year: 2026, month: 1, day: 1)!) == 1)
    }

    @Test func computedIndicatorsEvaluatePerJurisdictionPeriodAndKind() {
        let content = Sample.content(indicators: [
            Sample.indicator("trainees", .base("person")),
            Sample.indicator("trainees_per_year", IndicatorUnit.parse("person/year")!, formula: "per_year(trainees)"),
        ], figures: [
            Sample.figure("a", "trainees", Sample.p2125, .target, .range(1000, 2000)),
            Sample.figure("b", "trainees", Sample.p2125, .result, .atLeast(500)),
        ])
        let values = Engine.compute(content).values
        let a = values.value("a", "trainees_per_year", Sample.p2125, .target)
        #expect(a?.quantity == .range(200, 400))
        #expect(a?.unit == "person/year")
        #expect(a?.source == "per_year(trainees)")
        #expect(values.value("b", "trainees_per_year", Sample.p2125, .result)?.quantity == .atLeast(100))
        #expect(values.value("b", "trainees_per_year", Sample.p2125, .target) == nil)
    }

    @Test func aStatedValueOfAComputedIndicatorIsCheckedAgainstItsFormula() {
        let content = Sample.content(indicators: [
            Sample.indicator("trainees", .base("person")),
            Sample.indicator("trainees_per_year", IndicatorUnit.parse("person/year")!, formula: "per_year(trainees)"),
        ], figures: [
            Sample.figure("a", "trainees", Sample.p2125, .target, .value(200)),
            Sample.figure("a", "trainees_per_year", Sample.p2125, .target, .value(50), line: 9),
            Sample.figure("b", "trainees", Sample.p2125, .target, .value(200)),
            Sample.figure("b", "trainees_per_year", Sample.p2125, .target, .value(40), line: 12),
        ])
        let result = Engine.compute(content)
        #expect(result.values.value("a", "trainees_per_year", Sample.p2125, .target)?.quantity == .value(50))
        #expect(result.diagnostics.map(\.description) == [
            "plan.md:9:5: warning: 'trainees_per_year' is stated as 50 but its formula per_year(trainees) gives 40\n  hint: the stated value is kept; check both against the source",
        ])
    }

    @Test func divisionByZeroWarnsNamingFormulaAndJurisdiction() {
        let content = Sample.content(indicators: [
            Sample.indicator("staff", .base("person")), Sample.indicator("residents", .base("person")),
            Sample.indicator("staff_per_resident", .ratio, formula: "staff / residents"),
        ], figures: [
            Sample.figure("a", "staff", Sample.p2125, .baseline, .value(5)),
            Sample.figure("a", "residents", Sample.p2125, .baseline, .value(0)),
        ])
        let result = Engine.compute(content)
        #expect(result.values.value("a", "staff_per_resident", Sample.p2125, .baseline) == nil)
        #expect(result.diagnostics.map(\.description) == [
            "indicators.yaml:7:18: warning: formula of 'staff_per_resident' (staff / residents) divides by zero for 'a' in 2021-2025 (baselines); the value is left out",
        ])
    }

    /// Contexts past one chunk are evaluated on several threads: every chunk's values and warnings
    /// must come back, as from one pass.
    @Test func aFormulaOverManyContextsGivesEveryValueAndEveryWarning() {
        let years = Array(1001...6000), zero = { (year: Int) in year % 7 == 0 }
        let content = Sample.content(indicators: [
            Sample.indicator("staff", .base("person")), Sample.indicator("residents", .base("person")),
            Sample.indicator("staff_per_resident", .ratio, formula: "staff / residents"),
        ], figures: years.flatMap { year in [
            Sample.figure("a", "staff", Period(start: year, end: year), .result, .value(Double(year))),
            Sample.figure("a", "residents", Period(start: year, end: year), .result, .value(zero(year) ? 0 : 2)),
        ] })
        let result = Engine.compute(content)
        for year in years {
            let value = result.values.value("a", "staff_per_resident", Period(start: year, end: year), .result)?.quantity
            #expect(value == (zero(year) ? nil : .value(Double(year) / 2)), "\(year)")
        }
        let warnings = result.diagnostics.map(\.description).filter { $0.contains("divides by zero") }
        #expect(warnings == years.filter(zero).map {
            "indicators.yaml:7:18: warning: formula of 'staff_per_resident' (staff / residents) divides by zero for 'a' in \($0) (results); the value is left out"
        })
    }

    @Test func cyclesUnknownNamesAndUnitMismatchesAreErrors() {
        let content = Sample.content(indicators: [
            Sample.indicator("x", .base("person"), formula: "y + 1"),
            Sample.indicator("y", .base("person"), formula: "x * 2"),
            Sample.indicator("z", .base("person"), formula: "persons + 1"),
            Sample.indicator("w", .percent, formula: "x / y"),
        ], figures: [])
        let messages = Engine.compute(content).diagnostics.map(\.description)
        #expect(messages.contains("indicators.yaml:7:12: error: formula of 'x' depends on itself: x → y → x\n  hint: a computed indicator cannot use itself, directly or through others"))
        #expect(messages.contains("indicators.yaml:7:12: error: formula of 'y' depends on itself: x → y → x\n  hint: a computed indicator cannot use itself, directly or through others"))
        #expect(messages.contains { $0.hasPrefix("indicators.yaml:7:12: error: formula of 'z': unknown indicator 'persons'") })
        #expect(messages.contains("indicators.yaml:7:12: error: formula of 'w': the formula gives ratio but the indicator's unit is percent\n  hint: change the formula or the indicator's unit"))
    }

    @Test func declaredTotalsAreCheckedAgainstTheirParts() {
        let lines = [
            BudgetLine(id: "a", activity: LocalizedText(vi: "A"), amount: .value(1_000_000), location: SourceLocation(file: "plan.md", line: 20, column: 15)),
            BudgetLine(id: "b", activity: LocalizedText(vi: "B"), amount: .value(2_000_000), location: SourceLocation(file: "plan.md", line: 21, column: 15)),
        ]
        let budget = Budget(plan: "plan", jurisdiction: "a", period: Period(year: 2012), total: .value(3_500_000),
                            totalLocation: SourceLocation(file: "plan.md", line: 18, column: 12), lines: lines, location: Sample.here)
        let content = Sample.content(indicators: [Sample.indicator("staff", .base("person")), Sample.indicator("staff_graduate", .base("person"))], figures: [
            Sample.figure("a", "staff", Sample.p2125, .baseline, .value(59), parts: ["staff_graduate"], line: 30),
            Sample.figure("a", "staff_graduate", Sample.p2125, .baseline, .value(41), line: 31),
        ], budgets: [budget])
        let result = Engine.compute(content)
        #expect(result.diagnostics.map(\.description) == [
            "plan.md:18:12: warning: the 2012 budget total 3,500,000 VND differs from the sum of its 2 lines, 3,000,000 VND\n  hint: the lines are at plan.md:20:15 to line 21; check both against the source",
            "plan.md:30:5: warning: 'staff' is 59 but its parts (staff_graduate) add up to 41\n  hint: the parts are at 31:5 of the same file; check them against the source",
        ])
        #expect(result.values.value("a", "budget", Period(year: 2012), .target)?.quantity == .value(3_500_000))
        #expect(result.values.value("a", "budget/b", Period(year: 2012), .share)?.quantity.low.rounded() == 57)
    }
}
