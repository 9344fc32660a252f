import Foundation
import ChitieuCore
import ChitieuModel
import Yams

/// Reads Markdown files that hold a narrative in one language: free pages and the translations
/// (`<id>.en.md`) of plans and pages.
struct NarrativeFile {
    let title: LocalizedText?
    let narrative: Narrative?

    /// `titleRequired` for a page's primary file; translations may omit their front matter.
    static func read(_ text: String, file: String, language: Language, titleRequired: Bool, log: DiagnosticLog) -> NarrativeFile? {
        guard let frontMatter = FrontMatter.read(text, file: file, log: log) else { return nil }
        var title: LocalizedText?
        if let yaml = frontMatter.yaml {
            let reader = NodeReader(file: file, lineOffset: frontMatter.yamlLineOffset, log: log)
            guard let root = YAMLText.parse(yaml, file: file, lineOffset: frontMatter.yamlLineOffset, log: log),
                  let fields = reader.mapping(root, "front matter") else { return nil }
            fields.warnUnknownKeys(allowed: ["title"], in: "this file's front matter")
            if let node = fields.value("title") {
                if node.scalar != nil {
                    title = reader.nonEmptyString(node, "title").map { LocalizedText([language: $0]) }
                } else {
                    title = reader.localized(node, "title")
                }
            }
        }
        if titleRequired && title == nil {
            log.error(SourceLocation(file: file, line: 1, column: 1), "page has no title",
                      hint: "start the file with front matter: ---, title: {vi: …, en: …}, ---")
            return nil
        }
        let narrative = frontMatter.hasBody
            ? Narrative(markdown: frontMatter.body, location: SourceLocation(file: file, line: frontMatter.bodyLine, column: 1))
            : nil
        return NarrativeFile(title: title, narrative: narrative)
    }
}
