import ChitieuCore
import Foundation
import Yams

/// Limits on YAML that no hand-made content reaches but hostile or broken files do: nesting so
/// deep it exhausts the stack, and aliases that expand exponentially ("billion laughs").
enum YAMLGuards {
    /// Deepest nesting of `[`/`{` or of indentation (in columns) a file may have.
    static let maxFlowDepth = 64
    static let maxIndent = 256
    /// Values a document may expand to once aliases are followed.
    static let maxNodes = 2_000_000

    /// Scans the text before libyaml sees it; nil when it is within limits.
    static func scan(_ text: String, file: String, lineOffset: Int) -> Diagnostic? {
        var depth = 0, line = 1, column = 0, indent = 0, inIndent = true
        var quote: Character?
        for character in text {
            column += 1
            if character == "\n" {
                line += 1
                column = 0
                indent = 0
                inIndent = true
                quote = nil
                continue
            }
            if inIndent && character == " " {
                indent += 1
                if indent > maxIndent { return tooDeep(file, line + lineOffset, column, "indented more than \(maxIndent) columns") }
                continue
            }
            inIndent = false
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#" {
                quote = "\n"
            } else if character == "[" || character == "{" {
                depth += 1
                if depth > maxFlowDepth { return tooDeep(file, line + lineOffset, column, "nested more than \(maxFlowDepth) levels deep") }
            } else if character == "]" || character == "}" {
                depth = max(0, depth - 1)
            }
        }
        return nil
    }

    static func tooDeep(_ file: String, _ line: Int, _ column: Int, _ what: String) -> Diagnostic {
        .error(SourceLocation(file: file, line: line, column: column), "YAML is \(what)",
               hint: "content files are shallow; this looks like a broken or hostile file")
    }

    /// Counts values with aliases followed, stopping at the limit rather than expanding further.
    static func expandsTooFar(_ node: Node) -> Bool {
        var budget = maxNodes
        func visit(_ node: Node) -> Bool {
            budget -= 1
            if budget < 0 { return false }
            switch node {
            case .mapping(let mapping): return mapping.allSatisfy { visit($0.key) && visit($0.value) }
            case .sequence(let sequence): return sequence.allSatisfy(visit)
            default: return true
            }
        }
        return !visit(node)
    }
}
