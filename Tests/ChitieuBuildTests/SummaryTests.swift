import ChitieuBuild
import ChitieuCore
import ChitieuPages
import ChitieuTestSupport
import Foundation
import Testing

/// The plain-language summaries of the sample site, in both languages, against golden files, and
/// the grammar they rest on.
@Suite struct SummaryTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// The sample site's files by path, built once for every test that reads it.
    static let sample: (files: [String: String], diagnostics: [Diagnostic]) = {
        let repository = TempContent.repository
        let options = SiteBuild.Options(content: repository.appendingPathComponent("content").path, output: "unused",
                                        theme: repository.appendingPathComponent("themes/default").path)
        let production = SiteBuild(options: options).produceSite()
        let files = Dictionary(production.files.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) }, uniquingKeysWith: { a, _ in a })
        return (files, production.diagnostics)
    }()

    static func sampleSite() -> [String: String] {
        #expect(!sample.diagnostics.hasErrors, "\(sample.diagnostics)")
        return sample.files
    }

    /// The summary paragraphs of every jurisdiction and indicator page, and the `<desc>` of the home
    /// page's first chart, one block per page.
    static func summaries(_ files: [String: String], language: Language) -> String {
        let prefix = language == .vi ? "" : "en/"
        let pages = files.keys.filter { path in
            ["jurisdictions/", "indicators/"].contains { path.hasPrefix(prefix + $0) } && path.hasSuffix("/index.html")
                && (language == .en || !path.hasPrefix("en/"))
        }.sorted()
        var text = ""
        for path in pages {
            let paragraphs = between(files[path]!, "<section class=\"summary\"", "</section>").flatMap { between($0, "<p>", "</p>") }
            if !paragraphs.isEmpty { text += "## \(path)\n" + paragraphs.map { $0 + "\n" }.joined() }
        }
        let home = files[prefix + "index.html"] ?? ""
        return text + "## \(prefix)index.html <desc>\n" + (between(home, "-desc\">", "</desc>").first ?? "") + "\n"
    }

    static func between(_ text: String, _ start: String, _ end: String) -> [String] {
        text.components(separatedBy: start).dropFirst().compactMap { $0.components(separatedBy: end).first }
            .map { $0.hasPrefix(">") || $0.hasPrefix(" ") ? String($0.drop { $0 != ">" }.dropFirst()) : $0 }
    }

    @Test func summariesMatchTheirGoldens() throws {
        let files = Self.sampleSite()
        for language in [Language.vi, .en] {
            let text = Self.summaries(files, language: language)
            #expect(text.contains("Bến Tre"))
            try Golden.check(text, against: Self.golden.appendingPathComponent("summaries.\(language.rawValue).txt"))
        }
    }

    @Test func benTreIsComparedWithTheNationalTargetInWords() {
        let files = Self.sampleSite()
        let vi = files["jurisdictions/ben-tre/index.html"] ?? "", en = files["en/jurisdictions/ben-tre/index.html"] ?? ""
        #expect(vi.contains("là 30%, thấp hơn 30 điểm phần trăm so với mục tiêu quốc gia 60%; xếp thứ 2 trong 2 địa phương."))
        #expect(en.contains("is 30%, 30 percentage points below the national 60%; it ranks 2nd of 2 jurisdictions."))
    }

    @Test func summariesAreTheChartsDescriptions() {
        let files = Self.sampleSite()
        let page = files["en/indicators/units_with_social_workers_pct/index.html"] ?? ""
        let sentence = "In 2021–2025, 3 jurisdictions set a target for units with social-work staff, from 30% (Bến Tre) to 60%"
        #expect(page.contains("<p>" + sentence))
        #expect(page.contains("-desc\">" + sentence))
    }

    @Test func ordinalsCountsAndPointsAgreeWithTheirNumber() {
        let en = Grammar(.en), vi = Grammar(.vi)
        #expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(en.ordinal) ==
                ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th"])
        #expect(vi.ordinal(1) == "thứ nhất" && vi.ordinal(3) == "thứ 3")
        #expect(en.points(1) == "1 percentage point" && en.points(-30) == "30 percentage points" && en.points(2.5) == "2.5 percentage points")
        #expect(vi.points(1) == "1 điểm phần trăm" && vi.points(2.5) == "2,5 điểm phần trăm")
        #expect(en.count(1, one: "jurisdiction", other: "jurisdictions") == "1 jurisdiction")
        #expect(en.count(1200, one: "jurisdiction", other: "jurisdictions") == "1,200 jurisdictions")
        #expect(vi.count(1200, one: "địa phương", other: "địa phương") == "1.200 địa phương")
    }
}
