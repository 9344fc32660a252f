import ChitieuCore
import ChitieuPages
import Foundation
import Mustache

/// A theme ready to render with: its templates (the site's `layouts/` overriding the theme's),
/// its words per language, and its assets under content-hashed names.
public struct Theme: Sendable {
    /// Templates every theme must provide; a missing one is an error, never a skipped page.
    public static let requiredTemplates = ["base", "home", "jurisdiction", "indicator", "plan", "list", "tables", "page", "notfound", "table", "report", "search"]

    /// The template that renders one table in a narrative; a site may override it in `layouts/`.
    public static let embeddedTable = "embedded-table"

    public let library: MustacheLibrary
    public let strings: [Language: Strings]
    public let assets: [Asset]

    public struct Asset: Sendable {
        /// The name in the theme, e.g. `style.css`.
        public let name: String
        /// Where it is written, e.g. `assets/style.1a2b3c4d.css`.
        public let path: String
        public let data: Data
    }

    public func assetPath(_ name: String) -> String {
        assets.first { $0.name == name }?.path ?? "assets/\(name)"
    }

    /// The hashed paths of those scripts the theme has: a theme without them gets plain pages.
    public func scriptPaths(_ names: [String]) -> [String] {
        names.compactMap { name in assets.first { $0.name == name }?.path }
    }
}

/// Reads a theme folder, and a content folder's `layouts/` and `assets/` overrides.
public struct ThemeLoader {
    public let themeFolder: String
    public let contentFolder: String

    public init(themeFolder: String, contentFolder: String) {
        self.themeFolder = themeFolder
        self.contentFolder = contentFolder
    }

    public func load(languages: [Language]) -> (theme: Theme?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard FileManager.default.fileExists(atPath: themeFolder + "/templates") else {
            return (nil, [.error(SourceLocation(file: themeFolder), "theme folder has no templates/ folder", hint: "pass the theme with --theme DIR")])
        }
        var templates = TemplateSet(folders: [themeFolder + "/templates", contentFolder + "/layouts"]).load(into: &diagnostics)
        // A narrative's embedded table goes through the theme's own table partial.
        templates[Theme.embeddedTable] = templates[Theme.embeddedTable] ?? (try? MustacheTemplate(string: "{{#table}}{{>table}}{{/table}}"))
        for name in Theme.requiredTemplates where templates[name] == nil {
            diagnostics.append(.error(SourceLocation(file: "\(themeFolder)/templates/\(name).mustache"), "the theme has no '\(name)' template"))
        }
        var strings: [Language: Strings] = [:]
        for language in languages {
            strings[language] = StringsFile(path: "\(themeFolder)/i18n/\(language.rawValue).yaml", language: language).load(into: &diagnostics)
        }
        let assets = AssetSet(folders: [themeFolder + "/assets", contentFolder + "/assets"]).load(into: &diagnostics)
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (Theme(library: MustacheLibrary(templates: templates), strings: strings, assets: assets), diagnostics)
    }
}

/// The `.mustache` files of several folders, later folders overriding earlier ones by name.
struct TemplateSet {
    let folders: [String]

    func load(into diagnostics: inout [Diagnostic]) -> [String: MustacheTemplate] {
        var templates: [String: MustacheTemplate] = [:]
        for folder in folders {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for file in names.sorted() where file.hasSuffix(".mustache") {
                let path = folder + "/" + file
                guard !ThemeFolder.linksOutside(path, folder: folder) else {
                    diagnostics.append(ThemeFolder.outsideError(path))
                    continue
                }
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                    diagnostics.append(.error(SourceLocation(file: path), "template cannot be read as UTF-8 text"))
                    continue
                }
                do {
                    templates[String(file.dropLast(".mustache".count))] = try MustacheTemplate(string: ByteEscaping.pragma + text)
                } catch let error as MustacheTemplate.ParserError {
                    let line = error.context.lineNumber, column = error.context.columnNumber
                    diagnostics.append(.error(SourceLocation(file: path, line: line, column: line == 1 ? max(1, column - ByteEscaping.pragma.count) : column),
                                              "template does not parse: \(error.error)"))
                } catch {
                    diagnostics.append(.error(SourceLocation(file: path), "template does not parse: \(error)"))
                }
            }
        }
        return templates
    }
}

/// HTML escaping for `{{…}}` in every template, byte by byte (`HTMLText.escape`). swift-mustache's
/// own looks each Character up in a dictionary, which was a twentieth of a national build; it
/// also leaves a `<` that a combining mark follows unescaped, as that makes one Character.
/// Partials start again from the library's default, so the theme loader begins every template
/// with the pragma that selects this one.
struct ByteEscaping: MustacheContentType {
    static let name = "CHITIEU_HTML"
    static let pragma: String = {
        MustacheContentTypes.register(ByteEscaping(), named: name)
        return "{{% CONTENT_TYPE: \(name)}}"
    }()

    func escapeText(_ text: String) -> String { HTMLText.escape(text) }
}
