import ChitieuBuild
import Foundation

/// Looks at every input file's size and time at a fixed interval: where inotify is missing or
/// its limits are reached, and on network file systems that send no events.
final class PollingWatcher: @unchecked Sendable {
    private let folders: [String]
    private let interval: Duration
    private let onChange: @Sendable (String) -> Void
    private let stopped = StopFlag()

    init(folders: [String], interval: Duration = .milliseconds(300), onChange: @escaping @Sendable (String) -> Void) {
        self.folders = folders
        self.interval = interval
        self.onChange = onChange
    }

    func start() {
        let thread = Thread { [self] in run() }
        thread.name = "chitieu-poll"
        thread.start()
    }

    func stop() { stopped.set() }

    private func run() {
        var last = snapshot()
        while !stopped.isSet {
            Thread.sleep(forTimeInterval: Double(interval.components.seconds) + Double(interval.components.attoseconds) / 1e18)
            let now = snapshot()
            if let changed = Set(now.keys).union(last.keys).sorted().first(where: { now[$0] != last[$0] }) { onChange(changed) }
            last = now
        }
    }

    func snapshot() -> [String: InputFiles.Stamp] {
        InputFiles.stamps(in: folders)
    }
}
