import ArgumentParser
@testable import ChitieuBuild
@testable import ChitieuCLI
import Foundation
import Testing

/// `chitieu build --previous`: parsed, and a bad earlier edition printed as a diagnostic with exit 1.
@Suite struct BuildPreviousTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func theOptionIsParsedAndDocumented() throws {
        let command = try #require(try Chitieu.parseAsRoot(["build", "--previous", "old-site"]) as? BuildCommand)
        #expect(command.previous == "old-site")
        #expect(Chitieu.helpMessage(for: BuildCommand.self).contains("--previous <DIR>"))
    }

    @Test func aMissingEditionExitsOneWithTheDiagnostic() {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("chitieu-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let options = SiteBuild.Options(content: Self.repository.appendingPathComponent("Tests/ChitieuLoadTests/Fixtures/minimal").path,
                                        output: output.path, theme: Self.repository.appendingPathComponent("themes/default").path,
                                        previous: output.path + "-nowhere")
        let outcome = BuildCommand.execute(options)
        #expect(outcome.status == 1)
        #expect(outcome.errorOutput.contains("-nowhere: error: no earlier edition here"))
        #expect(outcome.errorOutput.contains("hint: give --previous a former output folder (site/) or its data/values.csv"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
