import ChitieuBuild
import ChitieuCore
import ChitieuTestSupport
import Foundation
import Testing

/// Hostile text in names, sources and narratives comes out escaped for where it lands (text,
/// attribute, URL, SVG text), and formula-looking CSV cells are neutralised.
@Suite struct InjectionTests {
    /// It ends with a `<` that a combining mark follows, one Character, which must be escaped all the same.
    static let hostile = #"Bến Tre <script>alert(1)</script> \"q\" 'a' </svg><img src=x onerror=alert(2)> <\#u{301}b>"#

    func build() throws -> [String: String] {
        let minimal = TempContent.fixtures.appendingPathComponent("minimal")
        let jurisdictions = try String(contentsOf: minimal.appendingPathComponent("jurisdictions.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "name: {vi: Bến Tre}", with: "name: {vi: \"\(Self.hostile)\"}")
        let indicators = try String(contentsOf: minimal.appendingPathComponent("indicators.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "name: {vi: Số người được tập huấn, en: Trainees}",
                                  with: "name: {vi: \"Số </text></svg><script>alert(6)</script>\", en: Trainees}\n  unit_label: {vi: \"người <b onmouseover=alert(7)>\"}")
        let plan = try String(contentsOf: minimal.appendingPathComponent("plans/nb-plan.md"), encoding: .utf8)
            .replacingOccurrences(of: "cite: Mục II", with: "cite: \"Mục II\\\" onclick=\\\"alert(8)\"")
            + "\n[một](javascript:alert(3)) [hai](&#106;avascript:alert(4)) <script>alert(5)</script>\n"
        let csv = try String(contentsOf: minimal.appendingPathComponent("data/results.csv"), encoding: .utf8)
            .replacingOccurrences(of: "\"Báo cáo, 2023\"", with: "\"=HYPERLINK(\"\"http://x\"\")\"")
        let content = try TempContent(files: ["jurisdictions.yaml": jurisdictions, "indicators.yaml": indicators, "plans/nb-plan.md": plan, "data/results.csv": csv])
        defer { content.remove() }
        let theme = TempContent.repository.appendingPathComponent("themes/default").path
        let (files, _, diagnostics) = SiteBuild(options: .init(content: content.path, output: content.path + "-site", theme: theme)).produce()
        #expect(!diagnostics.hasErrors, "\(diagnostics.map(\.description))")
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) })
    }

    @Test func nothingHostileSurvivesUnescaped() throws {
        let files = try build()
        #expect(files.count > 10)
        for (path, text) in files where !path.hasSuffix(".csv") && !path.hasSuffix(".json") {
            #expect(!text.contains("<script>alert"), "\(path) runs a script")
            #expect(!text.contains("<img src=x"), "\(path) has an injected element")
            #expect(!text.contains("href=\"&#106;"), "\(path) links to an encoded javascript:")
            #expect(!text.contains("</svg><img"), "\(path) closes an SVG early")
            #expect(!text.contains("</text></svg><script"), "\(path) lets an indicator name close its chart")
            #expect(!text.contains("<b onmouseover"), "\(path) lets a unit label open an element")
            #expect(!text.contains("\" onclick=\"alert"), "\(path) lets a citation close its attribute")
            #expect(text.range(of: "<\u{301}", options: .literal) == nil, "\(path) leaves a < before a combining mark unescaped")
        }
        let indicator = try #require(files["indicators/trainees/index.html"])
        #expect(indicator.contains("Số &lt;/text&gt;&lt;/svg&gt;&lt;script&gt;alert(6)&lt;/script&gt;"))
        #expect(indicator.contains("người &lt;b onmouseover=alert(7)&gt;"))
        #expect(files.values.contains { $0.contains("Mục II&quot; onclick=&quot;alert(8)") })
        let page = try #require(files["jurisdictions/ben-tre/index.html"])
        #expect(page.contains("Bến Tre &lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    /// ChitieuMarkdown renders with cmark's unsafe option (so generated HTML survives); links to
    /// script schemes lose their destination on the tree first.
    @Test func markdownLinksToJavascriptAreDropped() throws {
        let files = try build()
        for (path, text) in files where path.hasSuffix(".html") {
            #expect(!text.lowercased().contains("href=\"javascript:"), "\(path) links to javascript:")
        }
        let plan = try #require(files["plans/nb-plan/index.html"])
        #expect(plan.contains("<a href=\"\">một</a>") && plan.contains("<a href=\"\">hai</a>"))
    }

    @Test func formulaLookingCellsAreNeutralisedInTheExport() throws {
        let csv = try #require(try build()["data/values.csv"])
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""))
        #expect(!csv.contains(",=HYPERLINK"))
    }
}
