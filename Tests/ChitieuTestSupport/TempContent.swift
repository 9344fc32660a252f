import Foundation

/// A content folder made for one test in a temporary directory: a fixture copied, then files
/// overlaid or removed, so each case states only what differs from a valid site.
public struct TempContent {
    /// The repository's root, found from this file's place in it.
    public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    public static let fixtures = repository.appendingPathComponent("Tests/ChitieuLoadTests/Fixtures")

    public let root: URL

    /// Copies `Fixtures/<base>`, removes the paths listed in the overlay's `_remove`, then copies the
    /// overlay's files over it.
    public init(base: String = "minimal", overlay: URL? = nil, files: [String: String] = [:]) throws {
        let manager = FileManager.default
        root = manager.temporaryDirectory.appendingPathComponent("chitieu-\(UUID().uuidString)")
        try manager.copyItem(at: Self.fixtures.appendingPathComponent(base), to: root)
        if let overlay {
            let removals = (try? String(contentsOf: overlay.appendingPathComponent("_remove"), encoding: .utf8)) ?? ""
            for path in removals.split(separator: "\n") { try manager.removeItem(at: root.appendingPathComponent(String(path))) }
            try copyOverlay(overlay)
        }
        for (path, text) in files { try write(path, text) }
    }

    public var path: String { root.path }

    public func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func copyOverlay(_ overlay: URL) throws {
        let manager = FileManager.default
        guard let walker = manager.enumerator(atPath: overlay.path) else { return }
        for case let relative as String in walker where relative != "_remove" && relative != "expected.txt" {
            let source = overlay.appendingPathComponent(relative), target = root.appendingPathComponent(relative)
            let attributes = try manager.attributesOfItem(atPath: source.path)
            if attributes[.type] as? FileAttributeType == .typeDirectory && !manager.fileExists(atPath: target.path) {
                try manager.createDirectory(at: target, withIntermediateDirectories: true)
            } else if attributes[.type] as? FileAttributeType == .typeSymbolicLink {
                try? manager.removeItem(at: target)
                try manager.createSymbolicLink(atPath: target.path, withDestinationPath: manager.destinationOfSymbolicLink(atPath: source.path))
            } else if attributes[.type] as? FileAttributeType == .typeRegular {
                try? manager.removeItem(at: target)
                try manager.copyItem(at: source, to: target)
            }
        }
    }

    /// Diagnostics as printed, with this folder's path taken off so expectations are portable.
    public func relative(_ text: String) -> String {
        text.replacingOccurrences(of: path + "/", with: "").replacingOccurrences(of: path, with: ".")
    }

    public func remove() { try? FileManager.default.removeItem(at: root) }
}
