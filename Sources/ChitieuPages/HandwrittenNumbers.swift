import ChitieuCore
import ChitieuMarkdown
import ChitieuModel

/// Prose that types a plan's figure by hand can drift from the data; quoting it with `{value}`
/// cannot. Every number a plan's narrative writes out that equals a figure or budget amount of the
/// same plan is a warning at the number (so `check --strict` fails on it). Years, days and months,
/// and small counts (below 10, unless a percentage) are words of the prose, not figures.
public struct HandwrittenNumbers {
    public let plan: Plan
    public let language: Language

    public init(plan: Plan, language: Language) {
        self.plan = plan
        self.language = language
    }

    public func check(_ numbers: [WrittenNumber]) -> [Diagnostic] {
        let stated = statedValues()
        return numbers.compactMap { number in
            guard let value = value(of: number), let figure = stated.first(where: { matches($0.value, value) }) else { return nil }
            return .warning(number.location, "'\(number.text)' repeats \(figure.what) by hand",
                            hint: "quote it with \(figure.role), so the text follows the data")
        }
    }

    /// The number as the narrative's language writes it, scaled by a following word.
    func value(of number: WrittenNumber) -> Double? {
        let thousands: Character = language == .vi ? "." : ",", decimal: Character = language == .vi ? "," : "."
        let groups = number.text.split(separator: thousands, omittingEmptySubsequences: false)
        let wellGrouped = groups.count > 1 && groups.dropFirst().allSatisfy { $0.count == 3 && !$0.contains(decimal) }
        var digits = wellGrouped ? groups.joined() : number.text
        if digits.contains(thousands) { return nil }
        digits = String(digits.map { $0 == decimal ? "." : $0 })
        guard let parsed = Double(digits), !Self.dateWords.contains(number.next), !Self.dateWords.contains(number.previous) else { return nil }
        if number.next != "%" && (parsed < 10 || (parsed >= 1900 && parsed <= 2100 && parsed.rounded() == parsed)) { return nil }
        return parsed * (Self.scales[number.next] ?? 1)
    }

    /// Words around a day or month number: `ngày 15 tháng 12`, `10 May`, `December 15`.
    static let dateWords: Set<String> = [
        "ngày", "tháng", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
    ]

    static let scales: [String: Double] = [
        "nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9,
        "thousand": 1e3, "million": 1e6, "billion": 1e9,
    ]

    func matches(_ stated: Double, _ written: Double) -> Bool {
        abs(stated - written) <= max(1e-9, abs(stated) * 1e-9)
    }

    /// Every number the plan states, with how to name and quote it.
    func statedValues() -> [(value: Double, what: String, role: String)] {
        var values: [(Double, String, String)] = []
        for figure in plan.figures {
            let what = "the \(figure.period) \(figure.kind.rawValue) of '\(figure.indicator)' for '\(figure.jurisdiction)'"
            let role = "{value}`\(figure.jurisdiction)/\(figure.indicator)/\(figure.period)\(figure.kind == .target ? "" : "/" + figure.kind.rawValue)`"
            for number in Set([figure.quantity.low, figure.quantity.high]) { values.append((number, what, role)) }
        }
        for budget in plan.budgets {
            if let total = budget.total {
                values.append((total.low, "the \(budget.period) budget total", "{value}`\(budget.jurisdiction)/budget/\(budget.period)`"))
            }
            for line in budget.lines {
                values.append((line.amount.low, "the \(budget.period) budget line '\(line.id)'", "{value}`\(budget.jurisdiction)/budget/\(line.id)/\(budget.period)`"))
            }
        }
        return values
    }
}
