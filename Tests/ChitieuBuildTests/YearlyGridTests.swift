import ChitieuBuild
import ChitieuCore
import ChitieuTestSupport
import Foundation
import Testing

/// An indicator page draws every jurisdiction's yearly results as one grid of small panels, with
/// one SVG and one CSV download, instead of a line chart and two files per jurisdiction.
@Suite struct YearlyGridTests {
    static let results = """
    jurisdiction,indicator,period,kind,value,low,high,bound,source,note
    vn,units_with_social_workers_pct,2021-2025,target,60,,,,nb-plan,
    ninh-binh,units_with_social_workers_pct,2022,result,40,,,,nb-plan,
    ninh-binh,units_with_social_workers_pct,2023,result,50,,,,nb-plan,
    ben-tre,units_with_social_workers_pct,2021-2025,target,30,,,,nb-plan,
    ben-tre,units_with_social_workers_pct,2023,result,35,,,,nb-plan,
    ben-tre,units_with_social_workers_pct,2021,result,20,,,,nb-plan,
    vn,units_with_social_workers_pct,2023,result,45,,,,nb-plan,

    """

    static func build() throws -> [String: String] {
        let content = try TempContent(files: ["data/results.csv": results])
        defer { content.remove() }
        let options = SiteBuild.Options(content: content.path, output: content.path + "/site", theme: PageGoldenTests.theme)
        let (files, _, diagnostics) = SiteBuild(options: options).produce()
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        return Dictionary(files.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func oneFigureWithOneSVGAndOneCSV() throws {
        let files = try Self.build()
        for prefix in ["", "en/"] {
            let folder = "\(prefix)indicators/units_with_social_workers_pct/"
            let page = try #require(files[folder + "index.html"])
            #expect(page.components(separatedBy: "id=\"chart-yearly-title\"").count == 2)
            #expect(page.contains("<figure class=\"chart-wrap chart-grid\"><svg"))
            #expect(page.contains("href=\"/\(folder)chart-yearly.svg\" download"))
            #expect(files[folder + "chart-yearly.svg"]?.hasPrefix("<svg") == true)
            #expect(!files.keys.contains { $0.hasPrefix(folder + "chart-line-") })
            // Long form, one row per jurisdiction and year, in the site's order; the national
            // series has one result only, so it is not drawn and not listed.
            let csv = try #require(files[folder + "chart-yearly.csv"]).split(separator: "\n").dropFirst()
            #expect(csv.map(String.init) == ["ben-tre,2021,20", "ben-tre,2023,35", "ninh-binh,2022,40", "ninh-binh,2023,50"])
        }
        let vi = try #require(files["indicators/units_with_social_workers_pct/index.html"])
        #expect(vi.contains("kết quả hằng năm của 2 địa phương từ năm 2021 đến năm 2023; năm 2023, cao nhất là Ninh Bình (50%), thấp nhất là Bến Tre (35%)."))
        let en = try #require(files["en/indicators/units_with_social_workers_pct/index.html"])
        #expect(en.contains("yearly results of 2 jurisdictions from 2021 to 2023; in 2023, the highest is 50% (Ninh Bình) and the lowest 35% (Bến Tre)."))
        #expect(vi.range(of: ">Bến Tre</text>")!.lowerBound < vi.range(of: ">Ninh Bình</text>")!.lowerBound)
    }
}
