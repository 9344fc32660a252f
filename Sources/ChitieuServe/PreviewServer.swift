import ChitieuBuild
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import UnixSignals

/// `chitieu serve`: builds the site into memory, serves it with live reload on 127.0.0.1 (or the
/// host asked for), and rebuilds what each saved change affects. Nothing is written to disk.
public struct PreviewServer: Sendable {
    public struct Options: Sendable {
        public var content: String
        public var theme: String
        public var host: String
        /// 0 lets the system choose a free port; `onReady` is told which.
        public var port: Int
        /// Watch by polling even where inotify works.
        public var polling: Bool

        public init(content: String, theme: String = "themes/default", host: String = "127.0.0.1", port: Int = 4000, polling: Bool = false) {
            self.content = content
            self.theme = theme
            self.host = host
            self.port = port
            self.polling = polling
        }
    }

    public let options: Options
    let report: @Sendable (PreviewNote) -> Void

    public init(options: Options, report: @escaping @Sendable (PreviewNote) -> Void) {
        self.options = options
        self.report = report
    }

    /// Builds, then serves until the task is cancelled or the process gets SIGINT or SIGTERM.
    /// `onReady` runs once the server listens, with its port.
    public func run(onReady: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        if !HostGuard.isLoopback(options.host) {
            report(.warning("serving on \(options.host): anyone who can reach this address can read the preview"))
        }
        let store = SiteStore(), hub = ReloadHub(), port = BoundPort(options.port)
        // Links start at / in the preview, whatever base_url the published site has.
        let build = SiteBuild.Options(content: options.content, output: options.content, theme: options.theme, baseURL: "/")
        let rebuilder = Rebuilder(options: build, store: store)
        if let first = await rebuilder.rebuild() {
            report(.build(first.report))
            await hub.publish(first.site.generation)
        }
        let responder = PreviewResponder(store: store, hub: hub, hosts: HostGuard(host: options.host, port: port))
        // The preview reports through `report`; what fails to start is thrown by `run`.
        var logger = Logger(label: "chitieu.serve")
        logger.logLevel = .critical
        let url: @Sendable () -> String = { "http://\(options.host.contains(":") ? "[\(options.host)]" : options.host):\(port.value)/" }
        let app = Application(
            responder: responder,
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: nil),
            onServerRunning: { [report] channel in
                port.set(channel.localAddress?.port ?? options.port)
                report(.info("serving \(url()) (Ctrl-C to stop)"))
                await onReady(port.value)
            },
            logger: logger
        )
        let rebuilds = RebuildService(rebuilder: rebuilder, hub: hub, polling: options.polling, report: report)
        // Services stop in reverse order: the reload streams end first, so open pages do not
        // hold the server's shutdown.
        let group = ServiceGroup(configuration: .init(services: [app, rebuilds], gracefulShutdownSignals: [.sigint, .sigterm], logger: logger))
        try await group.run()
        report(.info("stopped"))
    }
}

/// Watches the inputs and rebuilds after each quiet moment, telling open pages to reload.
struct RebuildService: Service {
    let rebuilder: Rebuilder
    let hub: ReloadHub
    let polling: Bool
    let report: @Sendable (PreviewNote) -> Void

    func run() async throws {
        let signal = ChangeSignal()
        let watcher = InputWatcher(folders: rebuilder.folders, polling: polling, notice: { report(.warning($0)) }, onChange: signal.notice)
        report(.info("watching \(rebuilder.folders.joined(separator: " and ")) (\(watcher.method))"))
        // A save between the first build and the watcher's start is not lost.
        signal.notice("")
        await cancelWhenGracefulShutdown {
            for await _ in signal.changes {
                await signal.settle()
                guard let (built, site) = await rebuilder.rebuild() else { continue }
                report(.build(built))
                await hub.publish(site.generation)
            }
        }
        watcher.stop()
        signal.finish()
        await hub.finishAll()
    }
}
