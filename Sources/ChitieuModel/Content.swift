import ChitieuCore

/// Everything loaded from a content folder: the model the later stages compute and render from.
/// Lookups by id are built once here because every stage needs them.
public struct Content: Sendable {
    public var site: SiteConfig
    public var jurisdictions: [Jurisdiction]
    public var indicators: [Indicator]
    public let plans: [Plan]
    public var pages: [Page]
    /// Figures from `content/data/*.csv`, apart from those stated in plans.
    public let dataFigures: [Figure]
    /// Every stated figure, plans first then data files, in a stable order; sorted once here, as
    /// every report and check reads it.
    public let figures: [Figure]

    public let jurisdictionsByID: [String: Jurisdiction]
    public let indicatorsByID: [String: Indicator]
    public let plansByID: [String: Plan]

    public init(
        site: SiteConfig, jurisdictions: [Jurisdiction], indicators: [Indicator], plans: [Plan],
        pages: [Page] = [], dataFigures: [Figure] = []
    ) {
        self.site = site
        self.jurisdictions = jurisdictions
        self.indicators = indicators
        self.plans = plans
        self.pages = pages
        self.dataFigures = dataFigures
        figures = FigureOrder.sorted(plans.flatMap(\.figures) + dataFigures)
        jurisdictionsByID = Dictionary(jurisdictions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        indicatorsByID = Dictionary(indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        plansByID = Dictionary(plans.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public var budgets: [Budget] { plans.flatMap(\.budgets) }

    /// One jurisdiction's figures, found by bisection in `figures`, which are sorted by
    /// jurisdiction first: a report per jurisdiction scanned every figure of the country.
    public func figures(of jurisdiction: String) -> ArraySlice<Figure> {
        var low = 0, high = figures.count
        while low < high {
            let middle = (low + high) / 2
            if figures[middle].jurisdiction < jurisdiction { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < figures.count, figures[end].jurisdiction == jurisdiction { end += 1 }
        return figures[low..<end]
    }
}

/// A figure's (key, location) as the integers it sorts by: ids, kinds and files ranked once among
/// those present. Sorting the country's figures by their strings was a fifth of loading.
struct FigureOrder: Comparable {
    let jurisdiction: Int, indicator: Int, start: Int, end: Int, kind: Int, file: Int, line: Int, column: Int

    static func sorted(_ figures: [Figure]) -> [Figure] {
        let jurisdictions = figures.map(\.jurisdiction).ranks(), indicators = figures.map(\.indicator).ranks()
        let kinds = Figure.Kind.allCases.map(\.rawValue).ranks(), files = figures.map(\.location.file).ranks()
        return figures.sorted(byKey: { figure in
            FigureOrder(jurisdiction: jurisdictions[figure.jurisdiction]!, indicator: indicators[figure.indicator]!,
                        start: figure.period.start, end: figure.period.end, kind: kinds[figure.kind.rawValue]!,
                        file: files[figure.location.file]!, line: figure.location.line, column: figure.location.column)
        }, by: <)
    }

    static func < (a: Self, b: Self) -> Bool {
        let first = (a.jurisdiction, a.indicator, a.start, a.end, a.kind, a.file), second = (b.jurisdiction, b.indicator, b.start, b.end, b.kind, b.file)
        return first < second || (first == second && (a.line, a.column) < (b.line, b.column))
    }
}
