import ChitieuCompute
import Foundation
import ChitieuCore
import ChitieuModel

/// A value as a reader sees it, in the page's language: `60%`, `≥ 30%`, `1.000–2.000 người`,
/// `2.687.000.000 ₫`, `+30 điểm %`. Missing values are `—`; the page says why next to it.
public struct ValueText: Sendable {
    public let language: Language
    let format: NumberFormat

    public init(_ language: Language) {
        self.language = language
        format = NumberFormat(language)
    }

    public static let missing = "—"

    public func quantity(_ quantity: Quantity?, unit: IndicatorUnit, label: LocalizedText? = nil, signed: Bool = false) -> String {
        self.quantity(quantity, unit: unit, words: unitWords(unit, label: label), signed: signed)
    }

    /// The words after a number of one unit, for one and for any other count: the same for every
    /// value of an indicator, so a page builder works them out once per indicator.
    public struct UnitWords: Sendable {
        public let other: String
        public let one: String
    }

    public func unitWords(_ unit: IndicatorUnit, label: LocalizedText? = nil) -> UnitWords {
        UnitWords(other: suffix(unit, label: label), one: suffix(unit, label: label, singular: true))
    }

    public func quantity(_ quantity: Quantity?, unit: IndicatorUnit, words: UnitWords, signed: Bool = false) -> String {
        guard let quantity else { return Self.missing }
        // Money and any count of a hundred or more read as whole numbers; a computed 5,454.55 people
        // a year claims a precision no plan has.
        let large = max(abs(quantity.low), abs(quantity.high)) >= 100
        let digits = unit.kind == .dimensional ? (unit.dimensions == ["vnd": 1] || large ? 0 : 2) : 1
        func number(_ value: Double) -> String {
            let text = format.format(value, maxFractionDigits: digits)
            return signed && value > 0 ? "+" + text : text
        }
        let core = quantity.isRange ? number(quantity.low) + "–" + number(quantity.high) : number(quantity.low)
        let prefix = quantity.bound == .atLeast ? "≥ " : quantity.bound == .atMost ? "≤ " : ""
        let one = !quantity.isRange && quantity.low == 1
        return prefix + core + (one ? words.one : words.other)
    }

    /// The unit after the number: `%` attached, words after a space.
    /// `singular` for exactly one: "1 centre", "1 person" in English (Vietnamese has no plural).
    public func suffix(_ unit: IndicatorUnit, label: LocalizedText? = nil, singular one: Bool = false) -> String {
        if let label {
            // A label names the unit in the plural ("centres", "people a year"); one takes its first word's singular.
            guard one else { return " " + label[language] }
            let words = label[language].split(separator: " ", maxSplits: 1).map(String.init)
            guard let first = words.first else { return " " + label[language] }
            return " " + ([singular(first)] + words.dropFirst()).joined(separator: " ")
        }
        switch unit.kind {
        case .percent: return "%"
        case .points: return language == .vi ? " điểm %" : " pp"
        case .dimensional:
            guard !unit.dimensions.isEmpty else { return "" }
            let top = unit.dimensions.filter { $0.value > 0 }.keys.sorted().map(word).map { one ? singular($0) : $0 }
            let bottom = unit.dimensions.filter { $0.value < 0 }.keys.sorted().map(word)
            let per = language == .vi ? "/" : " per "
            return " " + (top.isEmpty ? "1" : top.joined(separator: "·")) + bottom.map { per + singular($0) }.joined()
        }
    }

    static let words: [String: (vi: String, en: String)] = [
        "vnd": ("₫", "VND"), "person": ("người", "people"), "year": ("năm", "years"), "facility": ("cơ sở", "facilities"),
        "commune": ("xã", "communes"), "class": ("lớp", "classes"), "model": ("mô hình", "models"),
        "unit": ("đơn vị", "units"), "school": ("trường", "schools"), "centre": ("trung tâm", "centres"),
        "child": ("trẻ em", "children"), "household": ("hộ", "households"), "document": ("văn bản", "documents"),
        "course": ("lớp", "courses"), "session": ("buổi", "sessions"), "rank": ("", ""),
    ]

    func word(_ name: String) -> String {
        guard let word = Self.words[name] else { return name.replacingOccurrences(of: "_", with: " ") }
        return language == .vi ? word.vi : word.en
    }

    static let singulars = ["people": "person", "children": "child", "facilities": "facility", "classes": "class", "VND": "VND",
                            "centres": "centre", "courses": "course", "households": "household"]

    func singular(_ plural: String) -> String {
        guard language == .en else { return plural }
        if let singular = Self.singulars[plural] { return singular }
        return plural.hasSuffix("s") ? String(plural.dropLast()) : plural
    }

    /// A plain count with thousands grouped: `2.687`.
    public func count(_ value: Double) -> String { format.format(value, maxFractionDigits: 0) }
}
