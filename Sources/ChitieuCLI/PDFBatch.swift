import ChitieuBuild
import ChitieuCore
import Foundation

/// Writes the PDFs of chosen reports: one file, or (`--all`) one per report into a folder with
/// a progress line each. Stops at a missing WeasyPrint, as every other PDF would fail alike.
struct PDFBatch {
    let writer: PDFWriter
    let site: URL
    let origin: String
    let basePath: String

    func write(_ entries: [ReportEntry], to pdf: String, folder: Bool, progress: (String) -> Void) -> CommandOutcome {
        if folder {
            do {
                try FileManager.default.createDirectory(atPath: pdf, withIntermediateDirectories: true)
            } catch {
                return CommandOutcome(status: 1, output: "", errorOutput: DiagnosticPrinter().render([.error(SourceLocation(file: pdf), "the folder cannot be made: \(error)")]))
            }
        }
        var failures: [Diagnostic] = []
        var written = 0
        let clock = ContinuousClock()
        batch: for (index, entry) in entries.enumerated() {
            let target = folder ? URL(fileURLWithPath: pdf).appendingPathComponent("\(entry.jurisdiction)-\(entry.year)-\(entry.language.rawValue).pdf")
                : URL(fileURLWithPath: pdf)
            let start = clock.now
            switch writer.write(page: entry.page, site: site, origin: origin, basePath: basePath, to: target) {
            case .success(let pages):
                written += 1
                let what = "\(entry.jurisdiction) \(entry.year) \(entry.language.rawValue)"
                let step = folder ? "[\(index + 1)/\(entries.count)] " : "wrote "
                progress("\(step)\(target.relativePath): \(what), \(count(pages, "page")) in \(Self.seconds(clock.now - start)) s")
            case .failure(let failure):
                failures.append(failure.diagnostic(target.relativePath))
                if failure == .weasyPrintMissing { break batch }
            }
        }
        let printed = DiagnosticPrinter().render(failures)
        guard failures.isEmpty else {
            return CommandOutcome(status: 1, output: "", errorOutput: printed + "report failed: \(count(written, "PDF")) written, \(count(failures.count, "error"))\n")
        }
        return CommandOutcome(status: 0, output: "", errorOutput: "")
    }

    static func seconds(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return String(format: "%.1f", value)
    }
}
