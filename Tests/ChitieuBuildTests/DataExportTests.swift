@testable import ChitieuBuild
import ChitieuCompute
import ChitieuCore
import ChitieuModel
import Foundation
import Testing

@Suite struct DataExportTests {
    static let period = Period(start: 2021, end: 2025)

    func row(_ quantity: Quantity, source: String = "plan-a", kind: ValueRow.Kind = .target) -> ValueRow {
        ValueRow(jurisdiction: "ben-tre", indicator: "staff_trained_pct", period: Self.period, kind: kind,
                 quantity: quantity, unit: "percent", computed: false, source: source)
    }

    @Test func rangesAndBoundsFillTheirColumns() {
        #expect(DataExport.cells(.value(60)) == ("60", "", ""))
        #expect(DataExport.cells(.range(1000, 2000)) == ("", "1000", "2000"))
        #expect(DataExport.cells(.atLeast(85)) == ("85", "85", ""))
        #expect(DataExport.cells(.atMost(5)) == ("5", "", "5"))
        #expect(DataExport.cells(.value(2.0 / 3.0 * 100)) == ("66.666667", "", ""))
        #expect(DataExport.cells(.value(-30)) == ("-30", "", ""))
        #expect(DataExport.cells(.value(-0.25)) == ("-0.25", "", ""))
    }

    @Test func writesTheExactColumnsAndOneFilePerIndicator() throws {
        let table = ValuesTable([row(.atLeast(30)), row(.value(-30), source: "target - target of vn", kind: .gap)])
        let files = try DataExport(values: table).files()
        #expect(files.map(\.path) == ["data/values.csv", "data/values.json", "data/indicators/staff_trained_pct.csv"])
        let csv = String(decoding: files[0].data, as: UTF8.self)
        #expect(csv == """
            jurisdiction,indicator,period,kind,value,low,high,unit,computed,source
            ben-tre,staff_trained_pct,2021-2025,target,30,30,,percent,false,plan-a
            ben-tre,staff_trained_pct,2021-2025,gap,-30,,,percent,false,target - target of vn

            """)
        let json = String(decoding: files[1].data, as: UTF8.self)
        #expect(json.hasPrefix("[\n{\"jurisdiction\":\"ben-tre\",\"indicator\":\"staff_trained_pct\",\"period\":\"2021-2025\",\"kind\":\"target\",\"value\":30,\"low\":30,\"high\":null,"))
    }

    @Test func combinedValuesFollowTheirKeyAndStayEmptyWhenNotComparable() throws {
        let stated = row(.value(30))
        let parts = [CombinedValue.Part(jurisdiction: "ben-tre", value: stated, weight: nil),
                     CombinedValue.Part(jurisdiction: "tra-vinh", value: nil, weight: nil)]
        let missing = CombinedValue(jurisdiction: "vinh-long", indicator: "staff_trained_pct", period: Self.period, kind: .target,
                                    unit: "percent", parts: parts, outcome: .notComparable(.missingFigure(["tra-vinh", "vinh-long"])))
        let summed = CombinedValue(jurisdiction: "ben-tre", indicator: "staff_trained_pct", period: Self.period, kind: .target,
                                   unit: "percent", parts: parts, outcome: .combined(.value(40), .sum))
        let files = try DataExport(values: ValuesTable([stated]), combined: [missing, summed]).files()
        #expect(String(decoding: files[0].data, as: UTF8.self) == """
            jurisdiction,indicator,period,kind,value,low,high,unit,computed,source
            ben-tre,staff_trained_pct,2021-2025,target,30,,,percent,false,plan-a
            ben-tre,staff_trained_pct,2021-2025,combined_target,40,,,percent,true,"sum(ben-tre, tra-vinh)"
            vinh-long,staff_trained_pct,2021-2025,combined_target,,,,percent,true,"not comparable: no figure for tra-vinh, vinh-long"

            """)
        #expect(String(decoding: files[1].data, as: UTF8.self).contains("\"kind\":\"combined_target\",\"value\":null,\"low\":null"))
    }

    @Test func spreadsheetFormulasAreNeutralised() {
        #expect(CSVText.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSVText.field("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVText.field("-30") == "-30")
        #expect(CSVText.field("+5") == "+5")
        #expect(CSVText.field("-cmd") == "'-cmd")
        #expect(CSVText.field("-12.5") == "-12.5")
        for text in ["-inf", "-nan", "-0x1p3", "+infinity", "-1e3", "-.", "-", "+1.2.3", "-1-2"] {
            #expect(CSVText.field(text) == "'" + text, "'\(text)' would reach a spreadsheet unneutralised")
        }
        #expect(CSVText.field("Báo cáo, 2023") == "\"Báo cáo, 2023\"")
    }

    /// Each indicator's file is the header and exactly its rows of `values.csv`, in their order;
    /// budget lines go with the budget totals. Sources with commas, quotes and newlines keep
    /// their quoting in both.
    @Test func indicatorFilesAreTheirRowsOfTheWholeFile() throws {
        let indicators = ["a_pct", "budget", "budget/line-1", "z_count", "budget/line-2"]
        let sources = ["plan-a", "Báo cáo, 2023", "say \"so\"", "two\nlines", ""]
        var rows: [ValueRow] = []
        for (index, jurisdiction) in ["ben-tre", "lai-chau", "ninh-binh"].enumerated() {
            for (offset, indicator) in indicators.enumerated() {
                rows.append(ValueRow(jurisdiction: jurisdiction, indicator: indicator, period: Self.period, kind: .target,
                                     quantity: .value(Double(index * 10 + offset)), unit: "percent", computed: false,
                                     source: sources[(index + offset) % sources.count]))
            }
        }
        let export = DataExport(values: ValuesTable(rows))
        let files = try export.files()
        #expect(files.map(\.path) == ["data/values.csv", "data/values.json", "data/indicators/a_pct.csv",
                                      "data/indicators/budget.csv", "data/indicators/z_count.csv"])
        for file in files.dropFirst(2) {
            let id = String(file.path.dropFirst("data/indicators/".count).dropLast(4))
            var expected = UTF8Buffer(capacity: 0)
            expected.appendCSVLine(DataExport.columns)
            for row in export.rows where DataExport.fileID(row.indicator) == id { export.append(row, to: &expected) }
            #expect(file.data == expected.data, "\(file.path)")
        }
        #expect(String(decoding: files[3].data, as: UTF8.self).contains("budget/line-2"))
        #expect(String(decoding: files[0].data, as: UTF8.self).contains("\"two\nlines\""))
    }
}
