import Foundation
import ChitieuCompute
import ChitieuCore
import ChitieuModel

/// The index pages, the comparison matrix, periods, free pages and the 404 page.
public struct ListPage: Sendable {
    public struct Item: Sendable { public let href: String; public let text: String; public let detail: String }
    public let title: String
    public let intro: String
    public let items: [Item]
}

public struct TablesPage: Sendable {
    public let title: String
    public let intro: String
    public let tables: [Table]
    /// Other views of the same tables ("as planned", "on today's boundaries"), the current one marked.
    public var views: [Layout.Link] = []
}

public struct TextPage: Sendable {
    public let title: String
    public let html: String
}

extension PageBuilder {
    public func listPages() -> [PageOutput] {
        let jurisdictionItems = jurisdictions.map {
            ListPage.Item(href: href(.jurisdiction($0.id)), text: $0.name[language], detail: strings["level_\($0.level.rawValue)"])
        }
        let indicatorItems = indicators.map {
            ListPage.Item(href: href(.indicator($0.id)), text: $0.name[language], detail: unitDescription($0))
        }
        let planItems = content.plans.sorted { ($0.date?.iso ?? "", $0.id) > ($1.date?.iso ?? "", $1.id) }.map {
            ListPage.Item(href: href(.plan($0.id)), text: $0.title[language],
                          detail: [name($0.jurisdiction), $0.date?.short(language)].compactMap { $0 }.joined(separator: " · "))
        }
        let periodItems = periods(of: .target).map {
            ListPage.Item(href: href(.period($0)), text: $0.display, detail: "")
        }
        return [
            list(.jurisdictions, "nav_jurisdictions", jurisdictionItems), list(.indicators, "nav_indicators", indicatorItems),
            list(.plans, "nav_plans", planItems), list(.periods, "nav_periods", periodItems),
        ]
    }

    func list(_ route: Route, _ key: String, _ items: [ListPage.Item]) -> PageOutput {
        let page = ListPage(title: strings[key], intro: strings["\(key)_intro"], items: items)
        return PageOutput(route: route, language: language, template: "list", title: page.title, body: page)
    }

    /// `/compare/`: the jurisdictions × indicators matrix for each period.
    public func comparePage() -> PageOutput {
        let tables = periods(of: .target).compactMap { period -> Table? in
            let used = indicators.filter { ind in jurisdictions.contains { value($0.id, ind.id, period, .target) != nil } }
            guard var table = targetMatrix(period, indicators: used, id: "matrix") else { return nil }
            table.chart = gapHeatTable(period, indicators: used.filter { value(national, $0.id, period, .target) != nil }, id: "heat-\(period)") ?? ""
            return table
        }.map { placed($0, on: .compare) }
        let page = TablesPage(title: strings["nav_compare"], intro: strings["compare_intro"], tables: tables, views: compareViews(current: .compare))
        return PageOutput(route: .compare, language: language, template: "tables", title: page.title, body: page, tables: tables)
    }

    /// `/periods/<period>/`: every indicator for the period across jurisdictions.
    public func periodPage(_ period: Period) -> PageOutput {
        let route = Route.period(period)
        let tables = indicators.compactMap { comparisonTable($0, period, id: $0.id) }.map { placed($0, on: route) }
        let title = strings.format("period_title", ["period": period.display])
        let page = TablesPage(title: title, intro: strings["period_intro"], tables: tables)
        return PageOutput(route: route, language: language, template: "tables", title: title, body: page, tables: tables)
    }

    public func freePage(_ page: Page, narratives: [String: RenderedNarrative]) -> PageOutput {
        let own = narratives[RenderedNarrative.key(page: page.id, language)]
        let html = own?.html ?? narratives[RenderedNarrative.key(page: page.id, .vi)]?.html ?? ""
        let body = TextPage(title: page.title[language], html: html)
        return PageOutput(route: .page(page.id), language: language, template: "page", title: body.title, body: body, tables: own?.tables ?? [])
    }

    public func notFoundPage() -> PageOutput {
        let body = TextPage(title: strings["notfound_title"], html: "")
        return PageOutput(route: .notFound, language: language, template: "notfound", title: body.title, body: body)
    }
}
