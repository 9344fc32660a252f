import Foundation
import ChitieuCompute
import ChitieuCore
import ChitieuModel

extension PageBuilder {
    /// Every page of the site in this builder's language.
    public func allPages(narratives: [String: RenderedNarrative]) -> [PageOutput] {
        var pages = [homePage(narratives: narratives), comparePage(), compareTodayPage(), notFoundPage()] + listPages()
        pages += content.jurisdictions.map { jurisdictionPage($0, narratives: narratives) }
        pages += content.indicators.map(indicatorPage)
        pages += periods(of: .target).map(periodPage)
        pages += content.plans.map { planPage($0, narratives: narratives) }
        pages += content.pages.map { freePage($0, narratives: narratives) }
        return pages
    }
}
