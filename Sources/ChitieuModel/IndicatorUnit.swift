import Foundation
import ChitieuCore

/// A unit as a product of named base units with exponents (`VND/person` is VND¹·person⁻¹), plus
/// percent and percentage points, which follow their own rules. This is what lets formulas be
/// checked: VND ÷ person is VND per person, percent − percent is points.
public struct IndicatorUnit: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        case percent
        case points
        case dimensional
    }

    public let kind: Kind
    /// Exponents of base units, for `.dimensional`; empty means a pure number (a ratio).
    public let dimensions: [String: Int]

    public init(kind: Kind, dimensions: [String: Int] = [:]) {
        self.kind = kind
        self.dimensions = kind == .dimensional ? dimensions.filter { $0.value != 0 } : [:]
    }

    public static let percent = IndicatorUnit(kind: .percent)
    public static let points = IndicatorUnit(kind: .points)
    public static let ratio = IndicatorUnit(kind: .dimensional)
    public static func base(_ name: String) -> IndicatorUnit { IndicatorUnit(kind: .dimensional, dimensions: [name: 1]) }

    /// Parses `percent`, `pp`, `ratio`, `VND`, `person`, `VND/person`, `person/year`: names are
    /// lowercase letters, digits and `_`; the first term is the numerator, every `/` divides.
    public static func parse(_ text: String) -> IndicatorUnit? {
        let lower = text.trimmingSpaces.lowercased()
        switch lower {
        case "percent", "%": return .percent
        case "pp", "points", "percentage_points": return .points
        case "ratio", "number": return .ratio
        default: break
        }
        let terms = lower.split(separator: "/", omittingEmptySubsequences: false).map {
            $0.trimmingSpaces
        }
        var dimensions: [String: Int] = [:]
        for (index, term) in terms.enumerated() {
            guard !term.isEmpty, term.allSatisfy({ $0.isLetter && $0.isASCII || $0.isNumber && $0.isASCII || $0 == "_" })
            else { return nil }
            dimensions[canonical(term), default: 0] += index == 0 ? 1 : -1
        }
        return IndicatorUnit(kind: .dimensional, dimensions: dimensions)
    }

    /// Singular and plural spellings of the same base unit count as one.
    static func canonical(_ name: String) -> String {
        switch name {
        case "people", "persons": return "person"
        case "years": return "year"
        case "facilities": return "facility"
        case "communes": return "commune"
        case "classes": return "class"
        case "models": return "model"
        case "units": return "unit"
        default: return name
        }
    }

    public var description: String {
        switch kind {
        case .percent: return "percent"
        case .points: return "pp"
        case .dimensional:
            let numerator = dimensions.filter { $0.value > 0 }.sorted { $0.key < $1.key }
            let denominator = dimensions.filter { $0.value < 0 }.sorted { $0.key < $1.key }
            func power(_ name: String, _ exponent: Int) -> [String] {
                Array(repeating: name == "vnd" ? "VND" : name, count: abs(exponent))
            }
            let top = numerator.flatMap { power($0.key, $0.value) }
            let bottom = denominator.flatMap { power($0.key, $0.value) }
            if top.isEmpty && bottom.isEmpty { return "ratio" }
            return ([top.isEmpty ? "1" : top.joined(separator: "*")] + bottom).joined(separator: "/")
        }
    }

    public var isRatio: Bool { kind == .dimensional && dimensions.isEmpty }
}

extension IndicatorUnit {
    /// The product of two dimensional units (exponents add).
    public func times(_ other: IndicatorUnit) -> IndicatorUnit {
        IndicatorUnit(kind: .dimensional, dimensions: dimensions.merging(other.dimensions, uniquingKeysWith: +))
    }

    /// The quotient of two dimensional units (exponents subtract).
    public func over(_ other: IndicatorUnit) -> IndicatorUnit {
        times(other.inverted)
    }

    public var inverted: IndicatorUnit {
        IndicatorUnit(kind: .dimensional, dimensions: dimensions.mapValues { -$0 })
    }
}
