import ChitieuBuild
import ChitieuCore
import ChitieuTestSupport
import Foundation
import Testing

/// `/status/`, `data/status.csv` and the required pace tables on the sample site, in both languages.
@Suite struct ReportingStatusPageTests {
    static let files: [String: String] = {
        let repository = TempContent.repository
        let options = SiteBuild.Options(content: repository.appendingPathComponent("content").path, output: "unused",
                                        theme: repository.appendingPathComponent("themes/default").path)
        let production = SiteBuild(options: options).produceSite()
        return Dictionary(production.files.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) }, uniquingKeysWith: { a, _ in a })
    }()

    static func text(_ path: String) -> String {
        (files[path] ?? "").replacingOccurrences(of: #"<[^>]+>"#, with: " ", options: .regularExpression)
            .replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
    }

    @Test func theStatusPageCountsAndListsWhatTheReportLacks() {
        let vi = Self.text("status/index.html"), en = Self.text("en/status/index.html")
        #expect(vi.contains("Kết quả còn thiếu cho báo cáo năm 2025"))
        #expect(en.contains("Results still missing for the 2025 report"))
        // Bến Tre: eleven 2021–2025 targets, no result, all eleven missing for 2025.
        #expect(vi.contains("Bến Tre 11 0 0 11"))
        #expect(en.contains("Bến Tre 11 0 0 11"))
        // A row per jurisdiction and indicator, a column per period (2010–2015 … 2026–2030).
        #expect(en.contains("Ninh Bình People given skills training — — has result, source; no target — — — has result, source; no target — — —"))
        #expect(vi.contains("Ninh Bình Số lượt người được tập huấn kỹ năng — — có kết quả, nguồn; thiếu mục tiêu — — —"))
        #expect(en.contains("Bến Tre Units with social-work staff — — — — — — — has target, source; no result — —"))
    }

    @Test func statusCSVHasARowPerEntry() throws {
        let lines = try #require(Self.files["data/status.csv"]).split(separator: "\n")
        #expect(lines.first == "jurisdiction,indicator,period,has_target,has_result,has_source,target,result,result_period,source,missing_for_report")
        #expect(lines.contains("ben-tre,units_with_social_workers_pct,2021-2025,true,false,true,30,,,ben-tre-sldtbxh-2021,2025"))
        #expect(lines.contains("vn,service_centres,2010-2015,true,true,true,10,30,2014,decision-32-2010,"))
        #expect(lines.contains("ninh-binh,trainees_short,2016-2020,false,true,true,,1200,2016-2020,ninh-binh-47-kh-ubnd-2021,"))
    }

    @Test func requiredPaceOnJurisdictionIndicatorAndReportPages() {
        let row = "Số lượt người được tập huấn mỗi năm 2021–2030 ≥ 800 người/năm ≥ 240 người/năm (2016–2020) +56 người/năm +16 người/năm Cần tăng tốc"
        #expect(Self.text("jurisdictions/ninh-binh/index.html").contains(row))
        #expect(Self.text("reports/ninh-binh/2025/index.html").contains(row))
        #expect(Self.text("en/jurisdictions/ninh-binh/index.html")
                .contains("People given skills training per year 2021–2030 ≥ 800 people a year ≥ 240 people a year (2016–2020) +56 people a year +16 people a year Needs acceleration"))
        #expect(Self.text("en/indicators/service_centres/index.html")
                .contains("Viet Nam 2010–2015 10 centres 30 centres (2014) — (the target is met) — (no baseline or earlier result to compare with) Target met"))
        #expect(Self.text("indicators/service_centres/index.html").contains("Đã đạt mục tiêu"))
    }
}
