import ChitieuCore

/// A body that sets targets: the country, a province or centrally-run city, a district-level city,
/// a commune, or a sector office. Ranks compare jurisdictions of the same tier (depth below the
/// national one), so Hồ Chí Minh City ranks among the provinces.
public struct Jurisdiction: Hashable, Sendable, Identifiable {
    public enum Level: String, Hashable, Sendable, CaseIterable {
        case national, province, city, district, commune
        case sectorOffice = "sector_office"
    }

    public let id: String
    public var name: LocalizedText
    public var level: Level
    public var parent: String?
    /// The official administrative code (Decision 19/2025/QĐ-TTg for provinces), when known.
    public var code: String?
    public var population: [PopulationFigure]
    /// When the unit came into or went out of existence (the 2025 reorganisation); nil is open.
    public var validFrom: CalendarDate?
    public var validUntil: CalendarDate?
    public var successors: [String]
    public var predecessors: [String]
    public var location: SourceLocation

    public init(
        id: String, name: LocalizedText, level: Level, parent: String? = nil, code: String? = nil,
        population: [PopulationFigure] = [], validFrom: CalendarDate? = nil, validUntil: CalendarDate? = nil,
        successors: [String] = [], predecessors: [String] = [], location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.level = level
        self.parent = parent
        self.code = code
        self.population = population
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.successors = successors
        self.predecessors = predecessors
        self.location = location
    }

    /// The latest population figure at or before `year`, else the earliest one after it.
    public func population(in year: Int) -> PopulationFigure? {
        let sorted = population.sorted { $0.year < $1.year }
        return sorted.last { $0.year <= year } ?? sorted.first
    }
}

/// A population count with its year and where it comes from.
public struct PopulationFigure: Hashable, Sendable {
    public var year: Int
    public var value: Double
    public var source: String
    public var location: SourceLocation

    public init(year: Int, value: Double, source: String, location: SourceLocation) {
        self.year = year
        self.value = value
        self.source = source
        self.location = location
    }
}
