extension Content {
    /// The same content with other narratives, for a rebuild after a narrative was saved: the
    /// figures, sorted once by `init`, are the same and are not sorted again.
    public func replacingNarratives(plans: [Plan], pages: [Page]) -> Content {
        Content(self, plans: plans, pages: pages)
    }

    private init(_ other: Content, plans: [Plan], pages: [Page]) {
        site = other.site
        jurisdictions = other.jurisdictions
        indicators = other.indicators
        self.plans = plans
        self.pages = pages
        dataFigures = other.dataFigures
        figures = other.figures
        jurisdictionsByID = other.jurisdictionsByID
        indicatorsByID = other.indicatorsByID
        plansByID = Dictionary(plans.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
