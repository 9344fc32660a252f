import ChitieuCore
import ChitieuModel

extension ContentValidator {
    /// Both ends of a boundary change must tell the same story: comparable series follow
    /// predecessors back and pages follow successors forward, so a link written on one side only
    /// would make the two disagree.
    func checkLineageAgreement() {
        let byID = content.jurisdictionsByID
        for jurisdiction in content.jurisdictions {
            for id in jurisdiction.successors {
                guard let successor = byID[id] else { continue }
                if !successor.predecessors.contains(jurisdiction.id) {
                    log.error(jurisdiction.location, "'\(jurisdiction.id)' names '\(id)' as a successor, but '\(id)' does not name it among its predecessors",
                              hint: "add '\(jurisdiction.id)' to the predecessors of '\(id)', or remove the successor")
                }
                checkSuccession(from: jurisdiction, to: successor)
            }
            for id in jurisdiction.predecessors where byID[id].map({ !$0.successors.contains(jurisdiction.id) }) ?? false {
                log.error(jurisdiction.location, "'\(jurisdiction.id)' names '\(id)' as a predecessor, but '\(id)' does not name it among its successors",
                          hint: "add '\(jurisdiction.id)' to the successors of '\(id)', or remove the predecessor")
            }
            if !jurisdiction.successors.isEmpty, jurisdiction.validUntil == nil {
                log.error(jurisdiction.location, "'\(jurisdiction.id)' has successors but no 'valid_until'",
                          hint: "a unit that became others ended on a date: add valid_until, e.g. 2025-06-30")
            }
        }
    }

    /// A successor must exist on the day its predecessor ends and after it.
    func checkSuccession(from predecessor: Jurisdiction, to successor: Jurisdiction) {
        guard let end = predecessor.validUntil else { return }
        if let until = successor.validUntil, until <= end {
            log.error(predecessor.location, "'\(predecessor.id)' ends on \(end), but its successor '\(successor.id)' ended before, on \(until)",
                      hint: "a successor continues after its predecessor ends; check both dates")
        }
        if let from = successor.validFrom, from > end.next {
            log.error(predecessor.location, "'\(predecessor.id)' ends on \(end), but its successor '\(successor.id)' begins only on \(from)",
                      hint: "a successor takes over when its predecessor ends; check both dates")
        }
    }
}
