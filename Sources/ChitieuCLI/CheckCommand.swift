import ArgumentParser
import ChitieuBuild
import ChitieuCore
import ChitieuLoad
import ChitieuModel
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Load and validate the content; report every problem.",
        discussion: """
            Reads site.yaml, jurisdictions.yaml, indicators.yaml, plans/, data/ and pages/ and prints \
            each problem as path:line:column: error: message, with a hint where one helps.
            Exit status: 0 when there are no errors, 1 when there are (or warnings with --strict), \
            2 on a usage error.
            """
    )

    @OptionGroup var contentOptions: ContentOptions

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(help: "Print only errors and warnings, not the summary.")
    var quiet = false

    func run() throws {
        let outcome = Self.execute(content: contentOptions.content, strict: strict, quiet: quiet)
        FileHandle.standardError.write(Data(outcome.errorOutput.utf8))
        print(outcome.output, terminator: "")
        if outcome.status != 0 { throw ExitCode(outcome.status) }
    }

    /// The whole command without touching the process: what it prints and its exit status.
    static func execute(content: String, strict: Bool = false, quiet: Bool = false) -> CommandOutcome {
        let result = ContentLoader(root: content).load()
        var diagnostics = result.diagnostics
        if let loaded = result.content, !diagnostics.hasErrors {
            diagnostics = (diagnostics + ContentCheck.diagnostics(loaded)).sortedForDisplay()
        }
        let failed = diagnostics.hasErrors || (strict && diagnostics.warningCount > 0)
        var output = ""
        if !quiet {
            let plans = result.content?.plans.count ?? 0
            let figures = result.content?.figures.count ?? 0
            output = "checked \(content): \(count(plans, "plan")), \(count(figures, "figure")); "
                + "\(count(diagnostics.errorCount, "error")), \(count(diagnostics.warningCount, "warning"))\n"
        }
        return CommandOutcome(status: failed ? 1 : 0, output: output, errorOutput: DiagnosticPrinter().render(diagnostics))
    }
}

/// What a command printed and how it exited, so tests can run commands without a subprocess.
struct CommandOutcome: Sendable {
    var status: Int32
    var output: String
    var errorOutput: String
}

/// "1 plan", "2 plans": counts read as English.
func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
}
