import ChitieuCore
import Foundation

/// Prints diagnostics the way compilers do: the `path:line:column: error: message` line, the
/// offending source line with a caret under the column, then the hint.
struct DiagnosticPrinter {
    func render(_ diagnostics: [Diagnostic]) -> String {
        var cache: [String: [Substring]] = [:]
        var out = ""
        for diagnostic in diagnostics {
            out += "\(diagnostic.location): \(diagnostic.severity.rawValue): \(diagnostic.message)\n"
            let location = diagnostic.location
            if location.line > 0 {
                if cache[location.file] == nil { cache[location.file] = Self.lines(of: location.file) }
                if let lines = cache[location.file], location.line <= lines.count {
                    out += excerpt(String(lines[location.line - 1]), line: location.line, column: location.column)
                }
            }
            if let hint = diagnostic.hint { out += "  hint: \(hint)\n" }
        }
        return out
    }

    func excerpt(_ text: String, line: Int, column: Int) -> String {
        let gutter = String(repeating: " ", count: String(line).count)
        let shown = text.count > 160 ? String(text.prefix(160)) + "…" : text
        var out = " \(line) | \(shown)\n"
        if column > 0 && column <= shown.count + 1 {
            let pad = shown.prefix(column - 1).map { $0 == "\t" ? "\t" : " " }.joined()
            out += " \(gutter) | \(pad)^\n"
        }
        return out
    }

    /// The file's lines when it is readable UTF-8 text; nothing otherwise (the diagnostic says why).
    static func lines(of path: String) -> [Substring] {
        guard let data = FileManager.default.contents(atPath: path), data.count < 64 << 20,
              let text = String(data: data, encoding: .utf8) else { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
    }
}
