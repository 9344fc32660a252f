import ChitieuCore
import ChitieuPages
import Foundation
import Yams

/// A theme's `i18n/<lang>.yaml`: a flat mapping of keys to words.
struct StringsFile {
    let path: String
    let language: Language

    func load(into diagnostics: inout [Diagnostic]) -> Strings {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            diagnostics.append(.error(SourceLocation(file: path), "the theme has no words for '\(language.rawValue)'"))
            return Strings(language: language, table: [:])
        }
        do {
            guard let node = try Yams.compose(yaml: text), let mapping = node.mapping else {
                diagnostics.append(.error(SourceLocation(file: path), "expected a mapping of keys to texts"))
                return Strings(language: language, table: [:])
            }
            var table: [String: String] = [:]
            for (key, value) in mapping {
                guard let key = key.scalar?.string, let value = value.scalar?.string else {
                    let mark = key.mark
                    diagnostics.append(.error(SourceLocation(file: path, line: mark?.line ?? 0, column: mark?.column ?? 0), "each key needs a text"))
                    continue
                }
                table[key] = value
            }
            return Strings(language: language, table: table)
        } catch {
            diagnostics.append(.error(SourceLocation(file: path), "malformed YAML: \(error)"))
            return Strings(language: language, table: [:])
        }
    }
}

/// The files of the assets folders, later folders overriding earlier ones, each renamed with a
/// hash of its bytes so browsers can cache them forever.
/// A folder of theme files, or of a site's overrides of them (`layouts/`, `assets/`).
enum ThemeFolder {
    /// A file that is a link resolving outside its folder would publish, or template with,
    /// something from elsewhere on the machine; content files are held to the same rule.
    static func linksOutside(_ path: String, folder: String) -> Bool {
        let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        return !resolved.hasPrefix(root + "/")
    }

    static func outsideError(_ path: String) -> Diagnostic {
        .error(SourceLocation(file: path), "file is a link that points outside its folder",
               hint: "copy the file into the folder instead of linking to it")
    }
}

struct AssetSet {
    let folders: [String]

    func load(into diagnostics: inout [Diagnostic]) -> [Theme.Asset] {
        var byName: [String: Data] = [:]
        for folder in folders {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names.sorted() where !name.hasPrefix(".") {
                guard !ThemeFolder.linksOutside(folder + "/" + name, folder: folder) else {
                    diagnostics.append(ThemeFolder.outsideError(folder + "/" + name))
                    continue
                }
                guard let data = FileManager.default.contents(atPath: folder + "/" + name) else {
                    diagnostics.append(.error(SourceLocation(file: folder + "/" + name), "asset cannot be read"))
                    continue
                }
                byName[name] = data
            }
        }
        return byName.keys.sorted().map { name in
            let dot = name.lastIndex(of: ".") ?? name.endIndex
            let hashed = "\(name[..<dot]).\(ContentHash.hex(byName[name]!))\(name[dot...])"
            return Theme.Asset(name: name, path: "assets/" + hashed, data: byName[name]!)
        }
    }
}
