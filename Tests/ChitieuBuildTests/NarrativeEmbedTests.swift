import ChitieuBuild
import ChitieuCore
import ChitieuLoad
import ChitieuModel
import ChitieuTestSupport
import Foundation
import Testing

/// Embeds, values and references in a narrative: drawn in both languages, escaped, and every
/// problem a `chitieu check` diagnostic at the narrative's own line and column.
@Suite struct NarrativeEmbedTests {
    static let theme = TempContent.repository.appendingPathComponent("themes/default").path

    /// The minimal fixture with the Vietnamese plan's narrative replaced; returns the content and
    /// the line the narrative starts on.
    func content(vi: String, en: String? = nil, files: [String: String] = [:]) throws -> (TempContent, Int) {
        let content = try TempContent(files: files)
        let path = content.root.appendingPathComponent("plans/nb-plan.md")
        let original = try String(contentsOf: path, encoding: .utf8)
        let frontMatter = original.components(separatedBy: "\n---\n")[0] + "\n---\n"
        try content.write("plans/nb-plan.md", frontMatter + vi)
        if let en { try content.write("plans/nb-plan.en.md", "---\ntitle: A test plan (English)\n---\n" + en) }
        return (content, frontMatter.split(separator: "\n", omittingEmptySubsequences: false).count)
    }

    func check(_ content: TempContent) -> [String] {
        let loaded = ContentLoader(root: content.path).load()
        let diagnostics = loaded.diagnostics + (loaded.content.map(ContentCheck.diagnostics) ?? [])
        return diagnostics.map { content.relative("\($0.location): \($0.severity.rawValue): \($0.message)") }
    }

    func build(_ content: TempContent) throws -> (SiteBuild.Outcome, URL) {
        let output = content.root.appendingPathComponent("_site")
        let outcome = SiteBuild(options: .init(content: content.path, output: output.path, theme: Self.theme)).run()
        return (outcome, output)
    }

    func page(_ output: URL, _ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    static let chart = "```chitieu-chart\nchart: bars\nindicator: units_with_social_workers_pct\nperiod: 2021-2025\n```\n"
    static let table = "```chitieu-table\nindicators: [units_with_social_workers_pct, staff_trained_pct]\nperiod: 2021-2025\ncaption: {vi: Bảng mục tiêu, en: Targets table}\n```\n"

    /// A report shows every plan's narrative on one page: their headings and embeds keep ids of their own.
    @Test func headingsAndEmbedsOfTwoPlansInOneReportHaveDistinctIDs() throws {
        let (content, _) = try self.content(vi: "## Mục tiêu\n\n" + Self.chart)
        defer { content.remove() }
        try content.write("plans/nb-plan-2.md", """
            ---
            number: 48/KH-UBND
            kind: plan
            title: {vi: Kế hoạch thử thứ hai, en: A second test plan}
            date: 2022-03-31
            jurisdiction: ninh-binh
            periods: [2021-2025]
            source: {seed: test.txt}
            ---
            ## Mục tiêu

            """ + Self.chart)
        #expect(check(content) == [])
        let (outcome, output) = try build(content)
        #expect(outcome.wrote, "\(outcome.diagnostics)")
        let report = try page(output, "reports/ninh-binh/2025/index.html")
        #expect(report.contains("id=\"nb-plan-embed-1\"") && report.contains("id=\"nb-plan-2-embed-1\""))
        #expect(report.contains("id=\"nb-plan-muc-tieu\"") && report.contains("id=\"nb-plan-2-muc-tieu\""))
        let ids = report.components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(Set(ids).count == ids.count, "ids repeated: \(Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted())")
    }

    @Test func chartsAndTablesAreDrawnInBothLanguages() throws {
        let body = "Mục tiêu:\n\n" + Self.chart + "\n" + Self.table
        let (content, _) = try self.content(vi: body, en: "Targets:\n\n" + Self.chart + "\n" + Self.table)
        defer { content.remove() }
        #expect(check(content) == [])
        let (outcome, output) = try build(content)
        #expect(outcome.wrote, "\(outcome.diagnostics)")
        for (path, caption, csv) in [("plans/nb-plan/index.html", "Bảng mục tiêu", "/plans/nb-plan/nb-plan-embed-2.csv"),
                                     ("en/plans/nb-plan/index.html", "Targets table", "/en/plans/nb-plan/nb-plan-embed-2.csv")] {
            let html = try page(output, path)
            #expect(html.contains("<figure class=\"chart-wrap embed\" id=\"nb-plan-embed-1\"><svg"), "\(path) has the chart")
            #expect(html.contains("<caption id=\"nb-plan-embed-2-caption\">\(caption)</caption>"), "\(path) has the table")
            #expect(html.contains("href=\"\(csv)\""), "\(path) offers the table's CSV")
            #expect(!html.contains("chitieu-chart"), "\(path) shows the block as code")
            #expect(!html.contains("&lt;title"), "\(path): cmark's tag filter reached the chart")
        }
        let csv = try page(output, "en/plans/nb-plan/nb-plan-embed-2.csv")
        #expect(csv.hasPrefix("Jurisdiction,Units with social-work staff (2021–2025),Staff trained (2021–2025)\n"))
        #expect(csv.contains("ninh-binh,60,>=30\n"))
        #expect(try page(output, "plans/nb-plan/index.html").contains("<th scope=\"col\">Đơn vị</th>") == false)
    }

    @Test func namesCaptionsAndValuesAreEscaped() throws {
        let jurisdictions = try String(contentsOf: TempContent.fixtures.appendingPathComponent("minimal/jurisdictions.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "name: {vi: Bến Tre}", with: "name: {vi: 'Bến <Tre> & \"Co\"'}")
        let body = "Xem {ref}`ben-tre`, {value}`ben-tre/units_with_social_workers_pct/2021-2025`.\n\n"
            + "```chitieu-chart\nchart: bars\nindicator: units_with_social_workers_pct\nperiod: 2021-2025\ncaption: '</svg><script>x</script> & \"q\"'\n```\n\n"
            + "```chitieu-table\nindicator: units_with_social_workers_pct\nperiod: 2021-2025\n```\n"
        let (content, _) = try self.content(vi: body, en: body, files: ["jurisdictions.yaml": jurisdictions])
        defer { content.remove() }
        let (outcome, output) = try build(content)
        #expect(outcome.wrote, "\(outcome.diagnostics)")
        for path in ["plans/nb-plan/index.html", "en/plans/nb-plan/index.html"] {
            let html = try page(output, path)
            #expect(html.contains(">Bến &lt;Tre&gt; &amp; &quot;Co&quot;</a>"), "\(path): the reference and the table's row")
            #expect(html.contains(">30%</a>"), "\(path): the value")
            #expect(html.contains("<figcaption>&lt;/svg&gt;&lt;script&gt;x&lt;/script&gt; &amp; &quot;q&quot;</figcaption>"), "\(path)")
            #expect(html.contains("<text") && html.contains("Bến &lt;Tre&gt; &amp; &quot;Co&quot;</text>"), "\(path): the chart's label")
            #expect(!html.contains("<Tre>") && !html.contains("<script>x"), "\(path)")
        }
    }

    @Test func everyProblemIsACheckErrorAtItsPlace() throws {
        let body = """
        Mục tiêu {value}`ninh-binh/units_with_social_workers_pct/2016-2020` và {ref}`nowhere`.

        ```chitieu-chart
        chart: bars
        indicator: units_with_social_worker_pct
        period: 2021-2025
        ```

        ```chitieu-table
        indicator: units_with_social_workers_pct
        jurisdictions: [ninh-binh, atlantis]
        period: 2011-2015
        value: forecast
        ```

        ```chitieu-table
        indicator: units_with_social_workers_pct
        period: 2011-2015
        ```

        ```chitieu-chart
        chart: budget
        plan: nb-plam
        ```

        ```chitieu-map
        indicator: x
        ```

        """
        let (content, start) = try self.content(vi: body)
        defer { content.remove() }
        let file = "plans/nb-plan.md"
        #expect(check(content) == [
            "\(file):\(start):10: error: 'ninh-binh' has no target of 'units_with_social_workers_pct' for 2016-2020",
            "\(file):\(start):72: error: 'nowhere' is not a jurisdiction, indicator, plan or period",
            "\(file):\(start + 4):12: error: unknown indicator 'units_with_social_worker_pct'",
            "\(file):\(start + 10):28: error: unknown jurisdiction 'atlantis'",
            "\(file):\(start + 12):8: error: 'forecast' is not a kind of value",
            "\(file):\(start + 17):9: error: no jurisdiction of this embed has a target of 'units_with_social_workers_pct' for 2011-2015",
            "\(file):\(start + 22):7: error: unknown plan 'nb-plam'",
            "\(file):\(start + 25):1: error: unknown embed 'chitieu-map'",
        ])
        let (outcome, _) = try build(content)
        #expect(!outcome.wrote)
    }

    @Test func aNumberTypedByHandIsAWarningAtIt() throws {
        let (content, start) = try self.content(vi: "Đến 2025 đạt 60% đơn vị, ngày 15 tháng 12; có 2 người.\n\nĐạt {value}`ninh-binh/units_with_social_workers_pct/2021-2025`, `60` trong mã.\n")
        defer { content.remove() }
        #expect(check(content) == ["plans/nb-plan.md:\(start):14: warning: '60' repeats the 2021-2025 target of 'units_with_social_workers_pct' for 'ninh-binh' by hand"])
    }

    @Test func theSampleNarrativesQuoteEveryFigure() throws {
        let loaded = ContentLoader(root: TempContent.repository.appendingPathComponent("content").path).load()
        let content = try #require(loaded.content)
        let handTyped = ContentCheck.diagnostics(content).filter { $0.message.hasSuffix("by hand") }
        #expect(handTyped.map(\.description) == [])
        let embeds = content.plans.flatMap(\.narratives.values).filter { $0.markdown.contains("```chitieu-") }
        #expect(embeds.count >= 6, "the sample narratives embed charts and tables")
    }
}

extension NarrativeEmbedTests {
    /// The minimal fixture with yearly results and a second period, so every chart has data.
    static let results = """
    jurisdiction,indicator,period,kind,value,low,high,bound,source,note
    ben-tre,units_with_social_workers_pct,2021-2025,target,30,,,,nb-plan,
    ben-tre,staff_trained_pct,2023,result,12.5,,,,"Báo cáo, 2023",ghi chú
    vn,units_with_social_workers_pct,2021-2025,target,60,,,,nb-plan,
    vn,staff_trained_pct,2021-2025,target,30,,,at_least,nb-plan,
    vn,units_with_social_workers_pct,2026-2030,target,90,,,,nb-plan,
    ninh-binh,units_with_social_workers_pct,2026-2030,target,90,,,,nb-plan,
    ninh-binh,units_with_social_workers_pct,2022,result,40,,,,nb-plan,
    ninh-binh,units_with_social_workers_pct,2023,result,50,,,,nb-plan,

    """

    @Test(arguments: ["bars", "grouped", "slope", "line", "bullet", "budget", "heat"])
    func everyChartKindIsDrawn(_ chart: String) throws {
        let asks = [
            "bars": "indicator: units_with_social_workers_pct\nperiod: 2021-2025",
            "grouped": "jurisdiction: ninh-binh",
            "slope": "indicator: units_with_social_workers_pct\nperiods: [2021-2025, 2026-2030]",
            "line": "indicator: units_with_social_workers_pct\njurisdictions: [ninh-binh]",
            "bullet": "jurisdiction: ninh-binh",
            "budget": "plan: nb-plan",
            "heat": "period: 2021-2025\njurisdictions: province",
        ]
        let body = "```chitieu-chart\nchart: \(chart)\n\(asks[chart]!)\ncaption: {vi: Biểu đồ \(chart), en: Chart \(chart)}\n```\n"
        let (content, _) = try self.content(vi: body, en: body, files: ["data/results.csv": Self.results])
        defer { content.remove() }
        #expect(check(content) == [])
        let (outcome, output) = try build(content)
        #expect(outcome.wrote, "\(outcome.diagnostics)")
        for (path, caption) in [("plans/nb-plan/index.html", "Biểu đồ"), ("en/plans/nb-plan/index.html", "Chart")] {
            let html = try page(output, path)
            #expect(html.contains("<figure class=\"chart-wrap embed\" id=\"nb-plan-embed-1\"><figcaption>\(caption) \(chart)</figcaption><svg"), "\(path)")
        }
    }
}
