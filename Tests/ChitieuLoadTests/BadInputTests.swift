import ChitieuCore
import ChitieuLoad
import ChitieuTestSupport
import Foundation
import Testing

/// Every class of bad input is a folder under `Fixtures/bad/` holding only the files that differ from
/// `Fixtures/minimal/` and `expected.txt`: the exact diagnostics, file, line, column and message.
@Suite struct BadInputTests {
    static let badFolder = TempContent.fixtures.appendingPathComponent("bad")
    static let cases: [String] = (try? FileManager.default.contentsOfDirectory(atPath: badFolder.path).sorted()) ?? []

    @Test func thereIsACaseForEveryClass() {
        #expect(Self.cases.count >= 30)
    }

    @Test(arguments: cases)
    func reportsExactDiagnostics(_ name: String) throws {
        let overlay = Self.badFolder.appendingPathComponent(name)
        let content = try TempContent(overlay: overlay)
        defer { content.remove() }
        let result = ContentLoader(root: content.path).load()
        let printed = result.diagnostics.map { content.relative($0.description) }.joined(separator: "\n") + "\n"
        try Golden.check(printed, against: overlay.appendingPathComponent("expected.txt"))
        if name != "unknown-key" { #expect(result.diagnostics.hasErrors, "\(name) should be an error") }
    }

    @Test func theMinimalFixtureIsClean() throws {
        let content = try TempContent()
        defer { content.remove() }
        let result = ContentLoader(root: content.path).load()
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.succeeded)
    }
}
