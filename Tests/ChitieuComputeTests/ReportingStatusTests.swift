@testable import ChitieuCompute
import ChitieuCore
import ChitieuModel
import Testing

@Suite struct ReportingStatusTests {
    static let content = Sample.content(indicators: [Sample.indicator("units_pct"), Sample.indicator("staff_pct")], figures: [
        Sample.figure("a", "units_pct", Sample.p2125, .target, .value(60)),
        Sample.figure("a", "units_pct", Period(year: 2023), .result, .value(40)),
        Sample.figure("a", "staff_pct", Sample.p2125, .target, .value(30)),
        Sample.figure("a", "staff_pct", Period(year: 2025), .result, .value(31)),
        Sample.figure("b", "units_pct", Sample.p2630, .target, .value(70)),
        Sample.figure("b", "staff_pct", Period(year: 2019), .result, .value(12)),
    ])

    @Test func everyTargetAndLoneResultWithWhatIsMissingForTheReport() throws {
        let status = ReportingStatus(values: Engine.compute(Self.content).values, indicators: ["units_pct", "staff_pct"], reportYear: 2025)
        #expect(status.entries.map { "\($0.jurisdiction) \($0.indicator) \($0.period)" } == [
            "a staff_pct 2021-2025", "a units_pct 2021-2025", "b staff_pct 2019", "b units_pct 2026-2030",
        ])
        let units = try #require(status.entries.first { $0.jurisdiction == "a" && $0.indicator == "units_pct" })
        #expect(units.result?.period == Period(year: 2023))
        #expect(units.missingForReport == 2025, "a 2023 result does not fill the 2025 report")
        #expect(status.entries.first { $0.indicator == "staff_pct" && $0.jurisdiction == "a" }?.missingForReport == nil)
        #expect(status.entries.first { $0.jurisdiction == "b" && $0.indicator == "staff_pct" }?.target == nil)
        #expect(status.entries.first { $0.jurisdiction == "b" && $0.indicator == "units_pct" }?.missingForReport == nil,
                "2026–2030 does not cover 2025")
    }

    @Test func countsPerJurisdictionInTheGivenOrder() {
        let status = Engine.compute(Self.content).reporting
        #expect(status.reportYear == 2023, "the reporting date's year when site.yaml names no report years")
        let counts = ReportingStatus(values: Engine.compute(Self.content).values, indicators: ["units_pct", "staff_pct"], reportYear: 2025)
            .counts(in: ["vn", "b", "a"])
        #expect(counts == [
            ReportingStatus.Count(jurisdiction: "b", targets: 1, withResult: 0, resultsWithoutTarget: 1, missingForReport: 0),
            ReportingStatus.Count(jurisdiction: "a", targets: 2, withResult: 2, resultsWithoutTarget: 0, missingForReport: 1),
        ])
    }
}
