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
        let manager = FileManager.default
        let parent = output.deletingLastPathComponent()
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        removeLeftovers(in: parent)
        let staging = parent.appendingPathComponent(leftoverPrefix("staging") + Self.owner)
        defer { try? manager.removeItem(at: staging) }
        try manager.createDirectory(at: staging, withIntermediateDirectories: false)
        var folders: Set<String> = []
        for file in files {
            let target = staging.appendingPathComponent(file.path)
            let folder = target.deletingLastPathComponent().path
            if folders.insert(folder).inserted { try manager.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            if Self.reuse(output.appendingPathComponent(file.path).path, ifItHolds: file.data, at: target.path) { continue }
            try Self.write(file.data, to: target.path)
        }
        try swap(staging)
    }

    /// A file whose bytes did not change is hard-linked from the current site instead of written:
    /// it keeps its inode and modification time, so hosts and `rsync` see only what changed, and
    /// a rebuild writes only the changed bytes. Any doubt (no old file, another size, a link that
    /// fails) falls back to writing.
    static func reuse(_ old: String, ifItHolds data: Data, at target: String) -> Bool {
        var status = stat()
        guard lstat(old, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) == data.count,
              let existing = try? Data(contentsOf: URL(fileURLWithPath: old), options: .alwaysMapped), existing == data else { return false }
        return link(old, target) == 0
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
        try? FileManager.default.removeItem(at: old)
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
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }
}
