import Foundation
import ChitieuCore
import ChitieuModel

/// The Markdown files of one folder grouped by id: `<id>.md` is the primary (Vietnamese) file,
/// `<id>.<lang>.md` its translations.
struct MarkdownFolder {
    let folder: String
    let files: ContentFileReader
    let log: DiagnosticLog

    struct Entry {
        let id: String
        let primary: String?
        var translations: [Language: String]
    }

    func entries() -> [Entry] {
        var byID: [String: Entry] = [:]
        for name in listing(folder, extension: "md", files, log) {
            let stem = String(name.dropLast(3))
            let parts = stem.split(separator: ".")
            let id = String(parts[0])
            let path = files.displayPath(folder + "/" + name)
            guard Slug.isValid(id), parts.count <= 2 else {
                log.error(SourceLocation(file: path), "file name '\(name)' does not make a valid id",
                          hint: "name it with an ASCII slug, e.g. '\(Slug.make(stem)).md'")
                continue
            }
            var entry = byID[id] ?? Entry(id: id, primary: nil, translations: [:])
            if parts.count == 2 {
                guard let language = Language(rawValue: String(parts[1])), language != .vi else {
                    log.error(SourceLocation(file: path), "'\(parts[1])' is not a translation language", hint: "translations are named <id>.en.md")
                    continue
                }
                entry.translations[language] = name
            } else {
                entry = Entry(id: id, primary: name, translations: entry.translations)
            }
            byID[id] = entry
        }
        return byID.values.sorted { $0.id < $1.id }
    }

    /// Reads each translation of an entry that has a primary file; an orphan is an error.
    func translations(of entry: Entry) -> [Language: NarrativeFile] {
        var result: [Language: NarrativeFile] = [:]
        for (language, name) in entry.translations.sorted(by: { $0.key < $1.key }) {
            let path = files.displayPath(folder + "/" + name)
            guard entry.primary != nil else {
                log.error(SourceLocation(file: path), "translation has no '\(entry.id).md' to translate")
                continue
            }
            guard let text = files.read(folder + "/" + name, log: log),
                  let file = NarrativeFile.read(text, file: path, language: language, titleRequired: false, log: log) else { continue }
            result[language] = file
        }
        return result
    }
}

/// `plans/`: one plan per primary file, with its translated narratives and titles merged in.
struct PlanFolder {
    let files: ContentFileReader
    let log: DiagnosticLog

    func load() -> [Plan] {
        let folder = MarkdownFolder(folder: "plans", files: files, log: log)
        return folder.entries().compactMap { entry in
            let translations = folder.translations(of: entry)
            guard let name = entry.primary, let text = files.read("plans/" + name, log: log),
                  var plan = PlanLoader(id: entry.id, file: files.displayPath("plans/" + name), log: log).load(text) else { return nil }
            for (language, file) in translations {
                plan.narratives[language] = file.narrative
                if let title = file.title?.values[language] {
                    var values = plan.title.values
                    values[language] = title
                    plan.title = LocalizedText(values)
                }
            }
            return plan
        }
    }
}

/// `pages/`: free pages.
struct PageFolder {
    let files: ContentFileReader
    let log: DiagnosticLog

    func load() -> [Page] {
        let folder = MarkdownFolder(folder: "pages", files: files, log: log)
        return folder.entries().compactMap { entry in
            let translations = folder.translations(of: entry)
            guard let name = entry.primary, let text = files.read("pages/" + name, log: log),
                  let primary = NarrativeFile.read(text, file: files.displayPath("pages/" + name), language: .vi, titleRequired: true, log: log),
                  var title = primary.title?.values else { return nil }
            var narratives: [Language: Narrative] = [:]
            narratives[.vi] = primary.narrative
            for (language, file) in translations {
                narratives[language] = file.narrative
                if let translated = file.title?.values[language] { title[language] = translated }
            }
            return Page(id: entry.id, title: LocalizedText(title), narratives: narratives,
                        location: SourceLocation(file: files.displayPath("pages/" + name), line: 1, column: 1))
        }
    }
}

extension PlanFolder {
    /// Plan ids from the file names, whether or not each file loads.
    func ids() -> [String] {
        MarkdownFolder(folder: "plans", files: files, log: DiagnosticLog()).entries().filter { $0.primary != nil }.map(\.id)
    }
}
