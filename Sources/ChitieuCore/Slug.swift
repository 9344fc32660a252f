import Foundation

/// ASCII slugs for ids and file names: Vietnamese letters lose their marks (Đ → d), everything
/// else that is not a letter or a digit becomes one hyphen. Slugs are what URLs and downloads keep.
public enum Slug {
    public static func make(_ text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in asciiFolded(text).lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return slug
    }

    /// True for what `make` could produce: lowercase ASCII letters and digits joined by single hyphens
    /// (underscores allowed too, as indicator ids use them).
    /// Read as bytes, as every id of every CSV row is checked.
    public static func isValid(_ id: String) -> Bool {
        let hyphen = UInt8(ascii: "-"), underscore = UInt8(ascii: "_")
        guard let first = id.utf8.first, let last = id.utf8.last,
              first != hyphen, first != underscore, last != hyphen, last != underscore else { return false }
        var previous: UInt8 = 0
        for byte in id.utf8 {
            let allowed = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == underscore || (byte == hyphen && previous != hyphen)
            guard allowed else { return false }
            previous = byte
        }
        return true
    }

    /// Removes diacritics, mapping the letters that don't decompose (đ, Đ) by hand.
    public static func asciiFolded(_ text: String) -> String {
        let replaced = text.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
        var out = String.UnicodeScalarView()
        for scalar in replaced.decomposedStringWithCanonicalMapping.unicodeScalars
        where !(0x0300...0x036F).contains(scalar.value) {
            out.append(scalar)
        }
        return String(out)
    }
}
