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
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).staging-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: staging) }
        try manager.createDirectory(at: staging, withIntermediateDirectories: false)
        var folders: Set<String> = []
        for file in files {
            let target = staging.appendingPathComponent(file.path)
            let folder = target.deletingLastPathComponent().path
            if folders.insert(folder).inserted { try manager.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            try Self.write(file.data, to: target.path)
        }
        try swap(staging)
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
        let old = staging.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).old-\(UUID().uuidString)")
        try FileManager.default.moveItem(at: output, to: old)
        try FileManager.default.moveItem(at: staging, to: output)
        try? FileManager.default.removeItem(at: old)
    }
}
