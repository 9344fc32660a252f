import ChitieuCore

/// What is measured: its name, unit and which way is better. A computed indicator carries the
/// formula that derives it from other indicators of the same jurisdiction and period.
public struct Indicator: Hashable, Sendable, Identifiable {
    public enum Direction: String, Hashable, Sendable {
        case higherIsBetter = "higher"
        case lowerIsBetter = "lower"
    }

    public let id: String
    public var name: LocalizedText
    public var description: LocalizedText
    public var unit: IndicatorUnit
    /// How the unit reads after a number ("người", "people"); defaults from the unit.
    public var unitLabel: LocalizedText?
    public var direction: Direction
    public var category: String
    public var formula: FormulaSource?
    /// The values a figure may take; percentages default to 0–100.
    public var validRange: ValidRange
    public var location: SourceLocation

    public init(
        id: String, name: LocalizedText, description: LocalizedText = LocalizedText([:]), unit: IndicatorUnit,
        unitLabel: LocalizedText? = nil, direction: Direction = .higherIsBetter, category: String = "",
        formula: FormulaSource? = nil, validRange: ValidRange? = nil, location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.unit = unit
        self.unitLabel = unitLabel
        self.direction = direction
        self.category = category
        self.formula = formula
        self.validRange = validRange ?? (unit.kind == .percent ? .percent : .any)
        self.location = location
    }
}

/// Inclusive bounds on an indicator's values; nil ends are open.
public struct ValidRange: Hashable, Sendable {
    public var min: Double?
    public var max: Double?

    public init(min: Double?, max: Double?) {
        self.min = min
        self.max = max
    }

    public static let percent = ValidRange(min: 0, max: 100)
    public static let any = ValidRange(min: nil, max: nil)

    public func contains(_ value: Double) -> Bool {
        (min.map { value >= $0 } ?? true) && (max.map { value <= $0 } ?? true)
    }
}

/// A formula as written, with where it was written, so parse errors point into `indicators.yaml`.
public struct FormulaSource: Hashable, Sendable {
    public var text: String
    public var location: SourceLocation

    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }
}
