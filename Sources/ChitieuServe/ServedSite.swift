import ChitieuCore
import Foundation

/// The site the server answers from: the files of the last good build by path, and the errors
/// of the build after it, if that one failed. Made once per build and swapped whole.
struct ServedSite: Sendable {
    let files: [String: ServedFile]
    /// The errors and warnings of a failed build; empty after a good one.
    let failure: [Diagnostic]
    /// Counts builds, good or failed: the page's snippet and the reload stream compare it.
    let generation: Int

    static let empty = ServedSite(files: [:], failure: [], generation: 0)

    /// The files of a good build; bytes and ETags of unchanged files are taken from `previous`.
    init(files output: [OutputFile], previous: ServedSite) {
        var files: [String: ServedFile] = [:]
        files.reserveCapacity(output.count)
        for file in output {
            if let old = previous.files[file.path], old.holds(file.data) {
                files[file.path] = old
            } else {
                files[file.path] = ServedFile(path: file.path, data: file.data)
            }
        }
        self.init(files: files, failure: [], generation: previous.generation + 1)
    }

    /// The last good files, shown with the diagnostics of the build that failed.
    init(failure: [Diagnostic], previous: ServedSite) {
        self.init(files: previous.files, failure: failure, generation: previous.generation + 1)
    }

    init(files: [String: ServedFile], failure: [Diagnostic], generation: Int) {
        self.files = files
        self.failure = failure
        self.generation = generation
    }
}

/// The current `ServedSite`, read by every request and replaced after every build.
final class SiteStore: @unchecked Sendable {
    private let lock = NSLock()
    private var site = ServedSite.empty

    var current: ServedSite { lock.withLock { site } }

    func replace(_ make: (ServedSite) -> ServedSite) -> ServedSite {
        lock.withLock {
            site = make(site)
            return site
        }
    }
}
