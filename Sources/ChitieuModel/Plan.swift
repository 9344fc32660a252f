import ChitieuCore

/// A plan document (kế hoạch), decision, programme or report: its metadata, the figures it
/// states, its budgets, and its narrative in each language.
public struct Plan: Hashable, Sendable, Identifiable {
    public let id: String
    /// The document number as printed, e.g. `47/KH-UBND`.
    public var number: String?
    /// `plan`, `decision`, `programme`, `report`, `news`…
    public var kind: String
    public var title: LocalizedText
    public var date: CalendarDate?
    public var issuingBody: LocalizedText
    public var signer: String?
    public var jurisdiction: String
    public var sector: String?
    public var periods: [Period]
    public var source: DocumentSource
    public var summary: LocalizedText?
    public var figures: [Figure]
    public var budgets: [Budget]
    public var narratives: [Language: Narrative]
    public var location: SourceLocation

    public init(
        id: String, number: String? = nil, kind: String, title: LocalizedText, date: CalendarDate? = nil,
        issuingBody: LocalizedText, signer: String? = nil, jurisdiction: String, sector: String? = nil,
        periods: [Period] = [], source: DocumentSource, summary: LocalizedText? = nil, figures: [Figure] = [],
        budgets: [Budget] = [], narratives: [Language: Narrative] = [:], location: SourceLocation
    ) {
        self.id = id
        self.number = number
        self.kind = kind
        self.title = title
        self.date = date
        self.issuingBody = issuingBody
        self.signer = signer
        self.jurisdiction = jurisdiction
        self.sector = sector
        self.periods = periods
        self.source = source
        self.summary = summary
        self.figures = figures
        self.budgets = budgets
        self.narratives = narratives
        self.location = location
    }
}

/// Where a document itself comes from: the seed file it was entered from, a public address, or
/// a citation in words. At least one is required, as every figure inherits it.
public struct DocumentSource: Hashable, Sendable {
    public var seed: String?
    public var url: String?
    public var citation: String?

    public init(seed: String? = nil, url: String? = nil, citation: String? = nil) {
        self.seed = seed
        self.url = url
        self.citation = citation
    }

    public var isEmpty: Bool { seed == nil && url == nil && citation == nil }
}

/// Markdown text with the place it starts in its file, so diagnostics about the prose point
/// at the right line of the `.md` file rather than of the body.
public struct Narrative: Hashable, Sendable {
    public var markdown: String
    /// The location of the body's first line.
    public var location: SourceLocation

    public init(markdown: String, location: SourceLocation) {
        self.markdown = markdown
        self.location = location
    }
}

/// A free page (about, method) from `content/pages/`.
public struct Page: Hashable, Sendable, Identifiable {
    public let id: String
    public var title: LocalizedText
    public var narratives: [Language: Narrative]
    public var location: SourceLocation

    public init(id: String, title: LocalizedText, narratives: [Language: Narrative], location: SourceLocation) {
        self.id = id
        self.title = title
        self.narratives = narratives
        self.location = location
    }
}
