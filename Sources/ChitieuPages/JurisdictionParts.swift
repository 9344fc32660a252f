import Foundation
import ChitieuModel

/// What a jurisdiction's page and its annual reports both show: the targets table of each
/// period, the results table and the two charts. Made by whichever of them comes first and
/// handed to the others, then let go once the last has taken it, so a national build holds only
/// the jurisdictions being rendered. Each report made them all again, a tenth of a build.
final class JurisdictionParts: @unchecked Sendable {
    struct Parts: Sendable {
        let targetTables: [Period: Table]
        let resultsTable: Table?
        let targetsChart: String?
        let resultsChart: String?
    }

    /// One jurisdiction's parts: its own lock, so a page waits for the parts another thread is
    /// making for the same jurisdiction, not for every jurisdiction.
    private final class Slot {
        let lock = NSLock()
        var parts: Parts?
        var remaining: Int

        init(users: Int) { remaining = users }
    }

    private let lock = NSLock()
    private var slots: [String: Slot] = [:]

    /// `users` is how many pages will ask for this jurisdiction's parts; a wrong count costs
    /// memory or a second making, never a different page.
    func parts(of jurisdiction: String, users: Int, make: () -> Parts) -> Parts {
        let slot = lock.withLock {
            if let slot = slots[jurisdiction] { return slot }
            let slot = Slot(users: users)
            slots[jurisdiction] = slot
            return slot
        }
        let parts = slot.lock.withLock {
            if let parts = slot.parts { return parts }
            let parts = make()
            slot.parts = parts
            return parts
        }
        lock.withLock {
            slot.remaining -= 1
            if slot.remaining <= 0, slots[jurisdiction] === slot { slots[jurisdiction] = nil }
        }
        return parts
    }

    /// How many are held, for tests that check they are let go.
    var count: Int { lock.withLock { slots.count } }
}
