import Foundation
import ChitieuCore
import Yams

/// Typed reading of YAML nodes that logs a diagnostic at the node's own line and column for every
/// value of the wrong shape, instead of throwing on the first one.
struct NodeReader {
    let file: String
    let lineOffset: Int
    let log: DiagnosticLog
    /// Places YAML indented inside a larger text (an embed in a nested list).
    var columnOffset = 0

    func location(_ node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file) }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column + columnOffset)
    }

    func error(_ node: Node, _ message: String, hint: String? = nil) {
        log.error(location(node), message, hint: hint)
    }

    func mapping(_ node: Node, _ what: String) -> Fields? {
        guard case .mapping(let mapping) = node else {
            error(node, "\(what) must be a mapping of keys to values", hint: "write it as 'key: value' lines")
            return nil
        }
        return Fields(mapping: mapping, node: node, reader: self)
    }

    func sequence(_ node: Node, _ what: String) -> [Node]? {
        guard case .sequence(let sequence) = node else {
            error(node, "\(what) must be a list", hint: "write each entry on a line starting with '- '")
            return nil
        }
        return Array(sequence)
    }

    func string(_ node: Node, _ what: String) -> String? {
        guard case .scalar(let scalar) = node else {
            error(node, "\(what) must be a single value, not a list or mapping")
            return nil
        }
        return scalar.string
    }

    func nonEmptyString(_ node: Node, _ what: String) -> String? {
        guard let text = string(node, what) else { return nil }
        guard !text.trimmingSpaces.isEmpty else {
            error(node, "\(what) is empty")
            return nil
        }
        return text
    }

    func strings(_ node: Node, _ what: String) -> [String]? {
        if node.scalar != nil { return string(node, what).map { [$0] } }
        guard let items = sequence(node, what) else { return nil }
        return items.compactMap { string($0, what) }
    }

    func bool(_ node: Node, _ what: String) -> Bool? {
        guard let text = string(node, what) else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default:
            error(node, "\(what) must be true or false, not '\(text)'",
                  hint: "YAML 1.1 reads yes, no, on and off as booleans and YAML 1.2 as text; write true or false")
            return nil
        }
    }

    /// A text per language: `{vi: …, en: …}`, or a plain string taken as Vietnamese.
    func localized(_ node: Node, _ what: String) -> LocalizedText? {
        if node.scalar != nil { return nonEmptyString(node, what).map { LocalizedText(vi: $0) } }
        guard let fields = mapping(node, what) else { return nil }
        var values: [Language: String] = [:]
        for (key, value) in fields.pairs {
            guard let keyText = string(key, "a language"), let language = Language(rawValue: keyText) else {
                error(key, "'\(string(key, "a language") ?? "")' is not a supported language in \(what)",
                      hint: "use 'vi' or 'en'")
                continue
            }
            if let text = nonEmptyString(value, "\(what) (\(language.rawValue))") { values[language] = text }
        }
        guard values[.vi] != nil else {
            error(node, "\(what) needs a Vietnamese text ('vi')")
            return values.isEmpty ? nil : LocalizedText(values)
        }
        return LocalizedText(values)
    }

    func id(_ node: Node, _ what: String) -> String? {
        guard let text = nonEmptyString(node, what) else { return nil }
        guard Slug.isValid(text) else {
            error(node, "\(what) '\(text)' is not a valid id",
                  hint: "ids are lowercase ASCII letters, digits, '-' and '_', e.g. '\(Slug.make(text))'")
            return nil
        }
        return text
    }

    func date(_ node: Node, _ what: String) -> CalendarDate? {
        guard let text = string(node, what) else { return nil }
        guard let date = CalendarDate(iso: text) else {
            error(node, "\(what) '\(text)' is not a date", hint: "write dates as YYYY-MM-DD, e.g. 2021-03-31")
            return nil
        }
        return date
    }
}
