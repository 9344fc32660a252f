import Foundation
import ChitieuCompute
import ChitieuCore
import ChitieuModel

extension PageBuilder {
    /// Makes one page; each is independent of the others, so a build runs them on every core.
    public typealias PageMaker = @Sendable () -> PageOutput

    /// Every page of the site in this builder's language, in a fixed order; reports link the
    /// paged-media stylesheet.
    public func pageMakers(narratives: [String: RenderedNarrative], reportStylesheet: String) -> [PageMaker] {
        var makers: [PageMaker] = [{ homePage(narratives: narratives) }, { comparePage() }, { compareTodayPage() }, { notFoundPage() },
                                     { statusPage() }, { changesPage() },
                                     { searchPage() }]
        makers += listPages().map { page in { page } }
        makers += content.jurisdictions.map { jurisdiction in { jurisdictionPage(jurisdiction, narratives: narratives) } }
        makers += content.indicators.map { indicator in { indicatorPage(indicator) } }
        makers += periods(of: .target).map { period in { periodPage(period) } }
        makers += content.plans.map { plan in { planPage(plan, narratives: narratives) } }
        makers += content.pages.map { page in { freePage(page, narratives: narratives) } }
        makers += reportMakers(narratives: narratives, stylesheet: reportStylesheet)
        return makers
    }
}

extension PageBuilder {
    func reportMakers(narratives: [String: RenderedNarrative], stylesheet: String) -> [PageMaker] {
        reportRoutes().compactMap { route in
            guard case .report(let id, let year) = route, let jurisdiction = content.jurisdictionsByID[id] else { return nil }
            return { reportPage(jurisdiction, year: year, narratives: narratives, stylesheet: stylesheet) }
        }
    }
}
