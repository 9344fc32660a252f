import CRenameExchange
import ChitieuCore
import Foundation

/// Writes a whole site into a staging folder beside the output folder, then swaps the two in one
/// step, so readers and a killed build only ever see the old site or the new one, never a mix.
/// A failed build never touches the output folder.
public struct AtomicOutput {
    public let output: URL

    public init(output: URL) {
        self.output = output.standardizedFileURL
    }

    public func write(_ files: [OutputFile]) throws {
        let staged = try begin()
        for file in files { try staged.write(file) }
        try staged.commit()
    }

    /// A staging folder to write a site into file by file, swapped in by `commit`.
    public func begin() throws -> StagedOutput {
        let parent = output.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        removeLeftovers(in: parent)
        let staging = parent.appendingPathComponent(leftoverPrefix("staging") + Self.owner)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
        return StagedOutput(output: self, staging: staging)
    }

    /// A file whose bytes did not change is hard-linked from the current site instead of written:
    /// it keeps its inode and modification time, so hosts and `rsync` see only what changed, and
    /// a rebuild writes only the changed bytes. Any doubt (no old file, another size, a link that
    /// fails) falls back to writing.
    static func reuse(_ old: String, ifItHolds data: Data, at target: String) -> Bool {
        holds(old, data) && link(old, target) == 0
    }

    /// Opens the old file once (never through a link), checks it is a plain file of the same size,
    /// then reads it in chunks and stops at the first difference. Mapping each file instead cost
    /// an unmap per file, and in a process rendering on every core each unmap interrupts the other
    /// cores to flush their address caches.
    static func holds(_ path: String, _ data: Data) -> Bool {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) == data.count else { return false }
        let chunk = min(64 * 1024, max(data.count, 1))
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 16)
        defer { buffer.deallocate() }
        return data.withUnsafeBytes { (expected: UnsafeRawBufferPointer) -> Bool in
            var offset = 0
            while offset < expected.count {
                let got = read(descriptor, buffer, min(chunk, expected.count - offset))
                guard got > 0, memcmp(buffer, expected.baseAddress! + offset, got) == 0 else { return false }
                offset += got
            }
            return read(descriptor, buffer, 1) == 0
        }
    }

    /// Plain writes: the staging folder is invisible until the swap, so a file needs no fsync of its
    /// own (`Data.write` syncs every file, which was a tenth of a build).
    static func write(_ data: Data, to path: String) throws {
        guard let handle = fopen(path, "wb") else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        let written = data.withUnsafeBytes { fwrite($0.baseAddress, 1, data.count, handle) }
        guard fclose(handle) == 0, written == data.count else { throw CocoaError(.fileWriteOutOfSpace, userInfo: [NSFilePathErrorKey: path]) }
    }

    /// With an existing output folder, exchanges the two names atomically (Linux `renameat2` with
    /// `RENAME_EXCHANGE`); the old site then sits at the staging name and is removed. Where the
    /// system can't exchange, two renames leave a moment with no output folder, but never a mix.
    func swap(_ staging: URL) throws {
        guard FileManager.default.fileExists(atPath: output.path) else {
            try FileManager.default.moveItem(at: staging, to: output)
            return
        }
        if chitieu_rename_exchange(staging.path, output.path) == 0 { return }
        let old = staging.deletingLastPathComponent().appendingPathComponent(leftoverPrefix("old") + Self.owner)
        try FileManager.default.moveItem(at: output, to: old)
        try FileManager.default.moveItem(at: staging, to: output)
        Self.removeTree(old.path)
    }

    /// Removes a folder on every core, its entries two levels down shared out: an old site of some
    /// six thousand files and eight hundred folders took a tenth of a rebuild to unlink on one thread.
    /// Never follows a link: only real folders are looked into.
    static func removeTree(_ folder: String) {
        var entries: [String] = []
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            let path = folder + "/" + name
            var status = stat()
            if lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR,
               let children = try? FileManager.default.contentsOfDirectory(atPath: path) {
                entries += children.map { path + "/" + $0 }
            } else {
                entries.append(path)
            }
        }
        _ = ParallelMap(workers: ProcessInfo.processInfo.activeProcessorCount).map(entries) { try? FileManager.default.removeItem(atPath: $0) }
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Names staging folders after the process that writes them, so a later build can tell the
    /// folder of a build that was killed (`kill -9`, power loss) from one still being written.
    static var owner: String { "\(getpid())-\(UUID().uuidString)" }

    func leftoverPrefix(_ kind: String) -> String { ".\(output.lastPathComponent).\(kind)-" }

    /// Removes staging and old folders whose process is gone; a killed build leaves the site
    /// whole but its staging folder behind, which would otherwise pile up beside the site.
    func removeLeftovers(in parent: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names {
            guard let prefix = ["staging", "old"].map(leftoverPrefix).first(where: name.hasPrefix),
                  let pid = pid_t(name.dropFirst(prefix.count).prefix { $0 != "-" }),
                  pid != getpid(), kill(pid, 0) == -1, errno == ESRCH else { continue }
            Self.removeTree(parent.appendingPathComponent(name).path)
        }
    }
}

/// A site being written: files go into the staging folder as soon as they are made, from any
/// thread, so a build need not hold the whole site in memory. `commit` swaps it in; the staging
/// folder (after a commit, the old site) is removed when this goes away.
public final class StagedOutput: @unchecked Sendable {
    let output: AtomicOutput
    let staging: URL
    private let lock = NSLock()
    private var folders: Set<String> = []
    private var paths: Set<String> = []
    private var repeated: Set<String> = []

    init(output: AtomicOutput, staging: URL) {
        self.output = output
        self.staging = staging
    }

    deinit { AtomicOutput.removeTree(staging.path) }

    /// Files written (or linked) so far.
    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return paths.count
    }

    /// Paths given more than once: the second would have overwritten the first.
    public var duplicates: [String] {
        lock.lock()
        defer { lock.unlock() }
        return repeated.sorted()
    }

    public func write(_ file: OutputFile) throws {
        let target = staging.appendingPathComponent(file.path)
        lock.lock()
        guard paths.insert(file.path).inserted else {
            repeated.insert(file.path)
            lock.unlock()
            return
        }
        // Folders are made under the lock, so no thread writes into one another is still making.
        let folder = target.deletingLastPathComponent().path
        do {
            if folders.insert(folder).inserted { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        } catch {
            lock.unlock()
            throw error
        }
        lock.unlock()
        if AtomicOutput.reuse(output.output.appendingPathComponent(file.path).path, ifItHolds: file.data, at: target.path) { return }
        try AtomicOutput.write(file.data, to: target.path)
    }

    public func commit() throws {
        try output.swap(staging)
    }
}
