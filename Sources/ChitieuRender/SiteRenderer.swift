import ChitieuCore
import ChitieuModel
import ChitieuPages
import Foundation
import Mustache

/// Applies the theme's templates to page contexts. Templates only place prepared values: every
/// text is escaped by `{{…}}`; `{{{…}}}` is used only for HTML the generator made itself.
public struct SiteRenderer: Sendable {
    public let theme: Theme
    /// Each language's strings as templates see them, made once rather than for every page.
    private let stringContexts: [Language: NamedValues]

    public init(theme: Theme) {
        self.theme = theme
        stringContexts = theme.strings.mapValues { NamedValues($0.table) }
    }

    private func strings(_ language: Language) -> NamedValues {
        stringContexts[language] ?? NamedValues([:])
    }

    public func render(_ page: PageOutput, layout: Layout) -> String {
        let root = NamedValues(["layout": ReflectedContext.wrap(layout) as Any, "page": ReflectedContext.wrap(page.body) as Any, "t": strings(page.language)])
        return theme.library.render(root, withTemplate: page.template) ?? ""
    }

    /// A table placed inside a narrative, through the theme's table partial.
    public func render(table: Table, language: Language) -> String {
        let root = NamedValues(["table": ReflectedContext.wrap(table) as Any, "t": strings(language)])
        return theme.library.render(root, withTemplate: Theme.embeddedTable) ?? ""
    }

    /// The page's HTML and the CSV download of each of its tables.
    public func files(_ page: PageOutput, layout: Layout) throws -> [OutputFile] {
        var files = [try OutputFile(path: page.route.file(page.language), text: render(page, layout: layout))]
        for table in page.tables where !table.csvPath.isEmpty {
            files.append(try OutputFile(path: table.csvPath, text: table.csv))
            if !table.chartPath.isEmpty { files.append(try OutputFile(path: table.chartPath, text: table.chart)) }
        }
        for download in page.downloads { files.append(try OutputFile(path: download.path, text: download.text)) }
        return files
    }

    public func assetFiles() throws -> [OutputFile] {
        try theme.assets.map { try OutputFile(path: $0.path, data: $0.data) }
    }
}
