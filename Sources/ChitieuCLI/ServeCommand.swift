import ArgumentParser
import ChitieuCore
import ChitieuServe
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site with live reload while you edit.",
        discussion: """
            Builds the site into memory (site/ is not touched) and serves it on 127.0.0.1. Every \
            save in the content folder or the theme rebuilds what it affects and reloads the open \
            pages; a build with errors keeps the last good pages and shows the errors over them \
            and here. Ctrl-C stops it. See docs/serve.md.
            """
    )

    @OptionGroup var contentOptions: ContentOptions

    @Option(help: ArgumentHelp("The theme folder.", valueName: "DIR"))
    var theme: String = "themes/default"

    @Option(help: ArgumentHelp("The port to listen on (0: any free port).", valueName: "N"))
    var port: Int = 4000

    @Option(help: ArgumentHelp("The address to listen on; anything but loopback makes the preview reachable from the network.", valueName: "ADDR"))
    var host: String = "127.0.0.1"

    @Flag(help: "Open the preview in the default browser.")
    var open = false

    @Flag(help: "Watch the files by polling (for network file systems, where inotify sees no changes).")
    var poll = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        let options = PreviewServer.Options(content: contentOptions.content, theme: theme, host: host, port: port, polling: poll)
        let server = PreviewServer(options: options, report: Self.print)
        let open = open
        try await server.run { port in
            if open { Self.openBrowser("http://\(options.host.contains(":") ? "[\(options.host)]" : options.host):\(port)/") }
        }
    }

    /// Lines go out at once, unbuffered, so a terminal or a log follows the rebuilds as they happen.
    @Sendable static func print(_ note: PreviewNote) {
        switch note {
        case .info(let line):
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        case .warning(let line):
            FileHandle.standardError.write(Data(("warning: " + line + "\n").utf8))
        case .build(let report):
            FileHandle.standardError.write(Data(DiagnosticPrinter().render(report.diagnostics).utf8))
            FileHandle.standardOutput.write(Data((report.summary + "\n").utf8))
        }
    }

    static func openBrowser(_ url: String) {
        let opener = Process()
        opener.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        opener.arguments = [ProcessInfo.processInfo.environment["BROWSER"] ?? "xdg-open", url]
        do { try opener.run() } catch { print(.warning("cannot open a browser (\(error)); open \(url) yourself")) }
    }
}
