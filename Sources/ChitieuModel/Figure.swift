import Foundation
import ChitieuCore

/// One stated number: a target, a result or a baseline of one indicator, for one jurisdiction and
/// period, with the document it comes from. Everything a page shows traces back to these.
public struct Figure: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable, Comparable {
        case target, result, baseline

        public static func < (a: Kind, b: Kind) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    public var jurisdiction: String
    public var indicator: String
    public var period: Period
    public var kind: Kind
    public var quantity: Quantity
    public var source: SourceReference
    public var note: LocalizedText?
    /// Indicators this figure is the declared total of (same jurisdiction, period and kind);
    /// the consistency checks compare the total with their sum.
    public var parts: [String]
    public var location: SourceLocation

    public init(
        jurisdiction: String, indicator: String, period: Period, kind: Kind, quantity: Quantity,
        source: SourceReference, note: LocalizedText? = nil, parts: [String] = [], location: SourceLocation
    ) {
        self.jurisdiction = jurisdiction
        self.indicator = indicator
        self.period = period
        self.kind = kind
        self.quantity = quantity
        self.source = source
        self.note = note
        self.parts = parts
        self.location = location
    }

    public var key: FigureKey { FigureKey(jurisdiction: jurisdiction, indicator: indicator, period: period, kind: kind) }
}

/// What makes a figure unique: at most one value per jurisdiction, indicator, period and kind.
public struct FigureKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var jurisdiction: String
    public var indicator: String
    public var period: Period
    public var kind: Figure.Kind

    public init(jurisdiction: String, indicator: String, period: Period, kind: Figure.Kind) {
        self.jurisdiction = jurisdiction
        self.indicator = indicator
        self.period = period
        self.kind = kind
    }

    public static func < (a: Self, b: Self) -> Bool {
        (a.jurisdiction, a.indicator, a.period.start, a.period.end, a.kind.rawValue)
            < (b.jurisdiction, b.indicator, b.period.start, b.period.end, b.kind.rawValue)
    }

    public var description: String { "\(jurisdiction) \(indicator) \(period) \(kind.rawValue)" }
}

/// Where a figure comes from: a plan document of the content (linkable), or an outside citation.
public enum SourceReference: Hashable, Sendable, CustomStringConvertible {
    /// A plan by id, with an optional place in it (a section or page).
    case plan(String, detail: String?)
    case citation(String, url: String?)

    public var planID: String? {
        if case .plan(let id, _) = self { return id }
        return nil
    }

    /// The plan id, or the citation text: what the data export writes in its `source` column.
    public var description: String {
        switch self {
        case .plan(let id, _): return id
        case .citation(let text, _): return text
        }
    }
}
