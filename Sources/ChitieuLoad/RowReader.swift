import Foundation
import ChitieuCore
import ChitieuModel

/// Turns one CSV row into a figure, logging each bad field at its own column.
struct RowReader {
    let row: CSVRow
    let log: DiagnosticLog

    func figure() -> Figure? {
        let jurisdiction = id("jurisdiction"), indicator = id("indicator")
        let period = period(), kind = kind(), quantity = quantity()
        let source = required("source")
        guard let jurisdiction, let indicator, let period, let kind, let quantity, let source else { return nil }
        return Figure(
            jurisdiction: jurisdiction, indicator: indicator, period: period, kind: kind, quantity: quantity,
            source: Slug.isValid(source) ? .plan(source, detail: nil) : .citation(source, url: nil),
            note: row.value("note").map { LocalizedText(vi: $0) },
            location: row.location(0)
        )
    }

    func required(_ column: String) -> String? {
        guard let text = row.value(column) else {
            let hint = column == "source" ? "every figure needs a source: a plan id or a citation" : nil
            log.error(row.location(column), "the '\(column)' field is empty", hint: hint)
            return nil
        }
        return text
    }

    func id(_ column: String) -> String? {
        guard let text = required(column) else { return nil }
        guard Slug.isValid(text) else {
            log.error(row.location(column), "\(column) '\(text)' is not a valid id", hint: "did you mean '\(Slug.make(text))'?")
            return nil
        }
        return text
    }

    func period() -> Period? {
        guard let text = required("period") else { return nil }
        switch Period.parse(text) {
        case .success(let period): return period
        case .failure(.endsBeforeStart(let start, let end)):
            log.error(row.location("period"), "period '\(text)' ends (\(end)) before it starts (\(start))")
        case .failure:
            log.error(row.location("period"), "'\(text)' is not a period", hint: "write a year (2012) or a span (2021-2025)")
        }
        return nil
    }

    func kind() -> Figure.Kind? {
        guard let text = required("kind") else { return nil }
        guard let kind = Figure.Kind(rawValue: text) else {
            log.error(row.location("kind"), "kind '\(text)' is not known", hint: "use target, result or baseline")
            return nil
        }
        return kind
    }

    func number(_ column: String) -> Double? {
        guard let text = row.value(column) else { return nil }
        switch Scalars.number(text) {
        case .success(let value): return value
        case .failure(let problem):
            let (message, hint) = Scalars.message(problem, what: column)
            log.error(row.location(column), message, hint: hint)
            return nil
        }
    }

    func quantity() -> Quantity? {
        let hasValue = row.value("value") != nil, hasRange = row.value("low") != nil || row.value("high") != nil
        guard hasValue != hasRange else {
            log.error(row.location("value"), hasValue ? "give either 'value' or 'low' and 'high', not both" : "the row has no value",
                      hint: "fill 'value', or 'low' and 'high' for a range")
            return nil
        }
        let bound = self.bound()
        if hasValue {
            guard let value = number("value"), let bound else { return nil }
            return Quantity(low: value, high: value, bound: bound)
        }
        guard let low = number("low"), let high = number("high") else {
            if row.value("low") == nil || row.value("high") == nil {
                log.error(row.location(row.value("low") == nil ? "low" : "high"), "a range needs both 'low' and 'high'")
            }
            return nil
        }
        guard low <= high else {
            log.error(row.location("low"), "range low (\(low.plain)) exceeds its high (\(high.plain))", hint: "write the smaller number in 'low'")
            return nil
        }
        return Quantity(low: low, high: high, bound: bound ?? .exact)
    }

    func bound() -> Quantity.Bound? {
        guard let text = row.value("bound") else { return .exact }
        guard let bound = Quantity.Bound(rawValue: text), bound != .exact else {
            log.error(row.location("bound"), "bound '\(text)' is not known", hint: "leave it empty, or write at_least or at_most")
            return nil
        }
        return bound
    }
}
