import ArgumentParser
import ChitieuBuild
import ChitieuCore
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the whole site: every page in Vietnamese and English, and the open data export.",
        discussion: """
            Loads and checks the content, computes every indicator, and writes the output folder \
            atomically: it is built beside the output folder and swapped in only when the whole \
            build succeeded, so a failed build leaves the last good output untouched.
            Vietnamese pages are at the root, English ones under /en/. --data-only writes only the \
            open data export: data/values.csv, data/values.json, data/indicators/<id>.csv, \
            data/status.csv and data/changes.csv.
            --previous DIR compares the stated values with an earlier edition (a former output \
            folder or its data/values.csv) and lists what was added, removed and revised on \
            /changes/ and in data/changes.csv; revised values are marked on their pages.
            """
    )

    @OptionGroup var contentOptions: ContentOptions
    @OptionGroup var outputOptions: OutputOptions

    @Option(help: ArgumentHelp("The theme folder.", valueName: "DIR"))
    var theme: String = "themes/default"

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Publish under this path prefix or URL (overrides base_url in site.yaml).", valueName: "URL"))
    var baseURL: String?

    @Flag(help: "Write only the open data export (data/values.csv, data/values.json, data/indicators/, data/status.csv, data/changes.csv).")
    var dataOnly = false

    @Option(help: ArgumentHelp("An earlier edition to list changes against: a former output folder or its data/values.csv.", valueName: "DIR"))
    var previous: String?

    @Option(help: ArgumentHelp("Pages rendered at once (default: one per core); the output is the same for any number.", valueName: "N"))
    var jobs: Int?

    @Flag(help: "Print how long each stage took (load, compute, export, markdown, pages and their charts and templates, write).")
    var timings = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        var options = SiteBuild.Options(content: contentOptions.content, output: outputOptions.output, theme: theme, baseURL: baseURL, dataOnly: dataOnly,
                                          previous: previous)
        if let jobs { options.jobs = jobs }
        let outcome = Self.execute(options, clock: timings ? StageClock() : nil)
        FileHandle.standardError.write(Data(outcome.errorOutput.utf8))
        print(outcome.output, terminator: "")
        if outcome.status != 0 { throw ExitCode(outcome.status) }
    }

    static func execute(_ options: SiteBuild.Options, clock stages: StageClock? = nil) -> CommandOutcome {
        let output = options.output
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = SiteBuild(options: options, clock: stages).run()
        let printed = DiagnosticPrinter().render(outcome.diagnostics)
        guard outcome.wrote else {
            return CommandOutcome(status: 1, output: "", errorOutput: printed + "build failed: \(count(outcome.diagnostics.errorCount, "error")); \(output) is unchanged\n")
        }
        let elapsed = clock.now - start
        let milliseconds = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
        let summary = "built \(output): \(count(outcome.pages, "page")), \(count(outcome.files, "file")) in \(milliseconds) ms\n"
        return CommandOutcome(status: 0, output: summary + (stages?.report() ?? ""), errorOutput: printed)
    }
}
