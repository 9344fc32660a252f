import ChitieuCore
import ChitieuLoad
import ChitieuModel
import Testing

/// The shape of a narrative's embed block, each problem at its line and column in the `.md` file.
@Suite struct EmbedReaderTests {
    /// The fence sits on line 20, indented by two (inside a list item).
    let fence = ChitieuCore.SourceLocation(file: "plans/p.md", line: 20, column: 3)

    func problems(_ kind: String, _ body: String) -> [String] {
        EmbedReader.read(kind: kind, body: body, fence: fence).diagnostics.map { "\($0.location): \($0.severity.rawValue): \($0.message)" }
    }

    @Test func aChartRequestIsRead() throws {
        let body = "chart: slope\nindicator: staff_trained_pct\nperiods: [2021-2025, 2026-2030]\njurisdictions: [ninh-binh, ben-tre]\ncaption: {vi: Hai chặng, en: Two stages}\n"
        let (request, diagnostics) = EmbedReader.read(kind: "chart", body: body, fence: fence)
        #expect(diagnostics.isEmpty)
        let read = try #require(request)
        #expect(read.chart == .slope)
        #expect(read.indicators.map(\.value) == ["staff_trained_pct"])
        #expect(read.indicators[0].location.description == "plans/p.md:22:14")
        #expect(read.periods.map(\.value.description) == ["2021-2025", "2026-2030"])
        #expect(read.periods[1].location.description == "plans/p.md:23:24")
        #expect(read.jurisdictions == .ids([Located("ninh-binh", at: .init(file: "plans/p.md", line: 24, column: 19)),
                                            Located("ben-tre", at: .init(file: "plans/p.md", line: 24, column: 30))]))
        #expect(read.caption?[.en] == "Two stages")
    }

    @Test func jurisdictionsMayBeAllOrALevel() throws {
        let all = try #require(EmbedReader.read(kind: "table", body: "indicator: a\nperiod: 2012\n", fence: fence).request)
        #expect(all.jurisdictions == .all)
        let level = try #require(EmbedReader.read(kind: "table", body: "indicator: a\nperiod: 2012\njurisdictions: province\n", fence: fence).request)
        #expect(level.jurisdictions == .level(.province))
    }

    @Test func eachProblemIsAtItsOwnPlace() {
        #expect(problems("graph", "chart: bars\n") == ["plans/p.md:20:3: error: unknown embed 'chitieu-graph'"])
        #expect(problems("chart", "\n  \n") == ["plans/p.md:20:3: error: the chitieu-chart block is empty"])
        #expect(problems("chart", "chart: bars\nindicator: [a\n") == ["plans/p.md:23:3: error: malformed YAML: did not find expected ',' or ']' (while parsing a flow sequence)"])
        #expect(problems("chart", "- bars\n") == ["plans/p.md:21:3: error: a chitieu-chart block must be a mapping of keys to values"])
        #expect(problems("chart", "indicator: a\nperiod: 2012\n") == ["plans/p.md:21:3: error: a chitieu-chart block is missing the required key 'chart'"])
        #expect(problems("chart", "chart: pie\n") == ["plans/p.md:21:10: error: unknown chart 'pie'"])
        #expect(problems("chart", "chart: bars\nindicator: a\nperiod: 2012-2010\n") == [
            "plans/p.md:23:11: error: the period '2012-2010' ends (2010) before it starts (2012)",
        ])
        #expect(problems("chart", "chart: slope\nindicator: a\nperiod: 2012\n") == ["plans/p.md:23:11: error: a chitieu-chart block of a slope needs exactly two periods"])
        #expect(problems("chart", "chart: grouped\njurisdictions: [a, b]\n") == ["plans/p.md:22:18: error: a chitieu-chart block of a grouped chart needs exactly one jurisdiction"])
        #expect(problems("chart", "chart: budget\n") == ["plans/p.md:20:3: error: a chitieu-chart block of a budget needs the plan whose budget it shows ('plan: <id>')"])
        #expect(problems("table", "indicator: Not An Id\nperiod: 2012\n") == [
            "plans/p.md:21:14: error: an indicator 'Not An Id' is not a valid id",
        ])
        #expect(problems("table", "indicator: a\nperiod: 2012\ncolour: red\n") == ["plans/p.md:23:3: warning: unknown key 'colour' in a chitieu-table block is ignored"])
    }
}
