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

    /// Walks the lines only up to the closing fence and slices the text there: the body, which
    /// may be long, is never split into lines and joined again.
    static func split(_ text: String) -> Result<FrontMatter, Problem> {
        var start = text.startIndex, index = 0
        var yamlStart = text.startIndex
        while true {
            let end = text[start...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[start..<end].trimmingSpaces
            if index == 0 {
                guard line == "---" else { return .success(FrontMatter(yaml: nil, yamlLineOffset: 0, body: text, bodyLine: 1)) }
            } else if line == "---" || line == "..." {
                let yaml = start == yamlStart ? "" : String(text[yamlStart..<text.index(before: start)])
                let body = end == text.endIndex ? "" : String(text[text.index(after: end)...])
                return .success(FrontMatter(yaml: yaml, yamlLineOffset: 1, body: body, bodyLine: index + 2))
            }
            guard end != text.endIndex else { return .failure(.unclosed) }
            start = text.index(after: end)
            if index == 0 { yamlStart = start }
            index += 1
        }
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
