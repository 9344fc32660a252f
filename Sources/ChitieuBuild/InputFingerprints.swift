import Foundation

/// What the input folders held at one moment: each file's size, modification time and a hash of
/// its bytes. Two of them say which files changed; a file saved with the same bytes did not.
struct InputFingerprints: Sendable {
    struct Entry: Equatable, Sendable {
        var size: Int
        var modified: Date
        var hash: Int
    }

    /// Keyed by path as printed: the folder as given, then the path inside it.
    var entries: [String: Entry] = [:]

    /// Hashes only the files whose size or time differ from `previous`; a file that vanishes
    /// while being read is simply not there.
    static func scan(_ folders: [String], reusing previous: InputFingerprints?) -> InputFingerprints {
        var scanned = InputFingerprints()
        let keys: [URLResourceKey] = [.isRegularFileKey, .fileSizeKey, .contentModificationDateKey]
        for folder in folders {
            let root = URL(fileURLWithPath: folder)
            guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]) else { continue }
            for case let url as URL in walker {
                guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { continue }
                let path = folder + "/" + url.path.dropFirst(root.path.count + 1)
                let size = values.fileSize ?? 0, modified = values.contentModificationDate ?? .distantPast
                if let old = previous?.entries[path], old.size == size, old.modified == modified {
                    scanned.entries[path] = old
                } else if let data = try? Data(contentsOf: url) {
                    scanned.entries[path] = Entry(size: size, modified: modified, hash: data.hashValue)
                }
            }
        }
        return scanned
    }

    /// Files added, removed, or whose bytes differ, sorted.
    func changes(since previous: InputFingerprints) -> [String] {
        let paths = Set(entries.keys).union(previous.entries.keys)
        return paths.filter { entries[$0]?.hash != previous.entries[$0]?.hash }.sorted()
    }
}
