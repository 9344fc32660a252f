import Foundation

/// Sorting by the Vietnamese alphabet (a ă â b c d đ e ê g … ư v x y), with tones as a secondary
/// difference (none, huyền, hỏi, ngã, sắc, nặng) and case last. Done here rather than through
/// the platform locale so that output is identical on every machine.
public struct VietnameseCollationKey: Comparable, Hashable, Sendable {
    let primary: [UInt16]
    let secondary: [UInt8]
    let tertiary: [UInt8]
    let original: String

    public init(_ text: String) {
        var primary: [UInt16] = []
        var secondary: [UInt8] = []
        var tertiary: [UInt8] = []
        for letter in VietnameseLetter.tabulatedLetters(of: text) ?? VietnameseLetter.letters(of: text) {
            primary.append(letter.rank)
            secondary.append(letter.tone)
            tertiary.append(letter.isUppercase ? 1 : 0)
        }
        self.primary = primary
        self.secondary = secondary
        self.tertiary = tertiary
        self.original = text
    }

    public static func < (a: Self, b: Self) -> Bool {
        if a.primary != b.primary { return a.primary.lexicographicallyPrecedes(b.primary) }
        if a.secondary != b.secondary { return a.secondary.lexicographicallyPrecedes(b.secondary) }
        if a.tertiary != b.tertiary { return a.tertiary.lexicographicallyPrecedes(b.tertiary) }
        return a.original < b.original
    }
}

/// One character split into its place in the alphabet and its tone.
struct VietnameseLetter: Equatable {
    static let alphabet: [String] = [
        "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n",
        "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
    ]
    static let ranks: [String: UInt16] = Dictionary(
        uniqueKeysWithValues: alphabet.enumerated().map { ($1, UInt16(1000 + $0)) }
    )
    /// Combining tone marks in their Vietnamese order: huyền, hỏi, ngã, sắc, nặng.
    static let tones: [UInt32: UInt8] = [0x0300: 1, 0x0309: 2, 0x0303: 3, 0x0301: 4, 0x0323: 5]

    let rank: UInt16
    let tone: UInt8
    let isUppercase: Bool

    /// The letters of a text read scalar by scalar from a table of the printable ASCII and Latin
    /// letters, or nil when it holds anything else (a lone mark, another script): then only the
    /// decomposition is right. Each tabulated scalar decomposes to one base and its marks, so
    /// reading the text piece by piece gives what decomposing it whole does.
    static func tabulatedLetters(of text: String) -> [VietnameseLetter]? {
        var letters: [VietnameseLetter] = []
        letters.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            guard let letter = table[scalar] else { return nil }
            letters.append(letter)
        }
        return letters
    }

    /// Printable ASCII, the Latin letters and General Punctuation (dashes), each filled by
    /// `letters(of:)` itself when the scalar is one base with its marks.
    static let table = ScalarTable<VietnameseLetter>([0x20...0x7E, 0xA0...0x24F, 0x1E00...0x1EFF, 0x2000...0x206F]) { scalar in
        guard !isMark(scalar), let first = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first,
              !isMark(first) else { return nil }
        let letters = letters(of: String(scalar))
        return letters.count == 1 ? letters[0] : nil
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.canonicalCombiningClass != .notReordered || (0x0300...0x036F).contains(scalar.value)
    }

    /// The letters of a whole text from one canonical decomposition: a base scalar with the marks
    /// that follow it. Much cheaper than decomposing character by character.
    static func letters(of text: String) -> [VietnameseLetter] {
        var letters: [VietnameseLetter] = []
        var base: Unicode.Scalar?
        var marks: [Unicode.Scalar] = []
        func flush() {
            if let base { letters.append(VietnameseLetter(base: base, marks: marks)) }
            marks.removeAll(keepingCapacity: true)
        }
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if isMark(scalar) {
                marks.append(scalar)
            } else {
                flush()
                base = scalar
            }
        }
        flush()
        return letters
    }

    init(base: Unicode.Scalar, marks: [Unicode.Scalar]) {
        let lower = base.properties.lowercaseMapping
        isUppercase = lower != String(base)
        var letter = lower
        var tone: UInt8 = 0
        for mark in marks {
            if let value = Self.tones[mark.value] { tone = value } else { letter.unicodeScalars.append(mark) }
        }
        self.tone = tone
        let composed = letter.precomposedStringWithCanonicalMapping
        if let rank = Self.ranks[composed] {
            self.rank = rank
        } else if let scalar = composed.unicodeScalars.first, composed.unicodeScalars.count == 1 {
            let value = scalar.value
            self.rank = value < 0x30 ? UInt16(value) : value <= 0x39 ? UInt16(500 + value) : UInt16(min(value, 60000) / 2 + 2000)
        } else {
            self.rank = 65000
        }
    }
}

extension Sequence {
    /// Sorted by a name in Vietnamese alphabetical order.
    public func sortedVietnamese(by name: (Element) -> String) -> [Element] {
        map { (VietnameseCollationKey(name($0)), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
