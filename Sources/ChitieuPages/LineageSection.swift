import Foundation
import ChitieuCompute
import ChitieuCore
import ChitieuModel

/// What a jurisdiction page says about boundary changes: into what a former province merged, what
/// each period's figures cover, and the predecessors' plans and targets beside the combined value.
public struct LineageSection: Sendable {
    public struct Notice: Sendable { public let text: String; public let href: String; public let linkText: String }

    /// For a former unit: when and into what it merged.
    public let mergedInto: Notice?
    /// One sentence per period saying which units' figures it covers.
    public let coverage: [String]
    public let predecessorPlans: [JurisdictionPage.PlanLink]
    public let tables: [Table]
}

extension PageBuilder {
    /// Nil for a unit whose boundaries never changed.
    func lineageSection(_ jurisdiction: Jurisdiction, narratives: [String: RenderedNarrative]) -> LineageSection? {
        let route = Route.jurisdiction(jurisdiction.id)
        let predecessors = lineage.absorbed(jurisdiction.id)
        let merged = mergedNotice(jurisdiction)
        guard merged != nil || !predecessors.isEmpty else { return nil }
        let plans = content.plans.filter { predecessors.contains($0.jurisdiction) }
            .sorted { ($0.date?.iso ?? "", $0.id) > ($1.date?.iso ?? "", $1.id) }
            .map { plan in
                let link = planLink(plan, narratives: narratives)
                return JurisdictionPage.PlanLink(href: link.href, title: link.title,
                                                 meta: ([name(plan.jurisdiction)] + [link.meta].filter { !$0.isEmpty }).joined(separator: " · "),
                                                 excerptHTML: "")
            }
        let covered = coveredPeriods(jurisdiction.id)
        let tables = covered.filter { lineage.predates($0, boundariesOf: jurisdiction.id) }
            .compactMap { predecessorTable(jurisdiction.id, $0) }.map { placed($0, on: route) }
        return LineageSection(mergedInto: merged, coverage: coverage(jurisdiction.id, periods: covered), predecessorPlans: plans, tables: tables)
    }

    func mergedNotice(_ jurisdiction: Jurisdiction) -> LineageSection.Notice? {
        guard let until = jurisdiction.validUntil, let successor = lineage.successor(of: jurisdiction.id) else { return nil }
        let text = strings.format("lineage_merged_into", [
            "name": jurisdiction.name[language], "date": until.next.formatted(language), "successor": name(successor),
        ])
        return .init(text: text, href: href(.jurisdiction(successor)), linkText: strings.format("lineage_go_to", ["name": name(successor)]))
    }

    /// Periods with a stated target, result or baseline of the unit or of any unit it absorbed.
    /// Only the rows of its ancestry are looked at, and components once per period.
    func coveredPeriods(_ id: String) -> [Period] {
        let stated: Set<ValueRow.Kind> = [.target, .result, .baseline]
        var components: [Period: Set<String>] = [:]
        var periods: Set<Period> = []
        for unit in lineage.ancestry(id) {
            for row in computed.values.rows(jurisdiction: unit) where stated.contains(row.kind) && !periods.contains(row.period) {
                let covering = components[row.period] ?? Set(lineage.components(of: id, in: row.period))
                components[row.period] = covering
                if covering.contains(unit) { periods.insert(row.period) }
            }
        }
        return periods.sorted()
    }

    func coverage(_ id: String, periods: [Period]) -> [String] {
        guard let date = lineage.boundaryDate(id) else { return [] }
        let absorbed = lineage.absorbed(id)
        let units = absorbed.map { name($0) }.joined(separator: ", ")
        return periods.map { period in
            let key = lineage.predates(period, boundariesOf: id) ? "lineage_coverage_planned" : "lineage_coverage_today"
            return strings.format(key, ["period": period.display, "name": name(id), "date": date.formatted(language), "units": units])
        }
    }
}
