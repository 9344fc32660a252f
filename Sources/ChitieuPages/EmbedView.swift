import ChitieuCompute
import ChitieuCore
import ChitieuModel

/// What a narrative's embed becomes: chart markup, or a table the theme renders like any other.
public enum Embedded: Sendable {
    case chart(String)
    case table(Table)
}

/// The embed's ids checked against the content, resolved to what the components draw.
struct EmbedSelection {
    let indicators: [Indicator]
    /// nil is every jurisdiction.
    let jurisdictions: Set<String>?
    let periods: [Period]
    let kind: ValueRow.Kind
    let plan: Plan?
    let caption: String?
}

extension PageBuilder {
    /// Checks an embed's ids and data, then draws it with the generated pages' components; nil
    /// after at least one diagnostic at the offending id or at the fence.
    func embed(_ request: EmbedRequest, id: String, diagnostics: inout [Diagnostic]) -> Embedded? {
        let before = diagnostics.count
        guard let selection = select(request, &diagnostics), diagnostics.count == before else { return nil }
        checkData(request, selection, &diagnostics)
        guard diagnostics.count == before else { return nil }
        guard let chart = request.chart else { return .table(embedTable(selection, id: id)) }
        guard let html = draw(chart, selection, request, id: id), !html.isEmpty else {
            diagnostics.append(.error(request.location, "the \(chart.rawValue) chart has nothing to draw for what it asks",
                                      hint: "check that the jurisdictions named have values of these indicators"))
            return nil
        }
        let caption = selection.caption.map { "<figcaption>\(HTMLText.escape($0))</figcaption>" } ?? ""
        return .chart("<figure class=\"chart-wrap embed\" id=\"\(id)\">\(caption)\(html)</figure>")
    }

    func select(_ request: EmbedRequest, _ diagnostics: inout [Diagnostic]) -> EmbedSelection? {
        let indicators = request.indicators.compactMap { located -> Indicator? in
            if let indicator = content.indicatorsByID[located.value] { return indicator }
            diagnostics.append(.error(located.location, "unknown indicator '\(located.value)'",
                                      hint: DidYouMean.hint(for: located.value, among: content.indicators.map(\.id))))
            return nil
        }
        let kind = request.value.map { ValueRow.Kind(rawValue: $0.value) } ?? .target
        if let value = request.value, kind == nil {
            diagnostics.append(.error(value.location, "'\(value.value)' is not a kind of value",
                                      hint: "kinds: \(ValueRow.Kind.allCases.map(\.rawValue).joined(separator: ", "))"))
        }
        var plan: Plan?
        if let id = request.plan {
            plan = content.plansByID[id.value]
            if plan == nil {
                diagnostics.append(.error(id.location, "unknown plan '\(id.value)'", hint: DidYouMean.hint(for: id.value, among: content.plans.map(\.id))))
            }
        }
        let jurisdictions = jurisdictions(request, &diagnostics)
        guard let kind else { return nil }
        return EmbedSelection(indicators: indicators, jurisdictions: jurisdictions,
                              periods: request.periods.map(\.value), kind: kind, plan: plan, caption: request.caption?[language])
    }

    func jurisdictions(_ request: EmbedRequest, _ diagnostics: inout [Diagnostic]) -> Set<String>? {
        switch request.jurisdictions {
        case .all: return nil
        case .level(let level): return Set(content.jurisdictions.filter { $0.level == level }.map(\.id))
        case .ids(let ids):
            for id in ids where content.jurisdictionsByID[id.value] == nil {
                diagnostics.append(.error(id.location, "unknown jurisdiction '\(id.value)'",
                                          hint: DidYouMean.hint(for: id.value, among: content.jurisdictions.map(\.id))))
            }
            return Set(ids.map(\.value))
        }
    }

    /// An indicator with no value of the asked kind for a period, in any jurisdiction asked for,
    /// is an error at the period: the embed would draw an empty frame.
    func checkData(_ request: EmbedRequest, _ selection: EmbedSelection, _ diagnostics: inout [Diagnostic]) {
        guard request.chart != .budget else { return }
        let ids = selection.jurisdictions.map { Array($0) } ?? content.jurisdictions.map(\.id)
        for indicator in selection.indicators {
            for period in request.periods where !ids.contains(where: { value($0, indicator.id, period.value, selection.kind) != nil }) {
                diagnostics.append(.error(period.location, "no jurisdiction of this embed has a \(selection.kind.rawValue) of '\(indicator.id)' for \(period.value)",
                                          hint: "periods with a \(selection.kind.rawValue) of it: \(periods(of: indicator.id, selection.kind))"))
            }
        }
    }

    func periods(of indicator: String, _ kind: ValueRow.Kind) -> String {
        let periods = Set(computed.values.rows(indicator: indicator).filter { $0.kind == kind }.map(\.period)).sorted()
        return periods.isEmpty ? "none" : periods.map(\.description).joined(separator: ", ")
    }

    func draw(_ chart: EmbedRequest.Chart, _ selection: EmbedSelection, _ request: EmbedRequest, id: String) -> String? {
        let indicator = selection.indicators.first, among = selection.jurisdictions, title = selection.caption
        let only = among?.first ?? ""
        switch chart {
        case .bars: return targetBars(indicator!, selection.periods[0], id: id, kind: selection.kind, among: among, title: title)
        case .grouped:
            return targetsAcrossPeriods(only, indicators: selection.indicators.isEmpty ? nil : selection.indicators,
                                        periods: selection.periods.isEmpty ? nil : selection.periods, id: "chart-\(id)", title: title)
        case .slope:
            return slope(indicator!, from: selection.periods[0], to: selection.periods[1], among: among, id: "chart-\(id)",
                         title: title ?? indicator!.name[language])
        case .line: return yearlyResults(indicator!, among: among, idPrefix: "chart-\(id)").joined(separator: "\n")
        case .bullet:
            return resultsAgainstTargets(only, indicators: selection.indicators.isEmpty ? nil : Set(selection.indicators.map(\.id)),
                                         id: "chart-\(id)", title: title)
        case .budget:
            let budgets = selection.plan!.budgets.filter { selection.periods.isEmpty || selection.periods.contains($0.period) }
            return budgets.enumerated().compactMap { budgetChart($1, id: "\(id)-\($0 + 1)", title: title) }.joined(separator: "\n")
        case .heat:
            let used = selection.indicators.isEmpty ? indicators.filter { value(national, $0.id, selection.periods[0], .target) != nil } : selection.indicators
            return gapHeatTable(selection.periods[0], indicators: used, id: id, among: among, title: title)
        }
    }

    /// Jurisdictions down, one column per indicator and period; the CSV download is placed with
    /// the page the narrative is on.
    func embedTable(_ selection: EmbedSelection, id: String) -> Table {
        let columns = selection.indicators.flatMap { indicator in selection.periods.map { (indicator, $0) } }
        let ids = jurisdictions.map(\.id).filter { j in
            selection.jurisdictions?.contains(j) != false && columns.contains { value(j, $0.0.id, $0.1, selection.kind) != nil }
        }
        let signed = selection.kind == .gap || selection.kind == .change
        let rows = ids.map { j in
            Table.Row(header: Table.Cell(text: name(j), href: href(.jurisdiction(j)), csv: j),
                      cells: columns.map { valueCell(value(j, $0.0.id, $0.1, selection.kind), signed: signed) })
        }
        let many = selection.indicators.count > 1
        let headers = columns.map { Table.Column(text: many ? "\($0.0.name[language]) (\($0.1.display))" : $0.1.display, numeric: true) }
        let kindWord = strings.table["column_\(selection.kind.rawValue)"] ?? strings["kind_\(selection.kind.rawValue)"]
        let caption = selection.caption ?? "\(kindWord): \(selection.indicators.map { $0.name[language] }.joined(separator: ", "))"
        return Table(id: id, caption: caption, columns: [Table.Column(text: strings["column_jurisdiction"], numeric: false)] + headers, rows: rows)
    }
}
