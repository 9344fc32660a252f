import ArgumentParser
import ChitieuBuild
import ChitieuCore
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site's output: the open data export, and (soon) every page.",
        discussion: """
            Loads and checks the content, computes every indicator, and writes the output folder \
            atomically: it is built beside the output folder and swapped in only when the whole \
            build succeeded, so a failed build leaves the last good output untouched.
            --data-only writes the open data export: data/values.csv, data/values.json and \
            data/indicators/<id>.csv. The HTML pages are not available yet.
            """
    )

    @OptionGroup var contentOptions: ContentOptions
    @OptionGroup var outputOptions: OutputOptions

    @Flag(help: "Write only the open data export (data/values.csv, data/values.json, data/indicators/).")
    var dataOnly = false

    func run() throws {
        let outcome = Self.execute(content: contentOptions.content, output: outputOptions.output, dataOnly: dataOnly)
        FileHandle.standardError.write(Data(outcome.errorOutput.utf8))
        print(outcome.output, terminator: "")
        if outcome.status != 0 { throw ExitCode(outcome.status) }
    }

    static func execute(content: String, output: String, dataOnly: Bool) -> CommandOutcome {
        guard dataOnly else {
            return CommandOutcome(status: 1, output: "", errorOutput: "chitieu build: the HTML pages are not available yet in this version; use --data-only to write the data export.\n")
        }
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = SiteBuild(options: .init(content: content, output: output, dataOnly: true)).run()
        let printed = DiagnosticPrinter().render(outcome.diagnostics)
        guard outcome.wrote else {
            return CommandOutcome(status: 1, output: "", errorOutput: printed + "build failed: \(count(outcome.diagnostics.errorCount, "error")); \(output) is unchanged\n")
        }
        let elapsed = clock.now - start
        let milliseconds = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
        return CommandOutcome(status: 0, output: "built \(output): \(count(outcome.files, "file")) in \(milliseconds) ms\n", errorOutput: printed)
    }
}
