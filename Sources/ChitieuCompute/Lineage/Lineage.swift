import ChitieuCore
import ChitieuModel

/// Which units' figures cover a unit's present territory in a period. A unit that absorbed others
/// on 1 July 2025 keeps its id, so its 2021–2025 figures are those of its old, smaller self; on
/// today's boundaries the period also needs the figures of every unit it absorbed.
public struct Lineage: Sendable {
    let byID: [String: Jurisdiction]
    /// Each unit's predecessors in Vietnamese alphabetical order, sorted once: components are
    /// asked for every value of every unit.
    let predecessors: [String: [String]]

    public init(jurisdictions: [Jurisdiction]) {
        let byID = Dictionary(jurisdictions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.byID = byID
        predecessors = Dictionary(jurisdictions.filter { !$0.predecessors.isEmpty }.map { jurisdiction in
            (jurisdiction.id, jurisdiction.predecessors.sortedVietnamese { byID[$0]?.name[.vi] ?? $0 })
        }, uniquingKeysWith: { first, _ in first })
    }

    /// The day the unit took its present boundaries: the day after its predecessors last existed.
    /// Nil for a unit whose boundaries never changed.
    public func boundaryDate(_ id: String) -> CalendarDate? {
        guard let jurisdiction = byID[id] else { return nil }
        let ends = jurisdiction.predecessors.compactMap { byID[$0]?.validUntil }
        return ends.max()?.next ?? jurisdiction.validFrom
    }

    /// Whether the period began before the unit took its present boundaries, so its plans were
    /// made by the units of the time.
    public func predates(_ period: Period, boundariesOf id: String) -> Bool {
        guard let date = boundaryDate(id) else { return false }
        return CalendarDate(year: period.start, month: 1, day: 1)! < date
    }

    /// The units whose figures, together, cover `id`'s present territory in `period`: itself when
    /// it existed then, and its predecessors (theirs in turn), in Vietnamese alphabetical order after itself.
    public func components(of id: String, in period: Period) -> [String] {
        var seen: Set<String> = []
        return components(of: id, in: period, seen: &seen)
    }

    func components(of id: String, in period: Period, seen: inout Set<String>) -> [String] {
        guard seen.insert(id).inserted, let jurisdiction = byID[id] else { return [] }
        guard predates(period, boundariesOf: id) else { return [id] }
        let existed = jurisdiction.validFrom.map { $0.year <= period.start } ?? true
        return (existed ? [id] : []) + (predecessors[id] ?? []).flatMap { components(of: $0, in: period, seen: &seen) }
    }

    /// The unit and every unit that ever merged into it, directly or through others: all the
    /// units `components` can name for it, in any period.
    public func ancestry(_ id: String) -> Set<String> {
        var found: Set<String> = [], next = [id]
        while let unit = next.popLast() {
            guard found.insert(unit).inserted else { continue }
            next += predecessors[unit] ?? []
        }
        return found
    }

    /// Every unit that became part of this one, at any time, in the order `components` gives.
    public func absorbed(_ id: String) -> [String] {
        guard let date = boundaryDate(id) else { return [] }
        return components(of: id, in: Period(year: date.year - 1)).filter { $0 != id }
    }

    /// A unit in force today: one that has not ended.
    public func isCurrent(_ id: String) -> Bool {
        byID[id].map { $0.validUntil == nil } ?? false
    }

    /// The unit a former one is part of today, following successors; nil for a current unit.
    public func successor(of id: String) -> String? {
        var current = id, seen: Set<String> = []
        while let next = byID[current]?.successors.first, seen.insert(current).inserted {
            current = next
        }
        return current == id ? nil : current
    }
}
