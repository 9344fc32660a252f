import ChitieuBuild
import ChitieuCore
import ChitieuTestSupport
import Foundation
import Testing

/// `build --previous`: the sample site built, one value changed, built again against the first
/// build; `/changes/`, `data/changes.csv` and the revised mark show exactly that value.
@Suite(.serialized) struct EditionChangesPageTests {
    static let repository = TempContent.repository
    static let changedRow = "ninh-binh,trainees_short,2016-2020,result,1200,"

    final class Workspace {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("chitieu-changes-\(UUID().uuidString)")
        var content: String { root.appendingPathComponent("content").path }
        deinit { try? FileManager.default.removeItem(at: root) }

        init() throws {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: EditionChangesPageTests.repository.appendingPathComponent("content"),
                                             to: root.appendingPathComponent("content"))
        }

        func build(_ output: String, previous: String? = nil) -> SiteBuild.Outcome {
            let options = SiteBuild.Options(content: content, output: root.appendingPathComponent(output).path,
                                            theme: EditionChangesPageTests.repository.appendingPathComponent("themes/default").path,
                                            previous: previous.map { $0.hasPrefix("/") ? $0 : root.appendingPathComponent($0).path })
            return SiteBuild(options: options).run()
        }

        func read(_ path: String) throws -> String {
            try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        }

        func changeOneValue() throws {
            let results = root.appendingPathComponent("content/data/results.csv")
            let text = try String(contentsOf: results, encoding: .utf8)
            #expect(text.contains(EditionChangesPageTests.changedRow))
            try Data(text.replacingOccurrences(of: EditionChangesPageTests.changedRow, with: "ninh-binh,trainees_short,2016-2020,result,1300,").utf8)
                .write(to: results)
        }
    }

    /// The body rows of the page's tables, tags dropped.
    static func rows(_ html: String) -> [String] {
        html.components(separatedBy: "<tr>").dropFirst().filter { $0.contains("<td") }.map {
            $0.components(separatedBy: "</tr>")[0].replacingOccurrences(of: #"<[^>]+>"#, with: " ", options: .regularExpression)
                .replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression).trimmingCharacters(in: .whitespaces)
        }
    }

    @Test func theChangesPageListsExactlyTheOneChangedValue() throws {
        let work = try Workspace()
        #expect(work.build("first").wrote)
        try work.changeOneValue()
        let second = work.build("second", previous: "first")
        #expect(second.wrote, "\(second.diagnostics.map(\.description))")
        let vi = Self.rows(try work.read("second/changes/index.html")), en = Self.rows(try work.read("second/en/changes/index.html"))
        #expect(vi
                == ["Số lượt người được tập huấn kỹ năng 2016–2020 Kết quả Sửa ≥ 1.200 người ≥ 1.300 người Kế hoạch thực hiện Chương trình phát triển công tác xã hội trên địa bàn tỉnh Ninh Bình giai đoạn 2021–2030"])
        #expect(en
                == ["People given skills training 2016–2020 Result Revised ≥ 1,200 people ≥ 1,300 people Ninh Bình&#39;s plan for the social work development programme, 2021–2030"])
        #expect(try work.read("second/changes/index.html").contains("thêm 0, bỏ 0, sửa 1"))
        #expect(try work.read("second/data/changes.csv").split(separator: "\n").dropFirst()
                == ["ninh-binh,trainees_short,2016-2020,result,revised,1200,1200,,1300,1300,,ninh-binh-47-kh-ubnd-2021,ninh-binh-47-kh-ubnd-2021"])
        let page = try work.read("second/jurisdictions/ninh-binh/index.html")
        #expect(page.components(separatedBy: "revised\"><a").count - 1 == 1, "the revised value is marked once, in the results table")
        #expect(page.contains("≥ 1.300 người</a> <span class=\"note\">(đã sửa, trước là ≥ 1.200 người)</span>"))
        #expect(try work.read("second/en/indicators/trainees_short/index.html").contains("(revised, was ≥ 1,200 people)"))
        #expect(!(try work.read("second/jurisdictions/vn/index.html")).contains("revised\""))
    }

    @Test func withoutAnEarlierEditionThePageSaysSoAndTheCSVHasOnlyItsHeader() throws {
        let work = try Workspace()
        #expect(work.build("site").wrote)
        #expect(Self.rows(try work.read("site/changes/index.html")).isEmpty)
        #expect(try work.read("site/changes/index.html").contains("không so với lần xuất bản trước"))
        #expect(try work.read("site/en/changes/index.html").contains("not compared with an earlier edition"))
        #expect(try work.read("site/data/changes.csv").split(separator: "\n").count == 1)
        let same = work.build("again", previous: "site")
        #expect(same.wrote)
        #expect(try work.read("again/en/changes/index.html").contains("No value was added, removed or revised"))
    }

    @Test func aBadEarlierEditionFailsTheBuildAndLeavesTheSiteAsItWas() throws {
        let work = try Workspace()
        #expect(work.build("site").wrote)
        let before = try work.read("site/index.html")
        let missing = work.build("site", previous: "nowhere")
        #expect(!missing.wrote)
        #expect(missing.diagnostics.map(\.message) == ["no earlier edition here: neither a file nor a folder with data/values.csv"])
        try FileManager.default.createDirectory(at: work.root.appendingPathComponent("old/data"), withIntermediateDirectories: true)
        try Data("jurisdiction,indicator,period,kind,value,low,high,unit,computed,source\nvn,x,2021-2025,target,abc,,,percent,false,p\n".utf8)
            .write(to: work.root.appendingPathComponent("old/data/values.csv"))
        let malformed = work.build("site", previous: "old")
        #expect(!malformed.wrote)
        #expect(malformed.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.message)" } == ["2:23 'abc' in 'value' is not a number"])
        #expect(try work.read("site/index.html") == before)
    }

    @Test func theSamplesEarlierEditionDiffersByItsThreeDocumentedEdits() throws {
        let work = try Workspace()
        let outcome = work.build("site", previous: EditionChangesPageTests.repository.appendingPathComponent("editions/2025-06").path)
        #expect(outcome.wrote, "\(outcome.diagnostics.map(\.description))")
        #expect(try work.read("site/data/changes.csv").split(separator: "\n").dropFirst().map { $0.split(separator: ",").prefix(5).joined(separator: " ") } == [
            "ninh-binh trainees_short 2016-2020 result revised", "ninh-binh trainees_short 2021 result removed", "vn service_centres 2014 result added",
        ])
    }
}
