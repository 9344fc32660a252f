/// A number as plans state it: a single value, a range (`1.000–2.000`), or a bound ("at least
/// 85%"). Kept as stated so pages never show more precision or certainty than the source.
public struct Quantity: Hashable, Sendable {
    public enum Bound: String, Hashable, Sendable {
        case exact
        case atLeast = "at_least"
        case atMost = "at_most"
    }

    public let low: Double
    public let high: Double
    public let bound: Bound

    public init(low: Double, high: Double, bound: Bound = .exact) {
        self.low = low
        self.high = high
        self.bound = bound
    }

    public static func value(_ value: Double) -> Quantity { Quantity(low: value, high: value) }
    public static func range(_ low: Double, _ high: Double) -> Quantity { Quantity(low: low, high: high) }
    public static func atLeast(_ value: Double) -> Quantity { Quantity(low: value, high: value, bound: .atLeast) }
    public static func atMost(_ value: Double) -> Quantity { Quantity(low: value, high: value, bound: .atMost) }

    public var isRange: Bool { low != high }
    /// The single number to rank, chart or compare by: the value, or the middle of a range.
    public var central: Double { isRange ? (low + high) / 2 : low }
}
