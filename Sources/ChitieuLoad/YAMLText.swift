import Foundation
import ChitieuCore
import Yams

/// Parses YAML into Yams nodes, which keep each value's line and column, and turns libyaml's
/// errors into diagnostics at the place they happened.
enum YAMLText {
    /// `lineOffset` places YAML embedded in a larger file (front matter starts on line 2).
    static func parse(_ text: String, file: String, lineOffset: Int = 0, columnOffset: Int = 0, log: DiagnosticLog) -> Node? {
        if let tooDeep = YAMLGuards.scan(text, file: file, lineOffset: lineOffset) {
            log.append(contentsOf: [tooDeep])
            return nil
        }
        do {
            // Every scalar is read as text and parsed here, so no value needs YAML 1.1's implicit
            // types: resolving each key's type by regular expression (for the duplicate-key check)
            // was a third of reading a plan. With no rules, `1:` and `"1":` are the same key, as
            // they are to the loader. The encoding is named: Yams's default reads the whole process
            // environment on every call, for each plan's front matter and each embedded chart.
            guard let node = try Yams.compose(yaml: text, .basic, .default, .utf8) else {
                log.error(SourceLocation(file: file, line: lineOffset + 1, column: 1), "YAML document is empty")
                return nil
            }
            if YAMLGuards.expandsTooFar(node) {
                log.error(SourceLocation(file: file, line: lineOffset + 1, column: 1),
                          "YAML expands to more than \(YAMLGuards.maxNodes) values once its aliases are followed",
                          hint: "aliases (*name) that repeat each other grow exponentially; write the values out")
                return nil
            }
            return node
        } catch let error as YamlError {
            log.append(contentsOf: [diagnostic(for: error, file: file, lineOffset: lineOffset, columnOffset: columnOffset)])
        } catch {
            log.error(SourceLocation(file: file), "YAML cannot be read: \(error)")
        }
        return nil
    }

    static func diagnostic(for error: YamlError, file: String, lineOffset: Int, columnOffset: Int = 0) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column + columnOffset)
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let while_ = context.map { " (\($0.text))" } ?? ""
            return .error(at(mark), "malformed YAML: \(problem)\(while_)", hint: hint(for: problem))
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return .error(at(context.mark), "duplicate key \(keys) in the same mapping",
                          hint: "each key may appear once; merge the two entries")
        case let .reader(problem, _, _, _):
            return .error(SourceLocation(file: file), "YAML cannot be read: \(problem)")
        default:
            return .error(SourceLocation(file: file), "YAML cannot be read: \(error)")
        }
    }

    static func hint(for problem: String) -> String? {
        if problem.contains("tab") { return "indent with spaces, not tabs" }
        if problem.contains("mapping values are not allowed") {
            return "a value containing ': ' must be quoted"
        }
        if problem.contains("could not find expected ':'") { return "a key needs a ':' after it" }
        if problem.contains("did not find expected key") { return "check this line's indentation against the lines above" }
        return nil
    }
}
