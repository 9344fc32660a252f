import Foundation

extension StringProtocol where UTF8View: BidirectionalCollection {
    /// `trimmingCharacters(in: .whitespaces)` (spaces and tabs), without Foundation's bridging in
    /// the usual case where neither end is a space: loading calls it for every CSV field.
    public var trimmingSpaces: String {
        // An ASCII byte at each end that is neither a space nor a tab: nothing to trim, decided
        // without decoding a scalar and looking up its category.
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
           first != 0x20, first != 0x09, last != 0x20, last != 0x09 {
            return String(self)
        }
        func isSpace(_ scalar: Unicode.Scalar?) -> Bool {
            guard let scalar else { return false }
            return scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
        }
        guard isSpace(unicodeScalars.first) || isSpace(unicodeScalars.last) else { return String(self) }
        return trimmingCharacters(in: .whitespaces)
    }
}
