import ChitieuBuild
import ChitieuCore
@testable import ChitieuCLI
import ChitieuTestSupport
import Foundation
import Testing

/// The printed report itself, as its reader gets it: the sample's Ninh Bình report in both
/// languages, read back with poppler. Runs where WeasyPrint and poppler-utils are installed
/// (scripts/setup installs both, so CI runs it).
@Suite(.enabled(if: PDFTools.available, "needs WeasyPrint and poppler-utils (scripts/setup)"))
struct PDFReportTests {
    func report(_ language: Language) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chitieu-pdf-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let pdf = folder.appendingPathComponent("nb.pdf")
        let repository = TempContent.repository
        let request = ReportRequest(jurisdiction: "ninh-binh", year: 2025, language: language, pdf: pdf.path,
                                    content: repository.appendingPathComponent("content").path,
                                    theme: repository.appendingPathComponent("themes/default").path)
        var lines: [String] = []
        let outcome = request.execute(writer: PDFWriter()) { lines.append($0) }
        #expect(outcome.status == 0, "\(outcome.errorOutput)")
        #expect(lines.count == 1 && lines[0].hasPrefix("wrote \(pdf.path): ninh-binh 2025 \(language.rawValue), "))
        return pdf
    }

    @Test(arguments: [
        (Language.vi, ["Ninh Bình · báo cáo năm 2025", "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "Mục lục", "Chỉ tiêu so với chỉ tiêu quốc gia",
                       "Tỷ lệ đơn vị bố trí người làm công tác xã hội", "60%", "≥ 30%", "Phụ lục: toàn bộ số liệu và nguồn", "47/KH-UBND"]),
        (Language.en, ["Ninh Bình · annual report 2025", "Contents", "Targets against the national targets", "60%", "≥ 30%",
                       "Annex: every figure and its source", "47/KH-UBND"]),
    ])
    func theReportHasSeveralPagesEmbeddedFontsAndItsTargets(_ language: Language, _ phrases: [String]) throws {
        let pdf = try report(language)
        defer { try? FileManager.default.removeItem(at: pdf.deletingLastPathComponent()) }
        let info = try PDFTools.run("pdfinfo", [pdf.path])
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        #expect(pages >= 6, "\(pages) pages")
        let fonts = try PDFTools.run("pdffonts", [pdf.path]).split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for font in fonts {
            let columns = font.split(separator: " ", omittingEmptySubsequences: true)
            #expect(columns.count >= 5 && columns[columns.count - 5] == "yes", "font not embedded: \(font)")
        }
        let text = try PDFTools.run("pdftotext", ["-layout", pdf.path, "-"])
        for phrase in phrases { #expect(text.contains(phrase), "'\(phrase)' is not in the PDF's text") }
        let contents = try PDFTools.run("pdftotext", ["-f", "2", "-l", "2", pdf.path, "-"])
        #expect(contents.range(of: #"\.{5,} ?\d+"#, options: .regularExpression) != nil, "the contents list gives page numbers")
    }
}

/// Whether WeasyPrint and poppler are installed, and a way to run poppler's tools.
enum PDFTools {
    static let available: Bool = {
        let poppler = ["pdfinfo", "pdffonts", "pdftotext"].allSatisfy { find($0) != nil }
        let weasyPrint = PDFWriter.defaultInterpreters().contains { python in
            (try? run(python, ["-c", "import weasyprint"])) != nil
        }
        return poppler && weasyPrint
    }()

    static func find(_ tool: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    struct Failed: Error { let status: Int32 }

    /// Runs a tool (by path, or by name on PATH) and returns what it printed.
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool.hasPrefix("/") ? tool : find(tool) ?? tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failed(status: process.terminationStatus) }
        return String(decoding: data, as: UTF8.self)
    }
}

/// WeasyPrint's URL fetcher reads the built site's own files and nothing else.
@Suite(.enabled(if: PDFTools.available, "needs WeasyPrint and poppler-utils (scripts/setup)"))
struct PDFFetcherTests {
    static let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")!

    @Test func imagesOutsideTheSiteAreNotRead() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("chitieu-fetch-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("a"), withIntermediateDirectories: true)
        try Self.png.write(to: root.appendingPathComponent("secret.png"))
        try Self.png.write(to: site.appendingPathComponent("a/inside.png"))
        func pdfImages(_ sources: [String]) throws -> Int {
            let html = "<!DOCTYPE html><html><body><p>x</p>" + sources.map { "<img src=\"\($0)\" alt=\"\">" }.joined() + "</body></html>"
            try Data(html.utf8).write(to: site.appendingPathComponent("a/index.html"))
            let pdf = root.appendingPathComponent("out.pdf")
            let result = PDFWriter().write(page: "a/index.html", site: site, origin: "https://chitieu.invalid", basePath: "/", to: pdf)
            #expect((try? result.get()) == 1)
            let rows = try PDFTools.run("pdfimages", ["-list", pdf.path]).split(separator: "\n").dropFirst(2)
            return rows.filter { $0.split(separator: " ").dropFirst(2).first == "image" }.count
        }
        #expect(try pdfImages(["inside.png"]) == 1, "the site's own images are read")
        #expect(try pdfImages(["/a/inside.png"]) == 1, "the site's own images are read")
        #expect(try pdfImages(["file://\(root.path)/secret.png", "../../secret.png", "/../secret.png",
                               "https://chitieu.invalid/../secret.png", "http://127.0.0.1:9/secret.png"]) == 0)
    }
}
