import ChitieuBuild
import ChitieuCore
import ChitieuLoad
import ChitieuModel
import ChitieuSynth
import Foundation
import Testing

/// The benchmarks' synthetic content must be valid content of the real format, the same for the
/// same scale, and grow with the scale.
@Suite struct SyntheticSiteTests {
    func write(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("chitieu-synth-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    @Test func scaleOneIsANationalDeploymentWithNoProblem() throws {
        let root = try write(SyntheticSite(scale: 1).files())
        defer { try? FileManager.default.removeItem(at: root) }
        let loaded = ContentLoader(root: root.path).load()
        let content = try #require(loaded.content)
        let diagnostics = loaded.diagnostics + ContentCheck.diagnostics(content)
        #expect(diagnostics.map(\.description) == [])
        let provinces = content.jurisdictions.filter { $0.level == .province }
        #expect(provinces.count == 63)
        #expect(provinces.filter { $0.validUntil == nil }.count == 34)
        #expect(content.indicators.count == 30)
        #expect(content.indicators.filter { $0.formula != nil }.count == 10)
        #expect(content.plans.count == 161)
        #expect(content.budgets.allSatisfy { (4...8).contains($0.lines.count) })
        #expect(content.site.title[.en].localizedCaseInsensitiveContains("synthetic"))
    }

    @Test func theSameScaleGivesTheSameFilesAndALargerOneMore() {
        #expect(SyntheticSite(scale: 2).files() == SyntheticSite(scale: 2).files())
        let one = SyntheticSite(scale: 1).files(), four = SyntheticSite(scale: 4).files()
        #expect(four.keys.filter { $0.hasPrefix("plans/") }.count == one.keys.filter { $0.hasPrefix("plans/") }.count + 3 * 135 * 2)
    }
}
