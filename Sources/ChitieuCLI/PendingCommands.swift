import ArgumentParser

/// Fails with a plain statement that a command is not built yet, rather than pretending to work.
func notYetAvailable(_ name: String) -> ExitCode {
    print("chitieu \(name) is not available yet in this version; run 'chitieu check' to validate the content.")
    return ExitCode(1)
}

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site with live reload (not available yet).",
        discussion: "Will build into a private folder, serve it on 127.0.0.1 and rebuild on every save."
    )

    @OptionGroup var contentOptions: ContentOptions

    func run() throws { throw notYetAvailable("serve") }
}
