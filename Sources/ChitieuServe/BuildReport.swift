import ChitieuBuild
import ChitieuCore

/// One build as the terminal reports it: what changed, how long the build and the swap took,
/// what was reused, and the diagnostics.
public struct BuildReport: Sendable {
    public let changed: [String]
    public let diagnostics: [Diagnostic]
    public let succeeded: Bool
    public let files: Int
    public let buildMilliseconds: Double
    public let reuse: BuildCache.Reuse?

    /// One line: `rebuilt in 31 ms (content/plans/a.md changed; values reused, 1 narrative rendered)`.
    public var summary: String {
        let time = "\(Int(buildMilliseconds.rounded())) ms"
        var details: [String] = []
        if !changed.isEmpty { details.append(Self.changes(changed) + " changed") }
        if let reuse {
            if reuse.content { details.append("only narratives read") }
            if reuse.values { details.append("values reused") }
            if reuse.narrativesReused > 0 { details.append("\(reuse.narrativesRendered) of \(reuse.narrativesRendered + reuse.narrativesReused) narratives rendered") }
            if reuse.pagesReused > 0 { details.append("\(reuse.pagesMade) of \(reuse.pagesMade + reuse.pagesReused) pages made") }
        }
        let said = details.isEmpty ? "" : " (" + details.joined(separator: "; ") + ")"
        guard succeeded else {
            let errors = diagnostics.errorCount
            return "build failed in \(time)\(said): \(errors) \(errors == 1 ? "error" : "errors"); serving the last good pages"
        }
        return "built \(files) files in \(time)\(said)"
    }

    static func changes(_ paths: [String]) -> String {
        paths.count <= 3 ? paths.joined(separator: ", ") : paths.prefix(2).joined(separator: ", ") + " and \(paths.count - 2) more"
    }
}

/// What the preview tells the person running it, for the terminal.
public enum PreviewNote: Sendable {
    case info(String)
    case warning(String)
    case build(BuildReport)
}
