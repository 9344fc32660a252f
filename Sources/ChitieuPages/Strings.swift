import ChitieuCompute
import ChitieuModel
import Foundation
import ChitieuCore

/// The theme's interface words in one language (`themes/<theme>/i18n/<lang>.yaml`). A missing key
/// shows as `[key]`, so a gap in a translation is visible rather than silently English.
public struct Strings: Sendable {
    public let language: Language
    public let table: [String: String]

    public init(language: Language, table: [String: String]) {
        self.language = language
        self.table = table
    }

    public subscript(key: String) -> String {
        table[key] ?? "[\(key)]"
    }

    /// `{name}` placeholders filled in, for sentences whose word order differs between languages.
    /// One pass over the sentence, so a value that itself holds `{…}` is never filled in again.
    public func format(_ key: String, _ values: [String: String]) -> String {
        let template = self[key]
        var out = "", rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let value = values[String(rest[afterOpen..<close])] {
                out += value
                rest = rest[rest.index(after: close)...]
            } else {
                out += "{"
                rest = rest[afterOpen...]
            }
        }
        return out + rest
    }
}
