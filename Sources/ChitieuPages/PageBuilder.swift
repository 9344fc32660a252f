import Foundation
import ChitieuCompute
import ChitieuCore
import ChitieuModel

/// What every page builder needs: the content, its computed values, the language, its words,
/// and where the site is published (so links work under a path prefix).
public struct PageBuilder: Sendable {
    public let content: Content
    public let computed: ComputeResult
    public let language: Language
    public let strings: Strings
    /// The path prefix the site is served under, `/` or e.g. `/chitieu/`.
    public let basePath: String
    let text: ValueText
    /// Jurisdictions in Vietnamese alphabetical order, the national one first; sorted once, as
    /// every table and chart lists them.
    let jurisdictions: [Jurisdiction]
    /// Indicators in alphabetical order of their names in this language.
    let indicators: [Indicator]
    /// Who merged into whom, built once: pages on today's boundaries ask it for every cell.
    let lineage: Lineage
    /// Where the time goes, when the build is asked for its timings.
    public var clock: StageClock?
    /// What changed since the earlier edition given to `build --previous`; revised values are
    /// marked in their cells.
    let changes: EditionChanges
    /// Links to each plan and indicator page, made once: nearly every value cell links its source.
    let planHrefs: [String: String], indicatorHrefs: [String: String]
    /// Each indicator's unit and its words in this language, for the values shown in its own unit.
    let units: [String: (unit: IndicatorUnit, words: ValueText.UnitWords)]
    /// Tables and charts a jurisdiction's page and its reports share, while they are rendered.
    let shared = JurisdictionParts()

    public init(content: Content, computed: ComputeResult, language: Language, strings: Strings, basePath: String,
                changes: EditionChanges = .none) {
        self.content = content
        self.computed = computed
        self.language = language
        self.strings = strings
        self.basePath = basePath.hasSuffix("/") ? basePath : basePath + "/"
        text = ValueText(language)
        let national = content.site.nationalJurisdiction
        let others = content.jurisdictions.filter { $0.id != national }.sortedVietnamese { $0.name[.vi] }
        jurisdictions = content.jurisdictions.filter { $0.id == national } + others
        indicators = content.indicators.sortedVietnamese { $0.name[language] }
        lineage = Lineage(jurisdictions: content.jurisdictions)
        self.changes = changes
        let base = self.basePath
        planHrefs = Dictionary(content.plans.map { ($0.id, Self.href(.plan($0.id), base: base, in: language)) }, uniquingKeysWith: { a, _ in a })
        units = Dictionary(content.indicators.map { [text] in ($0.id, ($0.unit, text.unitWords($0.unit, label: $0.unitLabel))) }, uniquingKeysWith: { a, _ in a })
        indicatorHrefs = Dictionary(content.indicators.map { ($0.id, Self.href(.indicator($0.id), base: base, in: language)) }, uniquingKeysWith: { a, _ in a })
    }

    public func href(_ route: Route) -> String { href(route, in: language) }

    public func href(_ route: Route, in language: Language) -> String {
        Self.href(route, base: basePath, in: language)
    }

    /// One place for how a link is made, also for the link tables made before the builder is whole.
    static func href(_ route: Route, base: String, in language: Language) -> String {
        base + route.path(language).dropFirst()
    }

    /// A file in the language-independent part of the site (data, assets).
    public func href(file: String) -> String { basePath + file }

    func name(_ jurisdiction: String) -> String {
        content.jurisdictionsByID[jurisdiction]?.name[language] ?? jurisdiction
    }

    func name(indicator: String) -> String {
        content.indicatorsByID[indicator]?.name[language] ?? indicator
    }

    var national: String { content.site.nationalJurisdiction }


    func value(_ jurisdiction: String, _ indicator: String, _ period: Period, _ kind: ValueRow.Kind) -> ValueRow? {
        computed.values.value(jurisdiction, indicator, period, kind)
    }

    func show(_ row: ValueRow?, signed: Bool = false) -> String {
        guard let row else { return ValueText.missing }
        if row.kind == .rank { return text.count(row.quantity.low) }
        if row.kind == .achievement || row.kind == .share { return text.quantity(row.quantity, unit: .percent) }
        if row.unit != "pp", row.unit != "VND", row.kind != .budget, let own = units[row.indicator] {
            return text.quantity(row.quantity, unit: own.unit, words: own.words, signed: signed)
        }
        let indicator = content.indicatorsByID[row.indicator]
        let unit: IndicatorUnit = row.unit == "pp" ? .points : row.unit == "VND" ? .base("vnd") : (indicator?.unit ?? .ratio)
        let label = row.unit == "pp" || row.kind == .budget ? nil : indicator?.unitLabel
        return text.quantity(row.quantity, unit: unit, label: label, signed: signed)
    }

    /// The href of a value's source: its plan, or the indicator page that explains the formula.
    func sourceHref(_ row: ValueRow) -> String? {
        if !row.computed, let plan = planHrefs[row.source] { return plan }
        return indicatorHrefs[row.indicator]
    }

    /// `explained`: the table itself explains computed values, its row header linking the
    /// indicator and a note of the whole table giving the formula, so their cells need neither.
    func valueCell(_ row: ValueRow?, signed: Bool = false, missingNote: String? = nil, cssClass: String = "", explained: Bool = false) -> Table.Cell {
        guard let row else {
            return Table.Cell(text: ValueText.missing, numeric: true, cssClass: "missing", note: missingNote ?? strings["missing_no_figure"], csv: "")
        }
        let href = explained && row.computed ? nil : sourceHref(row)
        if let before = changes.revision(of: row.key) {
            let revised = strings.format("revised_note", ["value": show(published: before)])
            return Table.Cell(text: show(row, signed: signed), href: href, numeric: true,
                              cssClass: cssClass.isEmpty ? "revised" : cssClass + " revised",
                              note: [note(row, formula: !explained), revised].compactMap { $0 }.joined(separator: "; "), csv: csvValue(row.quantity))
        }
        return Table.Cell(text: show(row, signed: signed), href: href, numeric: true, cssClass: cssClass,
                          note: note(row, formula: !explained), csv: csvValue(row.quantity), sortValue: row.quantity.central)
    }

    /// A citation in words, or the formula of a computed indicator; derived measures explain
    /// themselves by their column.
    func note(_ row: ValueRow, formula: Bool = true) -> String? {
        guard row.kind == .target || row.kind == .result || row.kind == .baseline else { return nil }
        if row.computed { return formula ? row.source : nil }
        return content.plansByID[row.source] == nil ? row.source : nil
    }

    func csvValue(_ quantity: Quantity) -> String {
        let low = CSVText.number(quantity.low)
        let core = quantity.isRange ? low + "-" + CSVText.number(quantity.high) : low
        return quantity.bound == .atLeast ? ">=" + core : quantity.bound == .atMost ? "<=" + core : core
    }

    /// Colour class of a gap, in the indicator's direction: better than the national target or worse.
    func gapClass(_ gap: ValueRow?) -> String {
        guard let gap, let indicator = content.indicatorsByID[gap.indicator] else { return "" }
        let value = gap.quantity.central
        if value == 0 { return "gap-equal" }
        let better = indicator.direction == .higherIsBetter ? value > 0 : value < 0
        return better ? "gap-above" : "gap-below"
    }

    func periods(of kind: ValueRow.Kind) -> [Period] {
        computed.values.periods(of: kind)
    }
}
