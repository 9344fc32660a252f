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
        checkSuccessorCycles()
        checkLineageAgreement()
    }

    /// Lineage runs forward in time: a unit that is, through its successors, its own successor
    /// would make comparable series loop.
    func checkSuccessorCycles() {
        let byID = content.jurisdictionsByID
        for jurisdiction in content.jurisdictions {
            var frontier = jurisdiction.successors, seen: Set<String> = []
            while let next = frontier.popLast() {
                if next == jurisdiction.id {
                    log.error(jurisdiction.location, "jurisdiction '\(jurisdiction.id)' is its own successor (a cycle of successors)",
                              hint: "successors are the units a jurisdiction became; they cannot lead back to it")
                    break
                }
                if seen.insert(next).inserted { frontier += byID[next]?.successors ?? [] }
            }
        }
    }

    /// A figure for a period wholly before a unit existed, or wholly after it ceased to.
    func checkValidity(_ figure: Figure) {
        guard let jurisdiction = content.jurisdictionsByID[figure.jurisdiction] else { return }
        if let until = jurisdiction.validUntil, figure.period.start > until.year {
            let into = jurisdiction.successors.isEmpty ? "" : "; its figures from then on belong to \(jurisdiction.successors.map { "'\($0)'" }.joined(separator: ", "))"
            log.error(figure.location, "'\(figure.jurisdiction)' ceased to exist on \(until), before this figure's period \(figure.period)",
                      hint: "check the period or the jurisdiction\(into)")
        }
        if let from = jurisdiction.validFrom, figure.period.end < from.year {
            log.error(figure.location, "'\(figure.jurisdiction)' came into being on \(from), after this figure's period \(figure.period)",
                      hint: "figures before then belong to its predecessors")
        }
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
