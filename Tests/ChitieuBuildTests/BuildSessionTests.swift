import ChitieuBuild
import ChitieuCore
import ChitieuTestSupport
import Foundation
import Testing

/// A session's rebuilds after edits make exactly the files a full build of the same content
/// makes, while reusing what the edits cannot have changed.
@Suite(.serialized) struct BuildSessionTests {
    func options(_ sample: SampleCopy) -> SiteBuild.Options {
        SiteBuild.Options(content: sample.content, output: sample.root.appendingPathComponent("site").path, theme: sample.theme)
    }

    /// The session's files against a fresh full build, path by path.
    func expectSameAsFullBuild(_ production: SiteBuild.Production?, _ sample: SampleCopy, _ step: String) {
        guard let production else {
            Issue.record("\(step): the session did not rebuild")
            return
        }
        let full = SiteBuild(options: options(sample)).produceSite()
        #expect(production.diagnostics == full.diagnostics, "\(step): diagnostics")
        let mine = Dictionary(uniqueKeysWithValues: production.files.map { ($0.path, $0.data) })
        let theirs = Dictionary(uniqueKeysWithValues: full.files.map { ($0.path, $0.data) })
        #expect(Set(mine.keys) == Set(theirs.keys), "\(step): the same paths")
        let differing = theirs.keys.filter { mine[$0] != nil && mine[$0] != theirs[$0] }.sorted()
        #expect(differing.isEmpty, "\(step): files differ from a full build: \(differing.prefix(5))")
        #expect(production.files.map(\.path) == full.files.map(\.path), "\(step): the same order")
    }

    @Test func rebuildsAfterEditsAreByteIdenticalToFullBuilds() throws {
        let sample = try SampleCopy()
        defer { sample.remove() }
        let session = BuildSession(options: options(sample))
        let first = session.rebuild()
        #expect(first.production?.diagnostics.hasErrors == false)

        #expect(session.rebuild().production == nil, "nothing changed, nothing built")
        try sample.write("content/pages/about.md", try sample.read("content/pages/about.md"))
        #expect(session.rebuild().production == nil, "the same bytes saved again are no change")

        let plan = "content/plans/ninh-binh-47-kh-ubnd-2021.md"
        try sample.replace(plan, "Sở Lao động – Thương binh và Xã hội làm đầu mối", with: "Sở Nội vụ làm đầu mối")
        let narrative = session.rebuild()
        #expect(narrative.changed == [plan].map { sample.content + "/" + $0.dropFirst("content/".count) })
        #expect(narrative.reuse?.content == true, "only the narrative is read again")
        #expect(narrative.reuse?.values == true)
        #expect(narrative.reuse?.narrativesRendered == 1)
        #expect((narrative.reuse?.pagesReused ?? 0) > 0, "pages not showing the plan are kept")
        expectSameAsFullBuild(narrative.production, sample, "a plan's narrative")
        #expect(narrative.production?.files.contains { $0.path == "plans/ninh-binh-47-kh-ubnd-2021/index.html" && String(decoding: $0.data, as: UTF8.self).contains("Sở Nội vụ") } == true)

        let reports = narrative.production?.files.filter { $0.path.hasPrefix("reports/") && $0.path.hasSuffix("/index.html") && String(decoding: $0.data, as: UTF8.self).contains("Sở Nội vụ") }.count ?? 0
        #expect(reports > 0, "the reports show the plan's narrative whole")
        try sample.write(plan, try sample.read(plan) + "\nMột đoạn thêm ở cuối, sau phần trích.\n")
        let tail = session.rebuild()
        #expect(tail.reuse?.pagesMade == 1 + reports, "after the excerpt: the Vietnamese plan page and its reports, not the pages quoting the excerpt")
        expectSameAsFullBuild(tail.production, sample, "a plan's narrative after its excerpt")

        try sample.replace(plan, "Trước khi đặt mục tiêu mới", with: "Trước khi đặt chỉ tiêu mới")
        let excerpt = session.rebuild()
        #expect((excerpt.reuse?.pagesMade ?? 0) > 1 + reports, "the excerpt is quoted on the jurisdiction's page too")
        expectSameAsFullBuild(excerpt.production, sample, "a plan's excerpt")
        #expect(excerpt.production?.files.contains { $0.path == "jurisdictions/ninh-binh/index.html" && String(decoding: $0.data, as: UTF8.self).contains("đặt chỉ tiêu mới") } == true)

        try sample.replace("content/pages/about.md", "## Vì sao lại là công tác xã hội", with: "## Vì sao chọn công tác xã hội")
        let page = session.rebuild()
        #expect(page.reuse?.pagesMade == 1, "the Vietnamese page: the English one has a narrative of its own")
        expectSameAsFullBuild(page.production, sample, "a free page's narrative")

        try FileManager.default.removeItem(atPath: sample.content + "/plans/ninh-binh-47-kh-ubnd-2021.en.md")
        expectSameAsFullBuild(session.rebuild().production, sample, "an English narrative removed: the Vietnamese one is shown")

        try sample.replace(plan, "jurisdiction: ninh-binh", with: "jurisdiction: ninh-binh  ")
        let frontMatter = session.rebuild()
        #expect(frontMatter.reuse?.content == false, "a changed front matter loads the folder again")
        expectSameAsFullBuild(frontMatter.production, sample, "a plan's front matter")

        try sample.replace("content/data/results.csv", "ninh-binh,trainees_short,2011-2015,result,800", with: "ninh-binh,trainees_short,2011-2015,result,900")
        let data = session.rebuild()
        #expect(data.reuse?.values == false, "a data file recomputes the values")
        expectSameAsFullBuild(data.production, sample, "a data file")

        try sample.replace("themes/default/i18n/en.yaml", ": ", with: ":  ")
        let theme = session.rebuild()
        #expect(theme.reuse?.narrativesReused == 0, "the theme's words are in every narrative")
        expectSameAsFullBuild(theme.production, sample, "the theme")
    }

    @Test func aBrokenEditIsADiagnosticAndTheNextGoodOneBuilds() throws {
        let sample = try SampleCopy()
        defer { sample.remove() }
        let session = BuildSession(options: options(sample))
        _ = session.rebuild()
        let plan = "content/plans/lai-chau-154-qd-ubnd-2012.md"
        let good = try sample.read(plan)
        try sample.write(plan, String(good.prefix(good.count / 3)))
        let broken = session.rebuild()
        #expect(broken.production?.diagnostics.hasErrors == true)
        #expect(broken.production?.files.isEmpty == true)
        try sample.write(plan, good)
        expectSameAsFullBuild(session.rebuild().production, sample, "after the file is whole again")
    }
}
