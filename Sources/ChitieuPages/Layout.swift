import Foundation
import ChitieuCompute
import ChitieuModel
import ChitieuCore

/// The frame around every page: titles, navigation, the language switch and the assets.
public struct Layout: Sendable {
    public struct Link: Sendable {
        public let href: String
        public let text: String
        public let current: Bool
    }

    public let lang: String
    public let siteTitle: String
    public let pageTitle: String
    public let description: String
    public let homeHref: String
    public let nav: [Link]
    public let switchHref: String
    public let switchText: String
    public let switchLang: String
    public let stylesheetHref: String
    public let feedHref: String
    public let canonical: String
    public let dataHref: String
    /// Scripts that enhance the page (sortable tables, search); it reads and prints without them.
    public let scriptHrefs: [String]
}

extension PageBuilder {
    public func layout(for route: Route, title: String, stylesheet: String, scripts: [String] = []) -> Layout {
        let other = content.site.languages.first { $0 != language } ?? language
        let items: [(Route, String)] = [
            (.jurisdictions, "nav_jurisdictions"), (.indicators, "nav_indicators"), (.periods, "nav_periods"),
            (.compare, "nav_compare"), (.plans, "nav_plans"), (.status, "nav_status"), (.changes, "nav_changes"),
        ]
        var nav = items.map { Layout.Link(href: href($0.0), text: strings[$0.1], current: $0.0 == route) }
        nav += content.pages.sorted { $0.id < $1.id }.map {
            Layout.Link(href: href(.page($0.id)), text: $0.title[language], current: route == .page($0.id))
        }
        nav.append(Layout.Link(href: href(.search), text: strings["nav_search"], current: route == .search))
        let siteTitle = content.site.title[language]
        return Layout(
            lang: language.rawValue, siteTitle: siteTitle,
            pageTitle: route == .home ? siteTitle : "\(title) – \(siteTitle)",
            description: content.site.description?[language] ?? siteTitle,
            homeHref: href(.home), nav: nav,
            switchHref: href(route, in: other), switchText: strings["switch_\(other.rawValue)"], switchLang: other.rawValue,
            stylesheetHref: href(file: stylesheet), feedHref: href(file: Route.prefix(language) + "feed.xml"),
            canonical: canonical(route), dataHref: href(file: "data/values.csv"),
            scriptHrefs: scripts.map { href(file: $0) }
        )
    }

    /// The full URL when the site's base URL is absolute, else the path.
    func canonical(_ route: Route) -> String {
        let base = content.site.baseURL
        guard base.hasPrefix("http://") || base.hasPrefix("https://") else { return href(route) }
        let trimmed = base.hasSuffix("/") ? String(base.dropLast()) : base
        return trimmed + route.path(language)
    }
}
