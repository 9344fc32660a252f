import ChitieuCore
import ChitieuLoad
import ChitieuModel
import ChitieuTestSupport
import Foundation
import Testing

/// `build --previous` input: a former site folder or its values.csv, and every way it can be wrong.
@Suite struct PreviousEditionLoaderTests {
    static let header = "jurisdiction,indicator,period,kind,value,low,high,unit,computed,source\n"

    func load(_ csv: String, at path: String = "site/data/values.csv", open: String = "site") throws -> (values: [PublishedValue], printed: String) {
        let folder = try TempContent(files: [path: csv])
        defer { folder.remove() }
        let loaded = PreviousEditionLoader(path: folder.path + "/" + open).load()
        return (loaded.values, loaded.diagnostics.map { folder.relative($0.description) }.joined(separator: "\n"))
    }

    @Test func aFormerSiteFolderOrItsCSVReadsBackEveryKindOfQuantity() throws {
        let csv = Self.header + """
            vn,units_pct,2021-2025,target,60,,,percent,false,plan
            vn,staff_pct,2021-2025,target,30,30,,percent,false,plan
            vn,cost,2021-2025,target,5,,5,VND,false,plan
            vn,people,2021-2025,target,,1000,2000,person,false,"plan, p. 3"
            vn,units_pct,2021-2025,combined_target,,,,percent,true,not comparable
            """ + "\n"
        let fromFolder = try load(csv)
        #expect(fromFolder.printed == "")
        #expect(fromFolder.values.map(\.quantity) == [.value(60), .atLeast(30), .atMost(5), .range(1000, 2000)])
        #expect(fromFolder.values.last?.source == "plan, p. 3")
        #expect(fromFolder.values.first?.period == Period(start: 2021, end: 2025))
        #expect(try load(csv, open: "site/data/values.csv").values.count == 4)
    }

    @Test func aMissingEditionIsADiagnostic() throws {
        #expect(try load(Self.header, open: "nowhere").printed
                == "nowhere: error: no earlier edition here: neither a file nor a folder with data/values.csv\n  hint: give --previous a former output folder (site/) or its data/values.csv")
        #expect(try load(Self.header, at: "site/other.csv").printed.contains("no earlier edition here"))
    }

    @Test func malformedRowsAreDiagnosticsWithTheirLineAndColumn() throws {
        let csv = Self.header + """
            vn,units_pct,2021-2025,target,6O,,,percent,false,plan
            vn,units_pct,2021/2025,target,60,,,percent,false,plan
            vn,units_pct,2021-2025,target,60,,,percent,maybe,plan
            vn,units_pct,2021-2025,target,,,,percent,false,plan
            vn,units_pct,2021-2025
            """ + "\n"
        let loaded = try load(csv)
        #expect(loaded.values.isEmpty)
        #expect(loaded.printed.split(separator: "\n").filter { $0.contains("error") } == [
            "site/data/values.csv:2:31: error: '6O' in 'value' is not a number",
            "site/data/values.csv:3:14: error: '2021/2025' is not a period",
            "site/data/values.csv:4:44: error: 'computed' is 'maybe'",
            "site/data/values.csv:5:31: error: the row has no value",
            "site/data/values.csv:6:1: error: row has 3 fields but the header has 10",
        ])
    }

    @Test func aFileThatIsNotAValuesTableIsOneDiagnostic() throws {
        let loaded = try load("name,age\nAn,3\n")
        #expect(loaded.printed.hasPrefix("site/data/values.csv:1:1: error: this is not the values.csv of a Chitieu site"))
        #expect(try load("\u{FF}\u{FE}garbage").printed.contains("error"))
    }
}
