import Foundation
import ChitieuCore
import ChitieuModel
import Yams

/// Reads `indicators.yaml`: a list of indicators.
struct IndicatorLoader {
    static let keys = [
        "id", "name", "description", "unit", "unit_label", "direction", "category", "valid_range", "formula",
    ]

    let reader: NodeReader

    func load(_ root: Node) -> [Indicator] {
        guard let entries = reader.sequence(root, "indicators.yaml") else { return [] }
        return entries.compactMap(indicator)
    }

    func indicator(_ node: Node) -> Indicator? {
        guard let fields = reader.mapping(node, "an indicator") else { return nil }
        fields.warnUnknownKeys(allowed: Self.keys, in: "an indicator")
        let id = fields.required("id", in: "an indicator").flatMap { reader.id($0, "id") }
        let name = fields.required("name", in: "an indicator").flatMap { reader.localized($0, "name") }
        let unit = fields.required("unit", in: "an indicator").flatMap(unit)
        guard let id, let name, let unit else { return nil }
        return Indicator(
            id: id, name: name,
            description: fields.value("description").flatMap { reader.localized($0, "description") } ?? LocalizedText([:]),
            unit: unit,
            unitLabel: fields.value("unit_label").flatMap { reader.localized($0, "unit_label") },
            direction: fields.value("direction").flatMap(direction) ?? .higherIsBetter,
            category: fields.value("category").flatMap { reader.nonEmptyString($0, "category") } ?? "",
            formula: fields.value("formula").flatMap(formula),
            validRange: fields.value("valid_range").flatMap(validRange),
            location: fields.location
        )
    }

    func unit(_ node: Node) -> IndicatorUnit? {
        guard let text = reader.nonEmptyString(node, "unit") else { return nil }
        guard let unit = IndicatorUnit.parse(text) else {
            reader.error(node, "unit '\(text)' is not understood",
                         hint: "use percent, pp, ratio, VND, or names joined by '/', e.g. VND/person")
            return nil
        }
        return unit
    }

    func direction(_ node: Node) -> Indicator.Direction? {
        guard let text = reader.string(node, "direction") else { return nil }
        guard let direction = Indicator.Direction(rawValue: text) else {
            reader.error(node, "direction '\(text)' is not known", hint: "use 'higher' or 'lower' (which way is better)")
            return nil
        }
        return direction
    }

    /// The location of the formula's first character, past an opening quote, so errors inside
    /// the formula land on the right column.
    func formula(_ node: Node) -> FormulaSource? {
        guard let text = reader.nonEmptyString(node, "formula") else { return nil }
        var location = reader.location(node)
        if let style = node.scalar?.style, style == .singleQuoted || style == .doubleQuoted { location.column += 1 }
        return FormulaSource(text: text, location: location)
    }

    func validRange(_ node: Node) -> ValidRange? {
        guard let items = reader.sequence(node, "valid_range"), items.count == 2 else {
            reader.error(node, "valid_range must be a list of two values", hint: "e.g. [0, 100] or [-100, null]")
            return nil
        }
        let bounds = items.map { item -> Double? in
            if let text = item.scalar?.string, ["null", "~", ""].contains(text) { return nil }
            return reader.number(item, "a bound of valid_range")
        }
        if let low = bounds[0], let high = bounds[1], low > high {
            reader.error(node, "valid_range's low (\(low.plain)) exceeds its high (\(high.plain))")
            return nil
        }
        return ValidRange(min: bounds[0], max: bounds[1])
    }
}
