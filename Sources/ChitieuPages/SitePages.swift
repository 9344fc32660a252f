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
        // A jurisdiction's reports share its page's tables and charts, which are let go once the
        // last of them is made: they come after the next jurisdiction's page, so that one worker
        // seldom waits for another to finish making them.
        var reportsOfPrevious: [PageMaker] = []
        for jurisdiction in content.jurisdictions {
            makers.append { jurisdictionPage(jurisdiction, narratives: narratives) }
            makers += reportsOfPrevious
            reportsOfPrevious = !hasReports(jurisdiction.id) ? [] : content.site.reportYears.map { year in
                { reportPage(jurisdiction, year: year, narratives: narratives, stylesheet: reportStylesheet) }
            }
        }
        makers += reportsOfPrevious
        makers += content.indicators.map { indicator in { indicatorPage(indicator) } }
        makers += periods(of: .target).map { period in { periodPage(period) } }
        makers += content.plans.map { plan in { planPage(plan, narratives: narratives) } }
        makers += content.pages.map { page in { freePage(page, narratives: narratives) } }
        return makers
    }
}
