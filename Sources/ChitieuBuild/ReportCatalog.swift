import ChitieuCore
import ChitieuPages
import Foundation

/// One annual report of a built site: whose, which year, in which language, and its page.
public struct ReportEntry: Hashable, Sendable, Comparable {
    public let jurisdiction: String
    public let year: Int
    public let language: Language
    /// The page's path inside the site, e.g. `en/reports/ninh-binh/2025/index.html`.
    public let page: String

    public static func < (a: Self, b: Self) -> Bool {
        (a.jurisdiction, a.year, a.language.rawValue) < (b.jurisdiction, b.year, b.language.rawValue)
    }
}

/// The reports a build produced, read from its files, and where their site is published.
public enum ReportCatalog {
    public static func entries(_ files: [OutputFile]) -> [ReportEntry] {
        files.compactMap { entry($0.path) }.sorted()
    }

    /// `reports/<id>/<year>/index.html`, or the same under a language prefix.
    static func entry(_ path: String) -> ReportEntry? {
        var parts = path.split(separator: "/").map(String.init)
        var language = Language.vi
        if let first = parts.first, let other = Language(rawValue: first), other != .vi {
            language = other
            parts.removeFirst()
        }
        guard parts.count == 4, parts[0] == "reports", parts[3] == "index.html", let year = Int(parts[2]),
              Route.report(parts[1], year: year).file(language) == path else { return nil }
        return ReportEntry(jurisdiction: parts[1], year: year, language: language, page: path)
    }

    /// The origin and path prefix the site's links are written for. A site without an absolute
    /// base URL gets a placeholder origin that nothing answers, so no link reaches the network.
    public static func publication(_ baseURL: String) -> (origin: String, basePath: String) {
        var origin = "https://chitieu.invalid", path = baseURL
        if let url = URL(string: baseURL), let scheme = url.scheme, let host = url.host {
            origin = "\(scheme)://\(host)" + (url.port.map { ":\($0)" } ?? "")
            path = url.path
        }
        if !path.hasPrefix("/") { path = "/" + path }
        return (origin, path.hasSuffix("/") ? path : path + "/")
    }
}
