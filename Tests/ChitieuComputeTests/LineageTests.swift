@testable import ChitieuCompute
import ChitieuCore
import ChitieuModel
import Testing

/// Combining rules with figures worked out by hand: "m" absorbed "x" and "y" on 1 July 2025.
@Suite struct LineageTests {
    static let ended = CalendarDate(year: 2025, month: 6, day: 30)!

    static func content(_ indicators: [Indicator], _ figures: [Figure], population: [String: [Int: Double]] = [:]) -> Content {
        let base = Sample.content(indicators: indicators, figures: figures)
        func unit(_ id: String, predecessors: [String] = [], successors: [String] = []) -> Jurisdiction {
            var unit = Sample.jurisdiction(id)
            unit.predecessors = predecessors
            unit.successors = successors
            unit.validUntil = successors.isEmpty ? nil : ended
            unit.population = (population[id] ?? [:]).map { PopulationFigure(year: $0.key, value: $0.value, source: "s", location: Sample.here) }
            return unit
        }
        let units = [Sample.jurisdiction("vn", parent: nil), unit("m", predecessors: ["x", "y"]),
                     unit("x", successors: ["m"]), unit("y", successors: ["m"]), unit("z")]
        return Content(site: base.site, jurisdictions: units, indicators: base.indicators, plans: base.plans)
    }

    static func combined(_ content: Content, _ indicator: String, _ period: Period = Sample.p2125) -> CombinedValue? {
        Engine.compute(content).combined.first { $0.jurisdiction == "m" && $0.indicator == indicator && $0.period == period }
    }

    @Test func periodsBeforeTheMergerCoverEveryPredecessor() {
        let lineage = Lineage(jurisdictions: Self.content([], []).jurisdictions)
        #expect(lineage.boundaryDate("m") == CalendarDate(year: 2025, month: 7, day: 1))
        #expect(lineage.components(of: "m", in: Sample.p2125) == ["m", "x", "y"])
        #expect(lineage.components(of: "m", in: Sample.p2630) == ["m"])
        #expect(lineage.components(of: "z", in: Sample.p2125) == ["z"])
        #expect(lineage.successor(of: "x") == "m")
        #expect(lineage.successor(of: "m") == nil)
    }

    @Test func countsAndMoneyAreSummed() {
        let content = Self.content([Sample.indicator("staff", .base("person"))], [
            Sample.figure("m", "staff", Sample.p2125, .target, .value(120)),
            Sample.figure("x", "staff", Sample.p2125, .target, .value(80)),
            Sample.figure("y", "staff", Sample.p2125, .target, .range(10, 20)),
            Sample.figure("m", "staff", Sample.p2630, .target, .value(400)),
        ])
        let value = Self.combined(content, "staff")
        // 120 + 80 + (10–20) = 210–220.
        #expect(value?.outcome == .combined(.range(210, 220), .sum))
        #expect(value?.explanation == "sum(m, x, y)")
        #expect(Self.combined(content, "staff", Sample.p2630) == nil)
    }

    @Test func percentagesAreWeightedByPopulation() {
        let content = Self.content([Sample.indicator("units_pct")], [
            Sample.figure("m", "units_pct", Sample.p2125, .target, .value(60)),
            Sample.figure("x", "units_pct", Sample.p2125, .target, .value(30)),
            Sample.figure("y", "units_pct", Sample.p2125, .target, .value(90)),
        ], population: ["m": [2022: 1_000_000, 2025: 4_000_000], "x": [2020: 2_000_000], "y": [2019: 1_000_000]])
        let value = Self.combined(content, "units_pct")
        // m's own 2025 figure is of the merged unit, so 2022 is used:
        // (60 × 1,000,000 + 30 × 2,000,000 + 90 × 1,000,000) ÷ 4,000,000 = 52.5.
        #expect(value?.outcome == .combined(.value(52.5), .populationWeighted))
        #expect(value?.explanation == "population_weighted(m 1000000 (2022), x 2000000 (2020), y 1000000 (2019))")
    }

    @Test func sharesWithKnownDenominatorsAreRecomputedFromSums() {
        let indicators = [Sample.indicator("graduates", .base("person")), Sample.indicator("enrolled", .base("person")),
                          Sample.indicator("graduation_pct", formula: "share(graduates, enrolled)")]
        var figures: [Figure] = []
        for (unit, graduates, enrolled) in [("m", 45.0, 50.0), ("x", 10.0, 40.0), ("y", 25.0, 10.0)] {
            figures += [Sample.figure(unit, "graduates", Sample.p2125, .result, .value(graduates)),
                        Sample.figure(unit, "enrolled", Sample.p2125, .result, .value(enrolled))]
        }
        let value = Self.combined(Self.content(indicators, figures), "graduation_pct")
        // (45 + 10 + 25) ÷ (50 + 40 + 10) × 100 = 80, not the mean of 90, 25 and 250.
        #expect(value?.outcome == .combined(.value(80), .denominator))
        #expect(value?.kind == .result)
    }

    @Test func aMissingPredecessorMakesItNotComparable() {
        let content = Self.content([Sample.indicator("staff", .base("person")), Sample.indicator("units_pct")], [
            Sample.figure("m", "staff", Sample.p2125, .target, .value(120)),
            Sample.figure("x", "staff", Sample.p2125, .target, .value(80)),
            Sample.figure("x", "units_pct", Sample.p2125, .target, .value(30)),
            Sample.figure("m", "units_pct", Sample.p2125, .target, .value(60)),
            Sample.figure("y", "units_pct", Sample.p2125, .target, .value(90)),
        ], population: ["m": [2022: 1_000_000], "x": [2020: 2_000_000]])
        let staff = Self.combined(content, "staff")
        #expect(staff?.outcome == .notComparable(.missingFigure(["y"])))
        #expect(staff?.quantity == nil)
        #expect(staff?.explanation == "not comparable: no figure for y")
        #expect(Self.combined(content, "units_pct")?.outcome == .notComparable(.missingPopulation(["y"])))
    }

    @Test func boundsThatPullApartHaveNoTotal() {
        let content = Self.content([Sample.indicator("staff", .base("person"))], [
            Sample.figure("m", "staff", Sample.p2125, .target, .atLeast(100)),
            Sample.figure("x", "staff", Sample.p2125, .target, .atMost(10)),
            Sample.figure("y", "staff", Sample.p2125, .target, .value(5)),
        ])
        #expect(Self.combined(content, "staff")?.outcome == .notComparable(.boundsDisagree))
    }

    @Test(arguments: [("person", CombiningRule.sum), ("VND", .sum), ("person/year", .sum),
                      ("person/unit", .weighted(denominator: nil)), ("ratio", .weighted(denominator: nil)), ("percent", .weighted(denominator: nil))])
    func theRuleFollowsTheUnit(_ unit: String, _ rule: CombiningRule) {
        #expect(CombiningRule(unit: IndicatorUnit.parse(unit)!, formula: nil) == rule)
    }
}
