import ChitieuCore
import ChitieuModel
import Foundation

/// A plan or page file saved with the same front matter: its new narrative can replace the old
/// one in the loaded content, without loading the whole folder again. Anything else about the
/// file that could change what loading says (its encoding, its size, a body added or removed)
/// asks for a full load instead.
public enum NarrativeEdit {
    /// The new narrative of the file at `path`, or nil when it must be loaded in full.
    public static func narrative(path: String, old: Data, new: Data) -> Narrative? {
        let reader = ContentFileReader(root: "")
        guard new.count <= reader.maxBytes else { return nil }
        let log = DiagnosticLog()
        guard let oldText = reader.decode(old, at: path, log: log), let newText = reader.decode(new, at: path, log: log), log.items.isEmpty,
              case .success(let before) = FrontMatter.split(oldText), case .success(let after) = FrontMatter.split(newText),
              before.yaml == after.yaml, before.bodyLine == after.bodyLine, before.hasBody, after.hasBody else { return nil }
        return Narrative(markdown: after.body, location: SourceLocation(file: path, line: after.bodyLine, column: 1))
    }
}

extension LoadResult {
    /// The same load with each of `narratives` in place of the narrative read from its file.
    public func replacing(_ narratives: [Narrative]) -> LoadResult {
        guard let content else { return self }
        let byFile = Dictionary(narratives.map { ($0.location.file, $0) }, uniquingKeysWith: { _, last in last })
        let swap = { (old: [Language: Narrative]) in old.mapValues { byFile[$0.location.file] ?? $0 } }
        let plans = content.plans.map { plan in
            var plan = plan
            plan.narratives = swap(plan.narratives)
            return plan
        }
        let pages = content.pages.map { page in
            var page = page
            page.narratives = swap(page.narratives)
            return page
        }
        return LoadResult(content: content.replacingNarratives(plans: plans, pages: pages), diagnostics: diagnostics)
    }
}
