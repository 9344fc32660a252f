import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The regular files under some folders with their size and modification time, hidden ones
/// left out, read with one `stat` each: URL resource values cost a hundred times more, and a
/// national content folder is scanned after every save.
public enum InputFiles {
    public struct Stamp: Equatable, Sendable {
        public let size: Int
        /// Seconds and nanoseconds since 1970.
        public let modified: Double
    }

    /// Keyed by path as printed: the folder as given, then the path inside it.
    public static func stamps(in folders: [String]) -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        for folder in folders {
            let prefix = folder.hasSuffix("/") ? folder : folder + "/"
            guard let walker = FileManager.default.enumerator(atPath: folder) else { continue }
            for case let relative as String in walker {
                if relative.split(separator: "/").last?.hasPrefix(".") == true {
                    walker.skipDescendants()
                    continue
                }
                let path = prefix + relative
                var info = stat()
                guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
                #if canImport(Glibc)
                let time = info.st_mtim
                #else
                let time = info.st_mtimespec
                #endif
                stamps[path] = Stamp(size: Int(info.st_size), modified: Double(time.tv_sec) + Double(time.tv_nsec) / 1e9)
            }
        }
        return stamps
    }
}
