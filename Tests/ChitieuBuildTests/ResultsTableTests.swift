import ChitieuBuild
import ChitieuCore
import ChitieuTestSupport
import Foundation
import Testing

/// The results table of a jurisdiction: an indicator per row and a period per column, as built
/// from the sample content.
@Suite struct ResultsTableTests {
    static let files: [String: String] = {
        let repository = TempContent.repository
        let options = SiteBuild.Options(content: repository.appendingPathComponent("content").path, output: "/nonexistent/site",
                                        theme: repository.appendingPathComponent("themes/default").path)
        let (files, _, _) = SiteBuild(options: options).produce()
        return Dictionary(files.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) }, uniquingKeysWith: { first, _ in first })
    }()

    func resultsTable(_ path: String) throws -> Substring {
        let page = try #require(Self.files[path])
        let start = try #require(page.range(of: #"<figure class="data-table" id="results">"#))
        let end = try #require(page.range(of: "</figure>", range: start.upperBound..<page.endIndex))
        return page[start.lowerBound..<end.upperBound]
    }

    @Test func periodsAreColumnsAndBaselinesHaveTheirOwn() throws {
        let table = try resultsTable("jurisdictions/ninh-binh/index.html")
        let header = #"<tr><th scope="col">Chỉ tiêu</th><th scope="col" class="num">Hiện trạng 2010–2015</th><th scope="col" class="num">2011–2015</th><th scope="col" class="num">2013–2018</th><th scope="col" class="num">Hiện trạng 2016–2020</th><th scope="col" class="num">2016–2020</th><th scope="col" class="num">Hiện trạng 2021</th></tr>"#
        #expect(table.contains(header))
        let english = try resultsTable("en/jurisdictions/ninh-binh/index.html")
        #expect(english.contains(#"<th scope="col" class="num">Baseline 2016–2020</th><th scope="col" class="num">2016–2020</th>"#))
        let csv = try #require(Self.files["jurisdictions/ninh-binh/results.csv"])
        #expect(csv.hasPrefix("Chỉ tiêu,Hiện trạng 2010–2015,2011–2015,2013–2018,Hiện trạng 2016–2020,2016–2020,Hiện trạng 2021\n"))
    }

    @Test func eachIndicatorIsOneRowWithACellPerColumn() throws {
        let table = try resultsTable("jurisdictions/ninh-binh/index.html")
        let rows = table.components(separatedBy: "<tr><th scope=\"row\">").dropFirst()
        let indicators = rows.map { $0.prefix { $0 != ">" } }
        #expect(Set(indicators).count == indicators.count, "an indicator appears once")
        for row in rows { #expect(row.components(separatedBy: "<td").count - 1 == 6, "\(row.prefix(80))") }
    }

    @Test func aComputedIndicatorsFormulaIsSaidOnceUnderTheTable() throws {
        let table = try resultsTable("jurisdictions/ninh-binh/index.html")
        let note = "Số lượt người được tập huấn mỗi năm: tính theo công thức per_year(trainees_short)."
        #expect(table.components(separatedBy: note).count == 2)
        #expect(!table.contains("<span class=\"note\">(per_year(trainees_short))</span>"), "not in every cell")
        let english = try resultsTable("en/jurisdictions/ninh-binh/index.html")
        #expect(english.contains("computed by the formula per_year(trainees_short)."))
    }
}
