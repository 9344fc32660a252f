import Foundation

/// A file of the built site: a path relative to the output folder and its bytes. Paths are
/// checked when made, so nothing from content can write outside the output folder.
public struct OutputFile: Hashable, Sendable {
    public let path: String
    public let data: Data

    public enum PathError: Error, CustomStringConvertible {
        case unsafe(String)

        public var description: String {
            switch self {
            case .unsafe(let path): return "refusing to write '\(path)': output paths are relative and stay inside the output folder"
            }
        }
    }

    public init(path: String, data: Data) throws {
        guard Self.isSafe(path) else { throw PathError.unsafe(path) }
        self.path = path
        self.data = data
    }

    public init(path: String, text: String) throws {
        try self.init(path: path, data: Data(text.utf8))
    }

    /// Relative, no empty, `.` or `..` segment, no backslash or NUL.
    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
