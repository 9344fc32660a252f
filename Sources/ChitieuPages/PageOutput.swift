import Foundation
import ChitieuCompute
import ChitieuModel
import ChitieuCore

/// One page ready for its template: where it goes, which template, its typed context, and the
/// tables whose CSV downloads are written beside it.
public struct PageOutput: Sendable {
    public let route: Route
    public let language: Language
    public let template: String
    public let title: String
    public let body: any Sendable
    public let tables: [Table]
    /// Other files written beside the page: the SVG and CSV of its charts that stand on their own.
    public var downloads: [Download] = []

    public struct Download: Sendable {
        public let path: String
        public let text: String
    }

    public init(route: Route, language: Language, template: String, title: String, body: any Sendable, tables: [Table] = []) {
        self.route = route
        self.language = language
        self.template = template
        self.title = title
        self.body = body
        self.tables = tables
    }
}

/// A narrative rendered to HTML, looked up by plan or page id and language.
public struct RenderedNarrative: Sendable {
    public let html: String
    public let excerptHTML: String
    /// Tables embedded in the narrative, whose downloads the page showing it writes.
    public let tables: [Table]

    public init(html: String, excerptHTML: String, tables: [Table] = []) {
        self.html = html
        self.excerptHTML = excerptHTML
        self.tables = tables
    }

    public static func key(plan: String, _ language: Language) -> String { "plan:\(plan):\(language.rawValue)" }
    public static func key(page: String, _ language: Language) -> String { "page:\(page):\(language.rawValue)" }
}

extension PageBuilder {
    /// Gives a table its download path next to the page it is on.
    func placed(_ table: Table, on route: Route) -> Table {
        var table = table
        let folder = folder(of: route)
        table.csvPath = folder + table.id + ".csv"
        table.csvHref = href(file: table.csvPath)
        if !table.chart.isEmpty {
            table.chartPath = folder + table.id + ".svg"
            table.chartHref = href(file: table.chartPath)
        }
        return table
    }
}
