import ChitieuBuild
import ChitieuCore
import ChitieuTestSupport
import Foundation
import Testing

/// Rendered pages compared byte for byte with files under `Golden/`; re-record with `CHITIEU_RECORD=1`.
@Suite struct PageGoldenTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let theme = TempContent.repository.appendingPathComponent("themes/default").path

    static func build() throws -> [String: String] {
        let content = try TempContent()
        defer { content.remove() }
        let options = SiteBuild.Options(content: content.path, output: content.path + "/site", theme: theme)
        let (files, _, diagnostics) = SiteBuild(options: options).produce()
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        return Dictionary(files.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) }, uniquingKeysWith: { a, _ in a })
    }

    @Test(arguments: [
        ("jurisdictions/ninh-binh/index.html", "jurisdiction.vi.html"),
        ("en/jurisdictions/ninh-binh/index.html", "jurisdiction.en.html"),
        ("indicators/units_with_social_workers_pct/index.html", "indicator.vi.html"),
        ("en/indicators/units_with_social_workers_pct/index.html", "indicator.en.html"),
        ("reports/ninh-binh/2025/index.html", "report.vi.html"),
        ("en/reports/ninh-binh/2025/index.html", "report.en.html"),
    ])
    func pageMatchesItsGolden(_ path: String, _ golden: String) throws {
        let files = try Self.build()
        let page = try #require(files[path])
        try Golden.check(page, against: Self.golden.appendingPathComponent(golden))
    }
}
