import Foundation
import ChitieuCore

/// A Markdown file split into its YAML front matter (between `---` lines) and its body, with the
/// line each part starts on so diagnostics in either point into the original file.
struct FrontMatter {
    /// The YAML text, or nil when the file has no front matter.
    let yaml: String?
    /// Lines to add to a line number inside `yaml` to get the file's line (the opening `---`).
    let yamlLineOffset: Int
    let body: String
    /// The file line the body starts on.
    let bodyLine: Int

    enum Problem: Error { case unclosed }

    static func split(_ text: String) -> Result<FrontMatter, Problem> {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first.map({ $0.trimmingSpaces == "---" }) == true else {
            return .success(FrontMatter(yaml: nil, yamlLineOffset: 0, body: text, bodyLine: 1))
        }
        guard let close = lines.indices.dropFirst().first(where: {
            let line = lines[$0].trimmingSpaces
            return line == "---" || line == "..."
        }) else { return .failure(.unclosed) }
        let yaml = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return .success(FrontMatter(yaml: yaml, yamlLineOffset: 1, body: body, bodyLine: close + 2))
    }

    /// True when the body has something besides white space.
    var hasBody: Bool { !body.allSatisfy(\.isWhitespace) }
}

extension FrontMatter {
    /// Splits and logs: an unclosed block is an error on line 1.
    static func read(_ text: String, file: String, log: DiagnosticLog) -> FrontMatter? {
        switch split(text) {
        case .success(let frontMatter): return frontMatter
        case .failure:
            log.error(SourceLocation(file: file, line: 1, column: 1), "front matter is not closed",
                      hint: "end the YAML block with a line holding only '---'")
            return nil
        }
    }
}
