import Foundation
import ChitieuCompute
import ChitieuCore
import ChitieuModel

extension PageBuilder {
    /// Every page of the site in this builder's language; reports link the paged-media stylesheet.
    public func allPages(narratives: [String: RenderedNarrative], reportStylesheet: String) -> [PageOutput] {
        var pages = [homePage(narratives: narratives), comparePage(), notFoundPage()] + listPages()
        pages += content.jurisdictions.map { jurisdictionPage($0, narratives: narratives) }
        pages += content.indicators.map(indicatorPage)
        pages += periods(of: .target).map(periodPage)
        pages += content.plans.map { planPage($0, narratives: narratives) }
        pages += content.pages.map { freePage($0, narratives: narratives) }
        pages += reportPages(narratives: narratives, stylesheet: reportStylesheet)
        return pages
    }
}

extension PageBuilder {
    func reportPages(narratives: [String: RenderedNarrative], stylesheet: String) -> [PageOutput] {
        reportRoutes().compactMap { route in
            guard case .report(let id, let year) = route, let jurisdiction = content.jurisdictionsByID[id] else { return nil }
            return reportPage(jurisdiction, year: year, narratives: narratives, stylesheet: stylesheet)
        }
    }
}
