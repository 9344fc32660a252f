import Foundation
import ChitieuCore
import ChitieuModel
import Yams

/// Reads a plan's figure groups: `indicator → period → value`, where a value is a number, a range
/// (`1-2`), a bound (`{at_least: 85}`) or a mapping with a note, a citation, another source,
/// another jurisdiction, or parts.
struct FigureReader {
    static let valueKeys = ["value", "low", "high", "at_least", "at_most", "note", "cite", "source", "jurisdiction", "parts"]

    let reader: NodeReader
    let plan: String
    let jurisdiction: String

    func group(_ node: Node, kind: Figure.Kind) -> [Figure] {
        guard let indicators = reader.mapping(node, kind.groupKey) else { return [] }
        var figures: [Figure] = []
        for (indicatorNode, periodsNode) in indicators.pairs {
            guard let indicator = reader.id(indicatorNode, "indicator id"),
                  let periods = reader.mapping(periodsNode, "the \(kind.rawValue)s of '\(indicator)'") else { continue }
            for (periodNode, valueNode) in periods.pairs {
                guard let period = reader.period(periodNode, "period") else { continue }
                figures += self.figures(valueNode, indicator: indicator, period: period, kind: kind)
            }
        }
        return figures
    }

    /// The figure stated by one value node, followed by its parts when it has any.
    func figures(_ node: Node, indicator: String, period: Period, kind: Figure.Kind) -> [Figure] {
        let location = reader.location(node)
        if node.scalar != nil {
            guard let quantity = reader.quantity(node, "the \(period) \(kind.rawValue) of '\(indicator)'") else { return [] }
            return [Figure(jurisdiction: jurisdiction, indicator: indicator, period: period, kind: kind,
                           quantity: quantity, source: .plan(plan, detail: nil), location: location)]
        }
        guard let fields = reader.mapping(node, "the \(period) \(kind.rawValue) of '\(indicator)'") else { return [] }
        fields.warnUnknownKeys(allowed: Self.valueKeys, in: "a figure")
        guard let quantity = quantity(fields, what: "the \(period) \(kind.rawValue) of '\(indicator)'") else { return [] }
        let cite = fields.value("cite").flatMap { reader.nonEmptyString($0, "cite") }
        let sourcePlan = fields.value("source").flatMap { reader.id($0, "source") } ?? plan
        var figure = Figure(
            jurisdiction: fields.value("jurisdiction").flatMap { reader.id($0, "jurisdiction") } ?? jurisdiction,
            indicator: indicator, period: period, kind: kind, quantity: quantity,
            source: .plan(sourcePlan, detail: cite),
            note: fields.value("note").flatMap { reader.localized($0, "note") },
            location: location
        )
        var parts: [Figure] = []
        if let partsNode = fields.value("parts"), let partFields = reader.mapping(partsNode, "parts") {
            for (partIndicator, partValue) in partFields.pairs {
                guard let id = reader.id(partIndicator, "indicator id"),
                      let partQuantity = partQuantity(partValue, "the part '\(id)'") else { continue }
                var part = figure
                part.indicator = id
                part.quantity = partQuantity
                part.note = nil
                part.location = reader.location(partValue)
                parts.append(part)
            }
            figure.parts = parts.map(\.indicator)
        }
        return [figure] + parts
    }

    /// A part is stated like any value: a number, a range, or a mapping with a bound.
    func partQuantity(_ node: Node, _ what: String) -> Quantity? {
        if node.scalar != nil { return reader.quantity(node, what) }
        guard let fields = reader.mapping(node, what) else { return nil }
        fields.warnUnknownKeys(allowed: ["value", "low", "high", "at_least", "at_most"], in: "a part")
        return quantity(fields, what: what)
    }

    /// Exactly one of `value`, `low` + `high`, `at_least`, `at_most`.
    func quantity(_ fields: Fields, what: String) -> Quantity? {
        let forms = ["value", "low", "at_least", "at_most"].filter { fields.value($0) != nil }
        guard forms.count == 1 else {
            let message = forms.isEmpty ? "\(what) has no value" : "\(what) gives more than one value (\(forms.joined(separator: ", ")))"
            reader.error(fields.node, message, hint: "give one of 'value', 'low' and 'high', 'at_least' or 'at_most'")
            return nil
        }
        switch forms[0] {
        case "value": return reader.quantity(fields.value("value")!, what)
        case "at_least": return reader.number(fields.value("at_least")!, what).map(Quantity.atLeast)
        case "at_most": return reader.number(fields.value("at_most")!, what).map(Quantity.atMost)
        default:
            guard let highNode = fields.required("high", in: what) else { return nil }
            guard let low = reader.number(fields.value("low")!, what), let high = reader.number(highNode, what) else { return nil }
            return reader.range(low: low, high: high, at: fields.node, what)
        }
    }
}
