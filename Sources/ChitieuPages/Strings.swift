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
    public func format(_ key: String, _ values: [String: String]) -> String {
        values.reduce(self[key]) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
    }
}
