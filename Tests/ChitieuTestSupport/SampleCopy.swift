import Foundation

/// The sample content and the default theme copied into a temporary folder, for tests that
/// edit them as a user would.
public struct SampleCopy {
    public let root: URL

    public init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("chitieu-sample-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("themes"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TempContent.repository.appendingPathComponent("content"), to: root.appendingPathComponent("content"))
        try FileManager.default.copyItem(at: TempContent.repository.appendingPathComponent("themes/default"), to: root.appendingPathComponent("themes/default"))
    }

    public var content: String { root.appendingPathComponent("content").path }
    public var theme: String { root.appendingPathComponent("themes/default").path }

    public func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    public func write(_ path: String, _ text: String) throws {
        try Data(text.utf8).write(to: root.appendingPathComponent(path))
    }

    /// Replaces the first `old` in a file, failing when it is not there so a test cannot pass
    /// by editing nothing.
    public func replace(_ path: String, _ old: String, with new: String) throws {
        let text = try read(path)
        guard let range = text.range(of: old) else { throw Missing(text: old, path: path) }
        try write(path, text.replacingCharacters(in: range, with: new))
    }

    public struct Missing: Error { let text: String; let path: String }

    public func remove() { try? FileManager.default.removeItem(at: root) }
}
