import ChitieuCore
import ChitieuModel
import Yams

/// Reads the YAML body of a narrative's `chitieu-chart` or `chitieu-table` block into an
/// `EmbedRequest`, with every problem at its own line and column of the Markdown file.
public enum EmbedReader {
    static let keys = ["chart", "indicator", "indicators", "jurisdiction", "jurisdictions", "period", "periods", "value", "plan", "caption"]

    /// `fence` is the opening fence; the body starts on the next line, at the fence's column.
    public static func read(kind: String, body: String, fence: SourceLocation) -> (request: EmbedRequest?, diagnostics: [Diagnostic]) {
        let log = DiagnosticLog()
        guard let embedKind = EmbedRequest.Kind(rawValue: kind) else {
            log.error(fence, "unknown embed 'chitieu-\(kind)'", hint: "embeds are chitieu-chart and chitieu-table")
            return (nil, log.items)
        }
        guard !body.allSatisfy(\.isWhitespace) else {
            log.error(fence, "the chitieu-\(kind) block is empty", hint: "write what to show, e.g. 'indicator: staff_trained_pct' and 'period: 2021-2025'")
            return (nil, log.items)
        }
        guard let node = YAMLText.parse(body, file: fence.file, lineOffset: fence.line, columnOffset: fence.column - 1, log: log) else {
            return (nil, log.items)
        }
        let reader = NodeReader(file: fence.file, lineOffset: fence.line, log: log, columnOffset: fence.column - 1)
        guard let fields = reader.mapping(node, "a chitieu-\(kind) block") else { return (nil, log.items) }
        let request = EmbedFields(fields: fields, reader: reader, fence: fence).request(embedKind)
        return (log.hasErrors ? nil : request, log.items)
    }
}

/// The keys of one embed block, read and checked for the shape its chart or table needs.
struct EmbedFields {
    let fields: Fields
    let reader: NodeReader
    let fence: SourceLocation

    func request(_ kind: EmbedRequest.Kind) -> EmbedRequest? {
        let what = "a chitieu-\(kind.rawValue) block"
        fields.warnUnknownKeys(allowed: kind == .chart ? EmbedReader.keys : EmbedReader.keys.filter { $0 != "chart" && $0 != "plan" }, in: what)
        var chart: EmbedRequest.Chart?
        if kind == .chart {
            guard let node = fields.required("chart", in: what), let name = reader.string(node, "the chart") else { return nil }
            chart = EmbedRequest.Chart(rawValue: name)
            if chart == nil {
                reader.error(node, "unknown chart '\(name)'", hint: DidYouMean.hint(for: name, among: EmbedRequest.Chart.allCases.map(\.rawValue))
                             ?? "charts: \(EmbedRequest.Chart.allCases.map(\.rawValue).joined(separator: ", "))")
                return nil
            }
        }
        let request = EmbedRequest(
            kind: kind, chart: chart, indicators: ids("indicator", "indicators", "an indicator"),
            jurisdictions: jurisdictions(), periods: periods(),
            value: located("value", "the value kind"), plan: located("plan", "the plan"),
            caption: fields.value("caption").flatMap { reader.localized($0, "the caption") }, location: fence)
        // A value that failed to read would also fail its count: say it once.
        if !reader.log.hasErrors { checkShape(request, what: what) }
        return request
    }

    /// One key or its plural, as a list of ids.
    func ids(_ singular: String, _ plural: String, _ what: String) -> [Located<String>] {
        guard let node = fields.value(singular) ?? fields.value(plural) else { return [] }
        let items = node.scalar != nil ? [node] : (reader.sequence(node, "\(plural)") ?? [])
        return items.compactMap { item in reader.id(item, what).map { Located($0, at: reader.location(item)) } }
    }

    func located(_ key: String, _ what: String) -> Located<String>? {
        guard let node = fields.value(key), let text = reader.nonEmptyString(node, what) else { return nil }
        return Located(text, at: reader.location(node))
    }

    /// `all` (the default), a level such as `province`, or ids.
    func jurisdictions() -> EmbedRequest.Jurisdictions {
        if let node = fields.value("jurisdictions") ?? fields.value("jurisdiction"), let word = node.scalar?.string {
            if word == "all" { return .all }
            if let level = Jurisdiction.Level(rawValue: word) { return .level(level) }
        }
        let ids = ids("jurisdiction", "jurisdictions", "a jurisdiction")
        return ids.isEmpty ? .all : .ids(ids)
    }

    func periods() -> [Located<Period>] {
        guard let node = fields.value("period") ?? fields.value("periods") else { return [] }
        let items = node.scalar != nil ? [node] : (reader.sequence(node, "periods") ?? [])
        return items.compactMap { item in reader.period(item, "the period").map { Located($0, at: reader.location(item)) } }
    }

    /// How many indicators, periods and jurisdictions each chart draws, and what a table needs.
    func checkShape(_ request: EmbedRequest, what: String) {
        let oneJurisdiction: Bool = { if case .ids(let ids) = request.jurisdictions { return ids.count == 1 }; return false }()
        func need(_ ok: Bool, _ key: String, _ message: String) {
            guard !ok else { return }
            let node = fields.value(key) ?? fields.value(key + "s")
            reader.log.error(node.map(reader.location) ?? fence, "\(what) \(message)")
        }
        switch request.chart {
        case .bars?: need(request.indicators.count == 1, "indicator", "of bars needs exactly one indicator"); need(request.periods.count == 1, "period", "of bars needs exactly one period")
        case .slope?: need(request.indicators.count == 1, "indicator", "of a slope needs exactly one indicator"); need(request.periods.count == 2, "period", "of a slope needs exactly two periods")
        case .line?: need(request.indicators.count == 1, "indicator", "of lines needs exactly one indicator")
        case .grouped?, .bullet?: need(oneJurisdiction, "jurisdiction", "of a \(request.chart!.rawValue) chart needs exactly one jurisdiction")
        case .budget?: need(request.plan != nil, "plan", "of a budget needs the plan whose budget it shows ('plan: <id>')")
        case .heat?: need(request.periods.count == 1, "period", "of a heat table needs exactly one period")
        case nil:
            need(!request.indicators.isEmpty, "indicator", "needs at least one indicator")
            need(!request.periods.isEmpty, "period", "needs at least one period")
        }
    }
}
