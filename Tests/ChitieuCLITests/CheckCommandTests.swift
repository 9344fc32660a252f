import ArgumentParser
@testable import ChitieuCLI
import Foundation
import Testing

@Suite struct CheckCommandTests {
    static let minimal = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ChitieuLoadTests/Fixtures/minimal")

    /// A copy of the minimal fixture with one plan line replaced.
    func contentWithPlan(replacing old: String, with new: String) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("chitieu-cli-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.minimal, to: root)
        let plan = root.appendingPathComponent("plans/nb-plan.md")
        let text = try String(contentsOf: plan, encoding: .utf8)
        #expect(text.contains(old))
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: plan)
        return root
    }

    @Test func cleanContentExitsZeroWithASummary() {
        let outcome = CheckCommand.execute(content: Self.minimal.path)
        #expect(outcome.status == 0)
        #expect(outcome.errorOutput == "")
        #expect(outcome.output.contains("1 plan, 7 figures; 0 errors, 0 warnings"))
    }

    @Test func aNumberWithLettersNamesItsFileAndLine() throws {
        let root = try contentWithPlan(replacing: "2021-2025: 60\n", with: "2021-2025: 60zz\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = CheckCommand.execute(content: root.path)
        #expect(outcome.status == 1)
        let first = outcome.errorOutput.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first == "\(root.path)/plans/nb-plan.md:11:16: error: the 2021-2025 target of 'units_with_social_workers_pct' is '60zz', which is not a number")
        #expect(outcome.errorOutput.contains(" 11 |     2021-2025: 60zz\n    |                ^\n"))
    }

    @Test func warningsFailOnlyWhenStrict() throws {
        let root = try contentWithPlan(replacing: "kind: plan\n", with: "kind: plan\nsigner_name: X\n")
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(CheckCommand.execute(content: root.path).status == 0)
        #expect(CheckCommand.execute(content: root.path, strict: true).status == 1)
    }

    @Test func aMissingContentFolderIsOneDiagnostic() {
        let outcome = CheckCommand.execute(content: "/nonexistent/chitieu-content")
        #expect(outcome.status == 1)
        #expect(outcome.errorOutput.hasPrefix("/nonexistent/chitieu-content: error: content folder does not exist"))
    }

    @Test func usageErrorsExitTwo() {
        #expect(throws: (any Error).self) { try Chitieu.parseAsRoot(["check", "--bogus"]) }
        do {
            _ = try Chitieu.parseAsRoot(["check", "--bogus"])
        } catch {
            #expect(Chitieu.exitStatus(for: error) == 2)
        }
    }

    @Test func everySubcommandHasHelp() {
        let help = Chitieu.helpMessage(for: Chitieu.self, columns: 100)
        for name in ["check", "build", "serve", "report"] { #expect(help.contains("  \(name) ")) }
        #expect(Chitieu.helpMessage(for: CheckCommand.self).contains("--content <DIR>"))
        #expect(Chitieu.helpMessage(for: BuildCommand.self).contains("--output <DIR>"))
    }
}
