import Foundation

/// What the input folders held at one moment: each file's size, modification time and a hash of
/// its bytes. Two of them say which files changed; a file saved with the same bytes did not.
struct InputFingerprints: Sendable {
    struct Entry: Equatable, Sendable {
        var stamp: InputFiles.Stamp
        var hash: Int
    }

    /// Keyed by path as printed: the folder as given, then the path inside it.
    var entries: [String: Entry] = [:]
    /// When the scan began.
    var time = Date.distantPast
    /// The bytes of the Markdown files, whose narratives a rebuild may re-read alone.
    var markdown: [String: Data] = [:]

    /// File times are coarse (a clock tick, or a second on some file systems): a file changed
    /// this close to the last scan may have changed again since with the same size and time.
    static let timeResolution: TimeInterval = 2

    /// Hashes only the files whose size or time differ from `previous`, or whose time is too
    /// close to `previous`'s scan to tell; a file that vanishes while being read is not there.
    static func scan(_ folders: [String], reusing previous: InputFingerprints?) -> InputFingerprints {
        var scanned = InputFingerprints()
        scanned.time = Date()
        let settled = (previous?.time ?? .distantPast).addingTimeInterval(-timeResolution).timeIntervalSince1970
        for (path, stamp) in InputFiles.stamps(in: folders) {
            if let old = previous?.entries[path], old.stamp == stamp, stamp.modified < settled {
                scanned.entries[path] = old
                scanned.markdown[path] = previous?.markdown[path]
            } else if let data = FileManager.default.contents(atPath: path) {
                scanned.entries[path] = Entry(stamp: stamp, hash: Self.hash(data))
                if path.hasSuffix(".md") { scanned.markdown[path] = data }
            }
        }
        return scanned
    }

    /// Of every byte (`Data.hashValue` looks at the first few only), seeded per process, as the
    /// fingerprints live in memory only.
    static func hash(_ data: Data) -> Int {
        var hasher = Hasher()
        data.withUnsafeBytes { hasher.combine(bytes: $0) }
        return hasher.finalize()
    }

    /// Files added, removed, or whose bytes differ, sorted.
    func changes(since previous: InputFingerprints) -> [String] {
        let paths = Set(entries.keys).union(previous.entries.keys)
        return paths.filter { entries[$0]?.hash != previous.entries[$0]?.hash }.sorted()
    }
}
