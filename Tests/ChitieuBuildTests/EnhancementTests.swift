import ChitieuBuild
import ChitieuCore
import ChitieuPages
import ChitieuTestSupport
import Foundation
import Testing

/// Search, sortable tables and chart downloads on the sample site, in both languages: what the
/// build writes for the scripts, and that every page reads without them.
@Suite struct EnhancementTests {
    static let assets = TempContent.repository.appendingPathComponent("themes/default/assets")

    @Test func namesFoldToTheirPlainLetters() {
        #expect(SearchKey.fold("Ninh Bình") == "ninh binh")
        #expect(SearchKey.fold("ĐẮK LẮK") == "dak lak")
        #expect(SearchKey.fold("Bà Rịa – Vũng Tàu") == "ba ria vung tau")
        #expect(SearchKey.fold("47/KH-UBND") == "47 kh ubnd")
    }

    @Test(arguments: [Language.vi, .en])
    func theIndexHoldsEveryJurisdictionIndicatorAndPlanWithFoldedKeys(_ language: Language) throws {
        let files = SummaryTests.sampleSite()
        let prefix = language == .vi ? "" : "en/"
        let data = Data(try #require(files[prefix + "search-index.json"]).utf8)
        let entries = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: String]])
        let hrefs = Set(entries.compactMap { $0["href"] })
        for path in ["jurisdictions/ninh-binh/", "jurisdictions/dak-lak/", "indicators/units_with_social_workers_pct/", "plans/ninh-binh-47-kh-ubnd-2021/"] {
            #expect(hrefs.contains("/" + prefix + path), "\(path) is not in the \(language) index")
        }
        let ninhBinh = try #require(entries.first { $0["href"] == "/\(prefix)jurisdictions/ninh-binh/" })
        #expect(ninhBinh["title"] == "Ninh Bình" && ninhBinh["key"] == "ninh binh")
        #expect(entries.first { $0["title"] == "Đắk Lắk" }?["key"] == "dak lak")
    }

    @Test(arguments: [Language.vi, .en])
    func withoutJavaScriptTheSearchPageListsEverythingInVietnameseOrder(_ language: Language) throws {
        let files = SummaryTests.sampleSite()
        let prefix = language == .vi ? "" : "en/"
        let page = try #require(files[prefix + "search/index.html"])
        #expect(page.contains("<form class=\"search-form\" role=\"search\" data-index=\"/\(prefix)search-index.json\""))
        #expect(page.contains(" hidden>"), "the form shows only once the script has the index")
        let listed = page.components(separatedBy: "id=\"search-all\"")[1].components(separatedBy: "<li><a href=\"").dropFirst()
            .map { $0.components(separatedBy: "\"")[0] }
        let data = Data(try #require(files[prefix + "search-index.json"]).utf8)
        let entries = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: String]])
        let titles = entries.map { $0["title"] ?? "" }
        #expect(listed.count > 60 && listed == entries.map { $0["href"] ?? "" }, "the page lists the index's entries in its order")
        #expect(titles == titles.sortedVietnamese { $0 })
        #expect((titles.firstIndex(of: "Đắk Lắk") ?? 0) > (titles.firstIndex(of: "Cao Bằng") ?? .max), "Đ sorts after C and D, not with A")
    }

    @Test func scriptsAreSameOriginFilesAndNoPageHasInlineHandlers() throws {
        let files = SummaryTests.sampleSite()
        let home = try #require(files["index.html"]), search = try #require(files["en/search/index.html"])
        let sortable = try #require(files.keys.first { $0.hasPrefix("assets/sortable.") && $0.hasSuffix(".js") })
        let searchScript = try #require(files.keys.first { $0.hasPrefix("assets/search.") && $0.hasSuffix(".js") })
        #expect(home.contains("<script src=\"/\(sortable)\" defer></script>") && !home.contains(searchScript))
        #expect(search.contains("<script src=\"/\(searchScript)\" defer></script>"))
        for (path, text) in files where path.hasSuffix(".html") {
            #expect(!text.contains(" onclick=") && !text.contains(" onload=") && !text.contains("<script>"), "\(path) has inline script")
        }
    }

    @Test func theSortScriptStaysUnderFiveKilobytes() throws {
        for name in ["sortable.js", "search.js"] {
            let size = try Data(contentsOf: Self.assets.appendingPathComponent(name)).count
            #expect(size > 500 && size < 5 * 1024, "\(name) is \(size) bytes")
        }
    }

    @Test func numericCellsCarryTheirRawNumberForSorting() throws {
        let files = SummaryTests.sampleSite()
        let vi = try #require(files["jurisdictions/lai-chau/index.html"]), en = try #require(files["en/jurisdictions/lai-chau/index.html"])
        #expect(vi.contains("<td class=\"num\" data-sort=\"2687000000\"><a href=\"/plans/lai-chau-154-qd-ubnd-2012/\">2.687.000.000 ₫"))
        #expect(en.contains("<td class=\"num\" data-sort=\"2687000000\"><a href=\"/en/plans/lai-chau-154-qd-ubnd-2012/\">2,687,000,000 VND"))
    }

    @Test(arguments: ["indicators/units_with_social_workers_pct/", "en/indicators/units_with_social_workers_pct/"])
    func eachTableChartIsOfferedAsSVGAndCSVBesideThePage(_ folder: String) throws {
        let files = SummaryTests.sampleSite()
        let page = try #require(files[folder + "index.html"])
        let svg = try #require(files[folder + "compare-2021-2025.svg"])
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\"") && page.contains(svg))
        #expect(page.contains("<a href=\"/\(folder)compare-2021-2025.svg\" download>"))
        #expect(page.contains("<a href=\"/\(folder)compare-2021-2025.csv\" download>"))
        #expect(files[folder + "compare-2021-2025.csv"] != nil)
    }

    @Test func chartsStandingAloneAreOfferedWithTheirFiguresBesideThePage() throws {
        let files = SummaryTests.sampleSite()
        for (folder, header) in [("jurisdictions/ninh-binh/", "Chỉ tiêu,Giai đoạn,Mục tiêu,Mục tiêu quốc gia\n"),
                                 ("en/jurisdictions/ninh-binh/", "Indicator,Period,Target,National target\n")] {
            let page = try #require(files[folder + "index.html"]), svg = try #require(files[folder + "chart-targets.svg"])
            #expect(page.contains(svg) && page.contains("<a href=\"/\(folder)chart-targets.svg\" download>"))
            let csv = try #require(files[folder + "chart-targets.csv"])
            #expect(csv.hasPrefix(header) && csv.contains("\nunits_with_social_workers_pct,2021-2025,60,60\n"))
        }
        let home = try #require(files["chart-units_with_social_workers_pct.csv"])
        #expect(home.contains("\nben-tre,30\n") && home.contains("\nvn,60\n"))
        #expect(files["index.html"]?.contains("<a href=\"/chart-units_with_social_workers_pct.csv\" download>") == true)
    }
}
