import ChitieuCore

/// How narratives are rendered: raw HTML is off unless a site opts in, and headings can be moved
/// down a level to sit under the page's own headings.
public struct MarkdownOptions: Sendable, Hashable {
    public var allowRawHTML: Bool
    /// Added to every heading level (`##` becomes `<h3>` with 1), capped at 6.
    public var headingShift: Int
    public var limits: MarkdownLimits
    /// Put before every id the narrative makes (its headings', and its embeds' through the
    /// resolver): narratives shown together on one page (a report's plans) must not share one.
    public var idPrefix: String

    public init(allowRawHTML: Bool = false, headingShift: Int = 0, limits: MarkdownLimits = .default, idPrefix: String = "") {
        self.allowRawHTML = allowRawHTML
        self.headingShift = headingShift
        self.limits = limits
        self.idPrefix = idPrefix
    }
}

/// Bounds checked before cmark-gfm sees a text. Debian's cmark-gfm 0.29.0.gfm.6 predates the 2023
/// fixes for quadratic-time inputs, so text beyond these is refused with a diagnostic instead of
/// being handed over. The defaults are far above anything a plan's narrative needs.
public struct MarkdownLimits: Sendable, Hashable {
    public var maxBytes = 1 << 20
    public var maxLineLength = 20_000
    /// Lines per narrative: bounds the size of the tree cmark builds (a plan has a few hundred).
    public var maxLines = 20_000
    /// Bytes in one block of consecutive non-blank lines. cmark-gfm parses inlines a paragraph at a
    /// time, and its quadratic cases are quadratic in that; a real paragraph or table is a few KB (the
    /// sample's longest, 7.5 KB). At 32 KB, half a megabyte of code spans took a second on a slow machine.
    public var maxBlockBytes = 16_384
    public var maxTableColumns = 64
    public var maxTableCells = 20_000
    /// The longest run of one of `[ ! > - _ * ` < ( )` characters.
    public var maxRun = 1_000
    /// The most leading spaces or `>` on a line (deeply nested lists and quotes).
    public var maxNesting = 64
    public var maxLinkReferences = 2_000
    /// Autolink candidates (`www.`, `http`) in one paragraph's line.
    public var maxAutolinksPerLine = 500
    public var maxOutputBytes = 16 << 20

    public static let `default` = MarkdownLimits()

    public init() {}
}
