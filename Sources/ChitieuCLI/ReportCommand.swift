import ArgumentParser
import ChitieuBuild
import ChitieuCore
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a jurisdiction's annual report, and with --pdf its PDF through WeasyPrint.",
        discussion: """
            The report is the page /reports/<jurisdiction>/<year>/ of the site (/en/reports/… in English). \
            Without --pdf the whole site is built into --output (default: site), as 'chitieu build' does. \
            With --pdf the site is built into a temporary folder that is removed afterwards, so site/ is \
            left as it was, unless --output names a folder to keep it in.
            --all makes every report of the site: --pdf then names a folder, which receives \
            <jurisdiction>-<year>-<lang>.pdf for each, in every language unless --lang is given.
            PDFs need WeasyPrint (Debian package 'weasyprint', installed by scripts/setup).
            """
    )

    @Argument(help: "The jurisdiction's id, e.g. ninh-binh.")
    var jurisdiction: String?

    @Option(help: ArgumentHelp("The report's year (default: the latest the site builds).", valueName: "YYYY"))
    var year: Int?

    @Option(help: ArgumentHelp("The language of the report: vi or en (default: vi; with --all, every language).", valueName: "vi|en"))
    var lang: String?

    @Option(help: ArgumentHelp("Write the PDF to this file (with --all, into this folder).", valueName: "FILE"))
    var pdf: String?

    @Flag(help: "Every report of the site, one progress line each.")
    var all = false

    @OptionGroup var contentOptions: ContentOptions

    @Option(help: ArgumentHelp("Write the whole site here too (default without --pdf: site).", valueName: "DIR"))
    var output: String?

    @Option(help: ArgumentHelp("The theme folder.", valueName: "DIR"))
    var theme: String = "themes/default"

    @Option(name: .customLong("time-limit"), help: ArgumentHelp("Stop WeasyPrint after this many seconds per PDF.", valueName: "SECONDS"))
    var timeLimit: Double = 120

    func validate() throws {
        if all && jurisdiction != nil { throw ValidationError("name a jurisdiction or pass --all, not both") }
        if !all && jurisdiction == nil { throw ValidationError("name a jurisdiction (e.g. 'chitieu report ninh-binh --year 2025') or pass --all") }
        if let lang, Language(rawValue: lang) == nil { throw ValidationError("--lang is 'vi' or 'en', not '\(lang)'") }
        if timeLimit <= 0 { throw ValidationError("--time-limit must be a positive number of seconds") }
    }

    func run() throws {
        let request = ReportRequest(
            jurisdiction: jurisdiction, year: year, language: lang.flatMap(Language.init(rawValue:)), pdf: pdf, all: all,
            content: contentOptions.content, output: output, theme: theme
        )
        let outcome = request.execute(writer: PDFWriter(timeLimit: timeLimit)) { print($0) }
        FileHandle.standardError.write(Data(outcome.errorOutput.utf8))
        print(outcome.output, terminator: "")
        if outcome.status != 0 { throw ExitCode(outcome.status) }
    }
}
