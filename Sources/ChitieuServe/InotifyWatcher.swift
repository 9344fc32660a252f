#if canImport(Glibc)
import Glibc
import Foundation

/// Linux's file events for every folder under the inputs, read on a thread of its own. New
/// folders are watched as they appear; a lost event queue (IN_Q_OVERFLOW) reports a change
/// anyway, since the rebuild compares the files' bytes, not the events.
final class InotifyWatcher: @unchecked Sendable {
    enum Failure: Error, CustomStringConvertible {
        /// No instance or no watch left (EMFILE, ENOSPC): the system's inotify limits are reached.
        case exhausted(String)
        case unavailable(String)

        var description: String {
            switch self {
            case .exhausted(let what): return "inotify watches ran out (\(what); see fs.inotify.max_user_watches)"
            case .unavailable(let what): return "inotify is not available (\(what))"
            }
        }
    }

    static let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_ATTRIB)

    private let descriptor: Int32
    /// Only the watcher's thread touches `folders` once it runs.
    private var folders: [Int32: String] = [:]
    private let onChange: @Sendable (String) -> Void
    private let stopped = StopFlag()

    init(folders roots: [String], onChange: @escaping @Sendable (String) -> Void) throws {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw Self.failure(errno, "inotify_init1") }
        self.onChange = onChange
        do {
            for root in roots where FileManager.default.fileExists(atPath: root) { try watchTree(root) }
        } catch {
            close(descriptor)
            throw error
        }
    }

    func start() {
        let thread = Thread { [self] in run() }
        thread.name = "chitieu-inotify"
        thread.start()
    }

    func stop() { stopped.set() }

    private func run() {
        defer { close(descriptor) }
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: MemoryLayout<inotify_event>.alignment)
        defer { buffer.deallocate() }
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        while !stopped.isSet {
            guard poll(&poller, 1, 200) > 0 else { continue }
            let count = read(descriptor, buffer, size)
            guard count > 0 else { continue }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                let name = event.len > 0 ? String(cString: buffer.advanced(by: offset + MemoryLayout<inotify_event>.size).assumingMemoryBound(to: CChar.self)) : ""
                handle(event, name: name)
                offset += MemoryLayout<inotify_event>.size + Int(event.len)
            }
        }
    }

    private func handle(_ event: inotify_event, name: String) {
        if event.mask & UInt32(IN_Q_OVERFLOW) != 0 {
            onChange("(many changes)")
            return
        }
        guard let folder = folders[event.wd] else { return }
        let path = name.isEmpty ? folder : folder + "/" + name
        if event.mask & UInt32(IN_ISDIR) != 0, event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
            do { try watchTree(path) } catch { onChange("(\(error))") }
        }
        if event.mask & UInt32(IN_IGNORED) != 0 { folders[event.wd] = nil }
        if !name.hasPrefix(".") { onChange(path) }
    }

    private func watchTree(_ root: String) throws {
        try watch(root)
        guard let walker = FileManager.default.enumerator(atPath: root) else { return }
        for case let relative as String in walker {
            let path = root + "/" + relative
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { try watch(path) }
        }
    }

    private func watch(_ folder: String) throws {
        let id = inotify_add_watch(descriptor, folder, Self.mask)
        guard id >= 0 else {
            if errno == ENOENT { return }
            throw Self.failure(errno, folder)
        }
        folders[id] = folder
    }

    static func failure(_ code: Int32, _ what: String) -> Failure {
        code == ENOSPC || code == EMFILE ? .exhausted(what) : .unavailable("\(what): \(String(cString: strerror(code)))")
    }
}
#endif

/// Set once from any thread, read by a loop that should end.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }

    func set() { lock.withLock { value = true } }
}
