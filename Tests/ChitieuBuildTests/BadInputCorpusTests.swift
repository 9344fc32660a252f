import ChitieuBuild
import ChitieuCore
import ChitieuTestSupport
import Foundation
import Testing

/// The bad-input corpus through a whole build, as `chitieu build` runs it: each case, built over
/// the good site's output, is an error naming the file and line, and the output keeps its bytes.
@Suite(.serialized) struct BadInputCorpusTests {
    static let fixtures = TempContent.fixtures
    /// Loader cases (`bad/`, whose loader diagnostics `BadInputTests` checks), and cases only the
    /// engine finds (`bad-formulas/`) or only the narratives' rendering finds (`bad-narratives/`:
    /// embeds, roles, Markdown limits), whose build diagnostics are checked here.
    static let built = ["bad-formulas", "bad-narratives"]
    static let cases: [String] = (["bad"] + built).flatMap { folder in
        ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.appendingPathComponent(folder).path)) ?? []).sorted().map { folder + "/" + $0 }
    }
    /// Problems that concern a file as a whole, which has no line to point at.
    static let wholeFile = ["required file is missing", "translation has no"]
    static let theme = TempContent.repository.appendingPathComponent("themes/default").path

    @Test func theCorpusHasAtLeastFortyCases() {
        #expect(Self.cases.count >= 40)
    }

    @Test(arguments: cases.filter { !$0.hasSuffix("/unknown-key") })
    func aBadCaseFailsAndLeavesTheLastGoodSite(_ name: String) throws {
        let good = try TempContent()
        let output = URL(fileURLWithPath: good.path + "-site")
        defer { good.remove(); try? FileManager.default.removeItem(at: output) }
        #expect(SiteBuild(options: .init(content: good.path, output: output.path, theme: Self.theme)).run().wrote)
        let before = try SiteCrawl.files(output)

        let overlay = Self.fixtures.appendingPathComponent(name)
        let bad = try TempContent(overlay: overlay)
        defer { bad.remove() }
        let outcome = SiteBuild(options: .init(content: bad.path, output: output.path, theme: Self.theme)).run()
        #expect(!outcome.wrote)
        let errors = outcome.diagnostics.filter { $0.severity == .error }
        #expect(!errors.isEmpty, "\(name) gave no error")
        for error in errors {
            #expect(error.location.file.hasPrefix(bad.path + "/"), "\(name): '\(error)' names no content file")
            if !Self.wholeFile.contains(where: error.message.hasPrefix) { #expect(error.location.line > 0, "\(name): '\(error)' names no line") }
        }
        #expect(try SiteCrawl.files(output) == before, "\(name) changed the last good site")
        if Self.built.contains(where: { name.hasPrefix($0 + "/") }) {
            let printed = outcome.diagnostics.map { bad.relative($0.description) }.joined(separator: "\n") + "\n"
            try Golden.check(printed, against: overlay.appendingPathComponent("expected.txt"))
        }
    }

    /// A 100 MB CSV, made here rather than committed, is refused by its size before it is read.
    @Test func aHugeCSVIsRefusedQuickly() throws {
        let content = try TempContent()
        defer { content.remove() }
        let path = content.root.appendingPathComponent("data/huge.csv").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        let header = Data("jurisdiction,indicator,period,kind,value,source\n".utf8)
        let rows = Data(String(repeating: "vn,trainees,2023,result,5,nb-plan\n", count: 30_000).utf8)
        handle.write(header)
        while handle.offsetInFile < 100 * 1024 * 1024 { handle.write(rows) }
        try handle.close()

        let clock = ContinuousClock(), start = clock.now
        let outcome = SiteBuild(options: .init(content: content.path, output: content.path + "-site", theme: Self.theme, dataOnly: true)).run()
        let elapsed = clock.now - start
        #expect(!outcome.wrote)
        let error = try #require(outcome.diagnostics.first { $0.location.file.hasSuffix("data/huge.csv") })
        #expect(error.message.hasSuffix("bytes; the limit is 67108864"))
        #expect(error.location.line == 1)
        #expect(elapsed < .seconds(5), "refusing a huge file took \(elapsed)")
    }
}
