import ChitieuBuild
import ChitieuCore
import Foundation

/// What `chitieu report` was asked for, and doing it: build the site, pick the reports, write
/// their PDFs. Kept apart from argument parsing so tests run it with any PDF writer.
struct ReportRequest {
    var jurisdiction: String?
    var year: Int?
    var language: Language?
    var pdf: String?
    var all = false
    var content = "content"
    var output: String?
    var theme = "themes/default"

    func execute(writer: PDFWriter, progress: (String) -> Void) -> CommandOutcome {
        let production = SiteBuild(options: .init(content: content, output: output ?? "site", theme: theme)).produceSite()
        let printer = DiagnosticPrinter()
        guard !production.diagnostics.hasErrors else {
            return CommandOutcome(status: 1, output: "", errorOutput: printer.render(production.diagnostics) + "report failed: the content has errors\n")
        }
        let entries: [ReportEntry]
        switch select(ReportCatalog.entries(production.files)) {
        case .reports(let chosen): entries = chosen
        case .problem(let problem): return CommandOutcome(status: 1, output: "", errorOutput: printer.render([problem]))
        }
        let keep = output != nil || pdf == nil
        let site = keep ? URL(fileURLWithPath: output ?? "site")
            : FileManager.default.temporaryDirectory.appendingPathComponent("chitieu-report-\(UUID().uuidString)/site")
        defer { if !keep { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) } }
        do {
            try AtomicOutput(output: site).write(production.files)
        } catch {
            let failure = Diagnostic.error(SourceLocation(file: site.path), "the site cannot be written: \(error)")
            return CommandOutcome(status: 1, output: "", errorOutput: printer.render([failure]))
        }
        guard let pdf else {
            let lines = entries.map { "wrote \(site.appendingPathComponent($0.page).relativePath)\n" }.joined()
            return CommandOutcome(status: 0, output: lines, errorOutput: printer.render(production.diagnostics))
        }
        let publication = ReportCatalog.publication(production.baseURL)
        return PDFBatch(writer: writer, site: site, origin: publication.origin, basePath: publication.basePath)
            .write(entries, to: pdf, folder: all, progress: progress)
    }

    /// The reports asked for, or why there is none: an unknown jurisdiction or a year the site
    /// does not build, with what there is instead.
    enum Selection {
        case reports([ReportEntry])
        case problem(Diagnostic)
    }

    func select(_ catalog: [ReportEntry]) -> Selection {
        let site = SourceLocation(file: content + "/site.yaml")
        let years = Set(catalog.map(\.year)).sorted()
        guard let year = year ?? years.last else {
            return .problem(.error(site, "the site builds no report", hint: "reports are built for jurisdictions with targets or plans"))
        }
        guard years.contains(year) else {
            let built = years.map(String.init).joined(separator: ", ")
            return .problem(.error(site, "the site builds no report for \(year); it builds them for \(built)",
                                   hint: "add the year to report_years in site.yaml, e.g. report_years: [\(year)]"))
        }
        let ids = Set(catalog.map(\.jurisdiction))
        if let jurisdiction, !ids.contains(jurisdiction) {
            let hint = DidYouMean.hint(for: jurisdiction, among: ids) ?? "reports exist for: \(ids.sorted().joined(separator: ", "))"
            return .problem(.error(SourceLocation(file: content + "/jurisdictions.yaml"), "no report for jurisdiction '\(jurisdiction)'", hint: hint))
        }
        let languages: Set<Language> = language.map { [$0] } ?? (all ? Set(catalog.map(\.language)) : [.vi])
        let entries = catalog.filter { $0.year == year && (jurisdiction == nil || $0.jurisdiction == jurisdiction) && languages.contains($0.language) }
        guard !entries.isEmpty else {
            return .problem(.error(site, "the site has no report in \(languages.map(\.rawValue).sorted().joined(separator: ", "))",
                                   hint: "the languages are set by 'languages' in site.yaml"))
        }
        return .reports(entries)
    }
}
