import ArgumentParser
import ChitieuBuild
import ChitieuCore
@testable import ChitieuCLI
import ChitieuTestSupport
import Foundation
import Testing

/// `chitieu report`: choosing reports, what it writes where, and how it fails without WeasyPrint.
@Suite struct ReportCommandTests {
    static let theme = TempContent.repository.appendingPathComponent("themes/default").path

    func request(_ content: TempContent, _ jurisdiction: String? = "ninh-binh", year: Int? = 2025, pdf: String? = nil, output: String? = nil) -> ReportRequest {
        ReportRequest(jurisdiction: jurisdiction, year: year, language: nil, pdf: pdf, all: jurisdiction == nil,
                      content: content.path, output: output, theme: Self.theme)
    }

    @Test func aMisspeltJurisdictionGetsTheNearestName() throws {
        let content = try TempContent()
        defer { content.remove() }
        let outcome = request(content, "ninh-bnh", pdf: content.path + "/nb.pdf").execute(writer: PDFWriter(interpreters: [])) { _ in }
        #expect(outcome.status == 1)
        #expect(outcome.errorOutput.contains("error: no report for jurisdiction 'ninh-bnh'\n  hint: did you mean 'ninh-binh'?\n"))
    }

    @Test func aYearTheSiteDoesNotBuildNamesTheYearsItDoes() throws {
        let content = try TempContent()
        defer { content.remove() }
        let outcome = request(content, year: 2019, pdf: content.path + "/nb.pdf").execute(writer: PDFWriter(interpreters: [])) { _ in }
        #expect(outcome.status == 1)
        #expect(outcome.errorOutput.contains("site.yaml: error: the site builds no report for 2019; it builds them for 2025\n"))
    }

    @Test func withoutAPDFItWritesTheSiteAndNamesTheReport() throws {
        let content = try TempContent()
        defer { content.remove() }
        let output = content.path + "/out"
        let outcome = request(content, output: output).execute(writer: PDFWriter(interpreters: [])) { _ in }
        #expect(outcome.status == 0, "\(outcome.errorOutput)")
        #expect(outcome.output == "wrote \(output)/reports/ninh-binh/2025/index.html\n")
        #expect(FileManager.default.fileExists(atPath: output + "/en/reports/ninh-binh/2025/index.html"))
    }

    @Test func withoutWeasyPrintTheErrorNamesThePackageAndNoSiteIsLeftBehind() throws {
        let content = try TempContent()
        defer { content.remove() }
        let marker = UUID().uuidString
        let site = try String(contentsOf: content.root.appendingPathComponent("site.yaml"), encoding: .utf8)
        try content.write("site.yaml", site.replacingOccurrences(of: "vi: Chỉ tiêu thử nghiệm", with: "vi: Chỉ tiêu \(marker)"))
        let outcome = request(content, pdf: content.path + "/nb.pdf").execute(writer: PDFWriter(interpreters: [])) { _ in }
        #expect(outcome.status == 1)
        #expect(outcome.errorOutput.contains("nb.pdf: error: WeasyPrint is not installed, so no PDF can be written\n"))
        #expect(outcome.errorOutput.contains("install the Debian package 'weasyprint'"))
        #expect(!FileManager.default.fileExists(atPath: content.path + "/nb.pdf"))
        let temporary = FileManager.default.temporaryDirectory
        for folder in try FileManager.default.contentsOfDirectory(atPath: temporary.path) where folder.hasPrefix("chitieu-report-") {
            let home = temporary.appendingPathComponent("\(folder)/site/index.html")
            #expect((try? String(contentsOf: home, encoding: .utf8))?.contains(marker) != true, "the temporary site is removed")
        }
    }

    @Test func aJurisdictionAndAllTogetherAreAUsageError() {
        #expect(throws: (any Error).self) { try Chitieu.parseAsRoot(["report", "ninh-binh", "--all"]) }
        #expect(throws: (any Error).self) { try Chitieu.parseAsRoot(["report", "--year", "2025"]) }
        #expect(throws: (any Error).self) { try Chitieu.parseAsRoot(["report", "ninh-binh", "--lang", "fr"]) }
    }
}

/// The WeasyPrint runner's limits, with stand-ins for Python.
@Suite struct PDFWriterTests {
    /// An executable that ignores its arguments and runs `body`: a slow or broken interpreter.
    func fakeInterpreter(_ body: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chitieu-fake-python-\(UUID().uuidString)")
        try Data("#!/bin/sh\n\(body)\n".utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url
    }

    @Test func aRunPastItsTimeLimitIsStopped() throws {
        let slow = try fakeInterpreter("sleep 30")
        defer { try? FileManager.default.removeItem(at: slow) }
        let clock = ContinuousClock(), start = clock.now
        let result = PDFWriter(interpreters: [slow.path], timeLimit: 0.5)
            .write(page: "index.html", site: FileManager.default.temporaryDirectory, origin: "https://chitieu.invalid", basePath: "/",
                   to: FileManager.default.temporaryDirectory.appendingPathComponent("never.pdf"))
        #expect(result == .failure(.timedOut(seconds: 0.5)))
        #expect(clock.now - start < .seconds(10))
    }

    @Test func aFailureKeepsTheEndOfWhatItSaid() throws {
        let broken = try fakeInterpreter("echo 'Traceback' >&2; echo 'ValueError: bad page' >&2; exit 1")
        defer { try? FileManager.default.removeItem(at: broken) }
        let result = PDFWriter(interpreters: [broken.path])
            .write(page: "index.html", site: FileManager.default.temporaryDirectory, origin: "https://chitieu.invalid", basePath: "/",
                   to: FileManager.default.temporaryDirectory.appendingPathComponent("never.pdf"))
        #expect(result == .failure(.failed(status: 1, message: "Traceback\nValueError: bad page")))
    }

    @Test func anInterpreterWithoutWeasyPrintIsSkippedForTheNext() throws {
        let without = try fakeInterpreter("exit 3")
        defer { try? FileManager.default.removeItem(at: without) }
        let result = PDFWriter(interpreters: [without.path, without.path])
            .write(page: "index.html", site: FileManager.default.temporaryDirectory, origin: "https://chitieu.invalid", basePath: "/",
                   to: FileManager.default.temporaryDirectory.appendingPathComponent("never.pdf"))
        #expect(result == .failure(.weasyPrintMissing))
    }

    @Test func publicationOfAPathAndOfAFullURL() {
        #expect(ReportCatalog.publication("/") == ("https://chitieu.invalid", "/"))
        #expect(ReportCatalog.publication("chitieu") == ("https://chitieu.invalid", "/chitieu/"))
        #expect(ReportCatalog.publication("https://example.org:8443/chitieu") == ("https://example.org:8443", "/chitieu/"))
    }
}
