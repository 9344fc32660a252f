import Foundation
import Yams

/// The ids each declaring file names, including entries that failed to load: a reference to a
/// jurisdiction whose entry has an error is not also reported as unknown. Nil when the file itself
/// could not be read, so its references aren't checked at all rather than all reported.
struct DeclaredIDs {
    let jurisdictions: Set<String>?
    let indicators: Set<String>?
    let plans: Set<String>
    /// False when some file failed to load, so "declared but unused" warnings would be guesses.
    let complete: Bool

    static func ids(in root: Node) -> Set<String> {
        guard let entries = root.sequence else { return [] }
        return Set(entries.compactMap { $0.mapping?["id"]?.scalar?.string })
    }
}
