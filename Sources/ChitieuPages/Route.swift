import Foundation
import ChitieuCompute
import ChitieuCore
import ChitieuModel

/// Where a page lives. Vietnamese pages sit at the root and English ones under `/en/`, with the
/// same path below, so the language switch is a prefix away.
public enum Route: Hashable, Sendable, Comparable {
    case home
    case jurisdictions
    case jurisdiction(String)
    case indicators
    case indicator(String)
    case periods
    case period(Period)
    case plans
    case plan(String)
    case compare
    /// The comparison matrix on today's boundaries.
    case compareToday
    case page(String)
    /// A jurisdiction's printable annual report for one year.
    case report(String, year: Int)
    /// Which targets, results and sources exist, and what the current report still lacks.
    case status
    /// What changed since the earlier edition given to `build --previous`.
    case changes
    /// Every page in alphabetical order, filtered by the theme's search script.
    case search
    case notFound

    /// The path below the language prefix, always ending in `/` (or the file name).
    public var relativePath: String {
        switch self {
        case .home: return ""
        case .jurisdictions: return "jurisdictions/"
        case .jurisdiction(let id): return "jurisdictions/\(id)/"
        case .indicators: return "indicators/"
        case .indicator(let id): return "indicators/\(id)/"
        case .periods: return "periods/"
        case .period(let period): return "periods/\(period)/"
        case .plans: return "plans/"
        case .plan(let id): return "plans/\(id)/"
        case .compare: return "compare/"
        case .compareToday: return "compare/today/"
        case .page(let id): return "\(id)/"
        case .report(let id, let year): return "reports/\(id)/\(year)/"
        case .status: return "status/"
        case .changes: return "changes/"
        case .search: return "search/"
        case .notFound: return "404.html"
        }
    }

    /// The kind of page, as `build --timings` groups them.
    public var kind: String {
        switch self {
        case .home: return "home"
        case .jurisdictions, .indicators, .periods, .plans: return "lists"
        case .jurisdiction: return "jurisdiction"
        case .indicator: return "indicator"
        case .period: return "period"
        case .plan: return "plan"
        case .compare, .compareToday: return "compare"
        case .page: return "page"
        case .report: return "report"
        case .status: return "status"
        case .changes: return "changes"
        case .search: return "search"
        case .notFound: return "not found"
        }
    }

    /// The site-relative path in one language: `/jurisdictions/ninh-binh/`, `/en/jurisdictions/ninh-binh/`.
    public func path(_ language: Language) -> String {
        "/" + Self.prefix(language) + relativePath
    }

    /// The file the page is written to, relative to the output folder.
    public func file(_ language: Language) -> String {
        let path = Self.prefix(language) + relativePath
        return path.hasSuffix("/") || path.isEmpty ? path + "index.html" : path
    }

    static func prefix(_ language: Language) -> String {
        language == .vi ? "" : "\(language.rawValue)/"
    }

    /// Top-level names pages may not take, as routes or output folders already use them.
    public static let reservedNames: Set<String> = [
        "en", "vi", "jurisdictions", "indicators", "periods", "plans", "compare", "data", "assets", "reports",
        "status", "changes", "search", "feed.xml", "sitemap.xml", "robots.txt", "404.html",
    ]

    public static func < (a: Route, b: Route) -> Bool { a.relativePath < b.relativePath }
}
