import ChitieuBuild
import ChitieuCore
import ChitieuTestSupport
import Foundation
import Testing

/// Which annual reports a site builds, and what a report page holds beyond its golden.
@Suite struct ReportPageTests {
    static let theme = TempContent.repository.appendingPathComponent("themes/default").path

    func build(siteYAMLAppending extra: String) throws -> (files: [String: String], diagnostics: [Diagnostic]) {
        let content = try TempContent()
        defer { content.remove() }
        let site = try String(contentsOf: content.root.appendingPathComponent("site.yaml"), encoding: .utf8)
        try content.write("site.yaml", site + extra)
        let (files, _, diagnostics) = SiteBuild(options: .init(content: content.path, output: content.path + "/site", theme: Self.theme)).produce()
        return (Dictionary(files.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) }, uniquingKeysWith: { a, _ in a }), diagnostics)
    }

    @Test func reportYearsChooseTheReportsBuilt() throws {
        let (files, diagnostics) = try build(siteYAMLAppending: "report_years: [2025, 2023]\n")
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        for path in ["reports/ninh-binh/2023/index.html", "reports/ninh-binh/2025/index.html", "en/reports/ninh-binh/2023/index.html"] {
            #expect(files[path] != nil, "\(path) is missing")
        }
        #expect(files["reports/ninh-binh/2024/index.html"] == nil)
        let jurisdiction = try #require(files["jurisdictions/ninh-binh/index.html"])
        #expect(jurisdiction.contains(#"<a href="/reports/ninh-binh/2023/">Báo cáo năm 2023</a>"#))
    }

    /// A report shares its jurisdiction page's tables, made once for both, but shows only the
    /// results of periods begun by its year.
    @Test func reportsShowTheirJurisdictionsTablesUpToTheirYear() throws {
        let (files, diagnostics) = try build(siteYAMLAppending: "report_years: [2025, 2015]\n")
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        func table(_ id: String, in path: String) throws -> String {
            let page = try #require(files[path], "\(path) is missing")
            let start = try #require(page.range(of: "<table>\n<caption id=\"\(id)-caption\""), "no table \(id) in \(path)")
            return String(page[start.lowerBound..<page[start.lowerBound...].range(of: "</table>")!.upperBound])
        }
        let page = "jurisdictions/ninh-binh/index.html", latest = "reports/ninh-binh/2025/index.html", early = "reports/ninh-binh/2015/index.html"
        #expect(try table("results", in: latest) == table("results", in: page))
        #expect(try table("targets-2021-2025", in: latest) == table("targets-2021-2025", in: page))
        // The fixture's results are of 2016–2020: none had begun by 2015.
        #expect(try table("results", in: page).contains(">2016–2020</th>"))
        let earlyReport = try #require(files[early])
        #expect(!earlyReport.contains("results-caption") && earlyReport.contains("id=\"report-"))
    }

    @Test func aReportYearThatIsNotAYearIsAnError() throws {
        let (files, diagnostics) = try build(siteYAMLAppending: "report_years: [2025, next]\n")
        #expect(files.isEmpty)
        #expect(diagnostics.contains { $0.message == "report year 'next' is not a year" && $0.location.line == 10 })
    }

    @Test func theReportSetsItsRunningHeadAndLinksItsSections() throws {
        let (files, _) = try build(siteYAMLAppending: "")
        let report = try #require(files["reports/ninh-binh/2025/index.html"])
        #expect(report.contains(#"<style>@page { @top-left { content: "Ninh Bình · báo cáo năm 2025"; } }"#))
        #expect(report.contains(##"<a href="#report-annex">Phụ lục: toàn bộ số liệu và nguồn</a>"##))
        #expect(report.contains(#"<section class="report-section" id="report-annex""#))
    }
}
