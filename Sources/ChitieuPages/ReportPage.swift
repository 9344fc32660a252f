import Foundation
import ChitieuCompute
import ChitieuCore
import ChitieuModel

/// `/reports/<jurisdiction>/<year>/`: the annual report a department prints and files, as one
/// document: cover, contents, targets against the national ones, results, budgets, the plans'
/// narratives and an annex of every figure with its source. The theme's paged-media stylesheet
/// turns it into A4 pages; a browser shows and prints the same HTML.
public struct ReportPage: Sendable {
    public struct Section: Sendable { public let id: String; public let title: String }
    public struct Narrative: Sendable {
        public let id: String
        public let title: String
        public let meta: String
        public let summary: String?
        public let html: String
        /// Set when the page's language has no narrative of its own and shows the Vietnamese one.
        public let lang: String?
    }
    public struct Source: Sendable { public let title: String; public let citation: String; public let url: String? }

    public let jurisdiction: String
    public let year: String
    public let title: String
    public let issuingBody: String
    /// The running header of every printed page: jurisdiction and year.
    public let runningHead: String
    /// The running head as a quoted CSS string, for the page's own `@page` rule.
    public let runningHeadCSS: String
    public let asOf: String
    public let stylesheetHref: String
    public let contents: [Section]
    public let targetTables: [Table]
    public let targetsChart: String
    /// The pace of the targets of the report's periods, in the targets section.
    public let paceTable: Table?
    public let resultsTable: Table?
    public let resultsChart: String
    public let budgetTables: [Table]
    public let narratives: [Narrative]
    public let annex: Table?
    public let sources: [Source]
}

extension PageBuilder {
    /// Whether the jurisdiction has annual reports: it has plans or targets of its own.
    func hasReports(_ jurisdiction: String) -> Bool {
        content.plans.contains { $0.jurisdiction == jurisdiction } || hasTargets(jurisdiction)
    }

    func hasTargets(_ jurisdiction: String) -> Bool {
        computed.values.rows(jurisdiction: jurisdiction).contains { $0.kind == .target }
    }

    public func reportPage(_ jurisdiction: Jurisdiction, year: Int, narratives: [String: RenderedNarrative], stylesheet: String) -> PageOutput {
        let route = Route.report(jurisdiction.id, year: year)
        let periods = periods(of: .target).filter { $0.contains(year: year) }
        let shared = parts(of: jurisdiction.id)
        let targets = periods.compactMap { shared.targetTables[$0] }.map { placed($0, on: route) }
        let later = computed.values.rows(jurisdiction: jurisdiction.id).contains { ($0.kind == .result || $0.kind == .baseline) && $0.period.start > year }
        let results = (later ? resultsTable(jurisdiction.id, until: year) : shared.resultsTable).map { placed($0, on: route) }
        let pace = paceTable(jurisdiction: jurisdiction.id, periods: periods).map { placed($0, on: route) }
        let budgets = budgets(jurisdiction.id).filter { $0.period.start <= year }.map(budgetTable).map { placed($0, on: route) }
        let plans = reportPlans(jurisdiction.id, year: year)
        let annex = annexTable(jurisdiction.id, year: year).map { placed($0, on: route) }
        let name = jurisdiction.name[language]
        let runningHead = strings.format("report_running_head", ["jurisdiction": name, "year": "\(year)"])
        let page = ReportPage(
            jurisdiction: name, year: "\(year)", title: strings.format("report_title", ["year": "\(year)"]),
            issuingBody: plans.lazy.compactMap { $0.issuingBody.isEmpty ? nil : $0.issuingBody[self.language] }.first ?? name,
            runningHead: runningHead, runningHeadCSS: Self.cssString(runningHead),
            asOf: strings.format("report_as_of", ["date": content.site.reportingDate.formatted(language)]),
            stylesheetHref: href(file: stylesheet),
            contents: reportContents(targets: !targets.isEmpty, results: results != nil, budgets: !budgets.isEmpty,
                                     narratives: !plans.isEmpty, annex: annex != nil),
            targetTables: targets, targetsChart: targets.isEmpty ? "" : shared.targetsChart ?? "",
            paceTable: pace,
            resultsTable: results, resultsChart: results == nil ? "" : shared.resultsChart ?? "",
            budgetTables: budgets, narratives: plans.map { reportNarrative($0, narratives: narratives) },
            annex: annex, sources: plans.map(reportSource)
        )
        return PageOutput(route: route, language: language, template: "report", title: "\(page.title) – \(name)", body: page,
                          tables: targets + (pace.map { [$0] } ?? []) + (results.map { [$0] } ?? []) + budgets + (annex.map { [$0] } ?? []))
    }

    /// A CSS string literal that stays inside its quotes and inside `<style>`: quotes,
    /// backslashes, `<` and control characters become hex escapes.
    static func cssString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" || scalar == "\\" || scalar == "<" || scalar == ">" || scalar == "&" || scalar.value < 0x20 || scalar.value == 0x7F {
                out += "\\" + String(scalar.value, radix: 16) + " "
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// The jurisdiction's documents issued by the end of the report's year, newest first.
    func reportPlans(_ jurisdiction: String, year: Int) -> [Plan] {
        content.plans.filter { $0.jurisdiction == jurisdiction && ($0.date?.year ?? year) <= year }
            .sorted { ($0.date?.iso ?? "", $0.id) > ($1.date?.iso ?? "", $1.id) }
    }

    func reportContents(targets: Bool, results: Bool, budgets: Bool, narratives: Bool, annex: Bool) -> [ReportPage.Section] {
        let sections: [(Bool, String)] = [
            (targets, "targets"), (results, "results"), (budgets, "budgets"), (narratives, "narratives"),
            (annex, "annex"), (narratives, "sources"),
        ]
        return sections.filter(\.0).map { ReportPage.Section(id: "report-\($0.1)", title: strings["report_section_\($0.1)"]) }
    }

    func reportNarrative(_ plan: Plan, narratives: [String: RenderedNarrative]) -> ReportPage.Narrative {
        let own = narratives[RenderedNarrative.key(plan: plan.id, language)]
        let narrative = own ?? narratives[RenderedNarrative.key(plan: plan.id, .vi)]
        let meta = [plan.number, plan.date?.formatted(language), plan.issuingBody.isEmpty ? nil : plan.issuingBody[language]]
            .compactMap { $0 }.joined(separator: " · ")
        return .init(id: "report-plan-\(plan.id)", title: plan.title[language], meta: meta, summary: plan.summary?[language],
                     html: narrative?.html ?? "", lang: own == nil && narrative != nil ? Language.vi.rawValue : nil)
    }

    func reportSource(_ plan: Plan) -> ReportPage.Source {
        let title = [plan.number, plan.title[language]].compactMap { $0 }.joined(separator: ": ")
        return .init(title: title, citation: plan.source.citation ?? "", url: plan.source.url)
    }
}
