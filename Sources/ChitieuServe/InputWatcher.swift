/// Says when something in the input folders changed: inotify where it works, polling where it
/// does not or when asked. What changed is decided later by the build, from the files' bytes.
final class InputWatcher: Sendable {
    let method: String
    private let stopWatching: @Sendable () -> Void

    /// `notice` hears why inotify is not used, when it is not.
    init(folders: [String], polling: Bool, notice: @Sendable (String) -> Void, onChange: @escaping @Sendable (String) -> Void) {
        #if canImport(Glibc)
        if !polling {
            do {
                let watcher = try InotifyWatcher(folders: folders, onChange: onChange)
                watcher.start()
                method = "inotify"
                stopWatching = watcher.stop
                return
            } catch {
                notice("\(error); watching by polling instead")
            }
        }
        #endif
        let watcher = PollingWatcher(folders: folders, onChange: onChange)
        watcher.start()
        method = "polling"
        stopWatching = watcher.stop
    }

    func stop() { stopWatching() }
}
