import ChitieuBuild
import ChitieuTestSupport
import Foundation
import Testing

/// The sample site's boundary changes as a reader meets them.
@Suite struct LineagePagesTests {
    static let site: URL = {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("chitieu-lineage-\(UUID().uuidString)/site")
        let repository = TempContent.repository
        _ = SiteBuild(options: .init(content: repository.appendingPathComponent("content").path, output: output.path,
                                     theme: repository.appendingPathComponent("themes/default").path)).run()
        return output
    }()

    func page(_ path: String) throws -> String {
        try String(contentsOf: Self.site.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func vinhLongShowsBenTresTargetsAsAPredecessors() throws {
        let html = try page("jurisdictions/vinh-long/index.html")
        #expect(html.contains("Mục tiêu giai đoạn 2021–2025 của Vĩnh Long trên địa giới hiện nay, theo từng đơn vị tiền thân"))
        #expect(html.contains("<th scope=\"col\" class=\"num\">Bến Tre</th>"))
        #expect(html.contains("Kế hoạch của các đơn vị tiền thân"))
        #expect(html.contains("không so sánh được"))
        #expect(html.contains("thiếu số liệu của Vĩnh Long (địa giới cũ), Trà Vinh"))
    }

    @Test func ninhBinhSaysWhatEachPeriodCovers() throws {
        let html = try page("jurisdictions/ninh-binh/index.html")
        #expect(html.contains("2021–2025: theo kế hoạch, số liệu của Ninh Bình trên địa giới trước ngày 1 tháng 7 năm 2025; trên địa giới hiện nay cần thêm số liệu của Hà Nam, Nam Định."))
        #expect(html.contains("2026–2030: Ninh Bình trên địa giới từ ngày 1 tháng 7 năm 2025, gồm cả Hà Nam, Nam Định trước đây."))
    }

    @Test func aFormerProvinceLinksToItsSuccessor() throws {
        let html = try page("en/jurisdictions/ben-tre/index.html")
        #expect(html.contains("Since 1 July 2025, Bến Tre has been part of Vĩnh Long"))
        #expect(html.contains("<a href=\"/en/jurisdictions/vinh-long/\">Go to Vĩnh Long</a>"))
    }

    @Test func theComparisonHasBothViews() throws {
        let planned = try page("compare/index.html"), today = try page("compare/today/index.html")
        #expect(planned.contains("<a href=\"/compare/today/\">Theo địa giới hiện nay</a>"))
        #expect(today.contains("<a href=\"/compare/\">Theo kế hoạch (địa giới lúc lập kế hoạch)</a>"))
        #expect(try page("index.html").contains("id=\"today-heading\""))
        let csv = try page("data/values.csv")
        #expect(csv.contains("vinh-long,units_with_social_workers_pct,2021-2025,combined_target,,,,percent,true,\"not comparable: no figure for vinh-long, tra-vinh\""))
    }
}
