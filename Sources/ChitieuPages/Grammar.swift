import ChitieuCore

/// The few grammatical forms generated sentences need, per language: English ordinals and
/// singular or plural nouns, Vietnamese ordinals (nouns there have no plural). Kept in code rather
/// than in the i18n files because they are rules, not words.
public struct Grammar: Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    /// `1st`, `2nd`, `3rd`, `11th`, `22nd`; `thứ nhất`, `thứ 2`, `thứ 3`.
    public func ordinal(_ n: Int) -> String {
        guard language == .en else { return n == 1 ? "thứ nhất" : "thứ \(n)" }
        let lastTwo = n % 100, last = n % 10
        let suffix = (11...13).contains(lastTwo) ? "th" : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th"
        return "\(n)\(suffix)"
    }

    /// A count with its noun in the right number: `1 jurisdiction`, `5 jurisdictions`, `5 địa phương`.
    public func count(_ n: Int, one: String, other: String) -> String {
        "\(NumberFormat(language).format(Double(n), maxFractionDigits: 0)) \(n == 1 ? one : other)"
    }

    /// A difference in percentage points, never negative: `1 percentage point`, `2,5 điểm phần trăm`.
    public func points(_ value: Double) -> String {
        let number = NumberFormat(language).format(abs(value), maxFractionDigits: 1)
        guard language == .en else { return number + " điểm phần trăm" }
        return number + (abs(value) == 1 ? " percentage point" : " percentage points")
    }
}
