import ArgumentParser
import Foundation

/// The `chitieu` command. `main.swift` only calls `main()`, so tests can run every command in-process.
public struct Chitieu: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "chitieu",
        abstract: "Build bilingual plan-and-indicator dashboards from YAML, CSV and Markdown.",
        discussion: """
            Chitieu reads plans (kế hoạch), their targets, budgets and results from a content folder, \
            computes indicators and renders a static site in Vietnamese and English.
            The content format is described in docs/content-format.md.
            """,
        subcommands: [CheckCommand.self, BuildCommand.self, ServeCommand.self, ReportCommand.self]
    )

    public init() {}

    /// Parses, runs, and exits: 0 on success, 1 when the content has errors, 2 on a usage error.
    public static func main(_ arguments: [String]? = nil) async {
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let status = exitStatus(for: error)
            let message = fullMessage(for: error)
            if status == 0 {
                if !message.isEmpty { print(message) }
            } else if !message.isEmpty {
                FileHandle.standardError.write(Data((message + "\n").utf8))
            }
            Foundation.exit(status)
        }
    }

    /// ArgumentParser's usage errors exit with 64 (EX_USAGE); Chitieu promises 2, like most tools.
    public static func exitStatus(for error: any Error) -> Int32 {
        let code = exitCode(for: error)
        return code == .validationFailure ? 2 : code.rawValue
    }
}

/// `--content DIR`, accepted by every subcommand.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The content folder to read.", valueName: "DIR"))
    var content: String = "content"
}

/// `--output DIR`, accepted by the subcommands that write.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder the site is written to.", valueName: "DIR"))
    var output: String = "site"
}
