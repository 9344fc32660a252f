import ChitieuCore

/// The settings in `site.yaml`. `reportingDate` stands in for "now" so that a build is a pure
/// function of the content: statuses and "so far" figures never depend on the clock.
public struct SiteConfig: Hashable, Sendable {
    public var title: LocalizedText
    public var description: LocalizedText?
    public var languages: [Language]
    public var baseURL: String
    public var currency: String
    public var nationalJurisdiction: String
    public var currentPeriod: Period
    public var reportingDate: CalendarDate
    /// The years an annual report is built for, per jurisdiction with targets or plans; by
    /// default the year of the reporting date.
    public var reportYears: [Int]
    /// Raw HTML in Markdown is escaped unless a site opts in.
    public var allowRawHTML: Bool
    public var location: SourceLocation

    public init(
        title: LocalizedText, description: LocalizedText? = nil, languages: [Language] = [.vi, .en],
        baseURL: String = "/", currency: String = "VND", nationalJurisdiction: String, currentPeriod: Period,
        reportingDate: CalendarDate, reportYears: [Int]? = nil, allowRawHTML: Bool = false, location: SourceLocation
    ) {
        self.title = title
        self.description = description
        self.languages = languages
        self.baseURL = baseURL
        self.currency = currency
        self.nationalJurisdiction = nationalJurisdiction
        self.currentPeriod = currentPeriod
        self.reportingDate = reportingDate
        self.reportYears = reportYears ?? [reportingDate.year]
        self.allowRawHTML = allowRawHTML
        self.location = location
    }
}
