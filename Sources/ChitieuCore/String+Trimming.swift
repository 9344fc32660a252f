import Foundation

extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)` (spaces and tabs), without Foundation's bridging in
    /// the usual case where neither end is a space: loading calls it for every CSV field.
    public var trimmingSpaces: String {
        func isSpace(_ scalar: Unicode.Scalar?) -> Bool {
            guard let scalar else { return false }
            return scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
        }
        guard isSpace(unicodeScalars.first) || isSpace(unicodeScalars.last) else { return String(self) }
        return trimmingCharacters(in: .whitespaces)
    }
}
