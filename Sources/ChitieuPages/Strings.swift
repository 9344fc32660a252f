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
    /// The braces are found among the bytes: searching Characters was 2% of a build.
    public func format(_ key: String, _ values: [String: String]) -> String {
        let template = self[key]
        let utf8 = template.utf8
        var out = "", copied = utf8.startIndex, searched = utf8.startIndex
        while let open = utf8[searched...].firstIndex(of: UInt8(ascii: "{")) {
            let name = utf8.index(after: open)
            searched = name
            guard let close = utf8[name...].firstIndex(of: UInt8(ascii: "}")), let value = values[String(template[name..<close])] else { continue }
            out += template[copied..<open]
            out += value
            copied = utf8.index(after: close)
            searched = copied
        }
        return out + template[copied...]
    }
}
