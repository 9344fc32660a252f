import Foundation
import ChitieuCore
import ChitieuModel

/// Checks that need the whole content: references between files, duplicates, and values
/// against their indicator's valid range.
struct ContentValidator {
    let content: Content
    let declared: DeclaredIDs
    let log: DiagnosticLog

    func validate() {
        checkJurisdictions()
        checkIndicators()
        for plan in content.plans { checkPlan(plan) }
        checkFigures(content.plans.flatMap(\.figures) + content.dataFigures)
    }

    /// Reports an id that nothing declares; `declared` nil means the declaring file failed, so its
    /// own error already explains the reference.
    /// `ids` is only listed for a did-you-mean, so only when the reference is unknown: a figure
    /// file at national scale checks a hundred thousand references.
    func reference(_ id: String, at location: SourceLocation, kind: String, among ids: @autoclosure () -> [String], declared: Set<String>?) {
        guard let declared, !declared.contains(id) else { return }
        log.error(location, "unknown \(kind) '\(id)'",
                  hint: DidYouMean.hint(for: id, among: ids()) ?? "\(kind)s are declared in \(Self.declaredIn(kind))")
    }

    func jurisdiction(_ id: String, at location: SourceLocation) {
        reference(id, at: location, kind: "jurisdiction", among: jurisdictionIDs, declared: declared.jurisdictions)
    }

    static func declaredIn(_ kind: String) -> String {
        switch kind {
        case "jurisdiction": return "jurisdictions.yaml"
        case "indicator": return "indicators.yaml"
        default: return "plans/"
        }
    }

    var jurisdictionIDs: [String] { content.jurisdictions.map(\.id) }
    var indicatorIDs: [String] { content.indicators.map(\.id) }
    var planIDs: [String] { content.plans.map(\.id) }

    func checkDuplicates<T>(_ items: [T], id: (T) -> String, location: (T) -> SourceLocation, kind: String) {
        var seen: [String: SourceLocation] = [:]
        for item in items {
            if let first = seen[id(item)] {
                log.error(location(item), "duplicate \(kind) id '\(id(item))'", hint: "it is already declared at \(first)")
            } else {
                seen[id(item)] = location(item)
            }
        }
    }

    func checkIndicators() {
        checkDuplicates(content.indicators, id: \.id, location: \.location, kind: "indicator")
        guard declared.complete else { return }
        let used = Set(content.figures.map(\.indicator) + (content.budgets.isEmpty ? [] : ["budget"]))
        for indicator in content.indicators where indicator.formula == nil && !used.contains(indicator.id) {
            log.warning(indicator.location, "indicator '\(indicator.id)' has no figures", hint: "remove it, or add its figures")
        }
    }

    func checkPlan(_ plan: Plan) {
        jurisdiction(plan.jurisdiction, at: plan.location)
        for budget in plan.budgets {
            jurisdiction(budget.jurisdiction, at: budget.location)
        }
    }

    func checkFigures(_ figures: [Figure]) {
        var seen: [FigureKey: SourceLocation] = [:]
        for figure in figures {
            jurisdiction(figure.jurisdiction, at: figure.location)
            reference(figure.indicator, at: figure.location, kind: "indicator", among: indicatorIDs, declared: declared.indicators)
            if let plan = figure.source.planID {
                reference(plan, at: figure.location, kind: "source plan", among: planIDs, declared: declared.plans)
            }
            if let first = seen[figure.key] {
                log.error(figure.location, "duplicate figure: the \(figure.kind.rawValue) of '\(figure.indicator)' for '\(figure.jurisdiction)' in \(figure.period) is already given",
                          hint: "it is at \(first); keep one of them")
            } else {
                seen[figure.key] = figure.location
            }
            checkRange(figure)
            checkValidity(figure)
        }
    }

    func checkRange(_ figure: Figure) {
        guard let indicator = content.indicatorsByID[figure.indicator] else { return }
        let range = indicator.validRange
        for value in Set([figure.quantity.low, figure.quantity.high]) where !range.contains(value) {
            let allowed = "\(range.min.map { $0.plain } ?? "−∞")–\(range.max.map { $0.plain } ?? "∞")"
            let what = indicator.unit.kind == .percent ? "a percentage" : "a value"
            log.error(figure.location, "\(value.plain) is \(what) outside \(allowed), which '\(indicator.id)' allows",
                      hint: indicator.unit.kind == .percent ? "percentages are 0–100 unless the indicator sets valid_range" : nil)
        }
    }
}
