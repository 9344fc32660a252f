import Foundation
import ChitieuCore
import ChitieuModel

extension ContentValidator {
    func checkJurisdictions() {
        checkDuplicates(content.jurisdictions, id: \.id, location: \.location, kind: "jurisdiction")
        jurisdiction(content.site.nationalJurisdiction, at: content.site.location)
        for jurisdiction in content.jurisdictions {
            if let parent = jurisdiction.parent {
                self.jurisdiction(parent, at: jurisdiction.location)
            } else if jurisdiction.level != .national {
                log.error(jurisdiction.location, "jurisdiction '\(jurisdiction.id)' has no parent",
                          hint: "every jurisdiction but the national one names the one above it with 'parent'")
            }
            for other in jurisdiction.successors + jurisdiction.predecessors {
                self.jurisdiction(other, at: jurisdiction.location)
            }
            if let from = jurisdiction.validFrom, let until = jurisdiction.validUntil, until < from {
                log.error(jurisdiction.location, "jurisdiction '\(jurisdiction.id)' is valid until \(until), before it is valid from \(from)")
            }
        }
        checkParentCycles()
    }

    /// A parent chain that comes back to where it started would make ranks and trees loop.
    func checkParentCycles() {
        let byID = content.jurisdictionsByID
        for jurisdiction in content.jurisdictions {
            var seen: Set<String> = [jurisdiction.id]
            var current = jurisdiction.parent
            while let id = current, let next = byID[id] {
                if seen.contains(id) {
                    if id == jurisdiction.id {
                        log.error(jurisdiction.location, "jurisdiction '\(jurisdiction.id)' is its own ancestor (a cycle of parents)")
                    }
                    break
                }
                seen.insert(id)
                current = next.parent
            }
        }
    }
}
