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

    /// Removes diacritics, mapping the letters that don't decompose (đ, Đ) by hand. Read scalar by
    /// scalar from a table of the Latin letters when it can be: decomposing every name with
    /// Foundation was a serial twentieth of a second of each build's search index.
    public static func asciiFolded(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                out.append(scalar)
            } else if (0x0300...0x036F).contains(value) {
                continue
            } else if let folded = LatinFolding.table[scalar] {
                out.append(folded)
            } else {
                return decomposedFolding(text)
            }
        }
        return String(out)
    }

    /// The general folding: every mark of the canonical decomposition dropped, and đ and Đ, which
    /// do not decompose, mapped by hand (as scalars: a text search for "Đ" missed one followed by a mark).
    static func decomposedFolding(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue
            case 0x0111: out.append("d")
            case 0x0110: out.append("D")
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}

/// The ASCII letter each accented Latin letter folds to, worked out once by the general folding.
/// Only letters folding to exactly one ASCII scalar are kept.
enum LatinFolding {
    static let table = ScalarTable<Unicode.Scalar>([0x00C0...0x024F, 0x1E00...0x1EFF]) { scalar in
        let folded = Slug.decomposedFolding(String(scalar)).unicodeScalars
        guard folded.count == 1, let only = folded.first, only.isASCII else { return nil }
        return only
    }
}
