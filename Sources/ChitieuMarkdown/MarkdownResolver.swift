import ChitieuCore

/// Binds narratives to data. Chitieu's site stage implements it; Markdown only finds the places.
public protocol MarkdownResolver {
    /// A role: `{name}` immediately followed by a code span, e.g. {value}`ninh-binh/staff_trained_pct/2021-2025`.
    /// Returns the HTML to put in place of both, or nil to leave them as written.
    func inlineRole(name: String, argument: String, at location: SourceLocation) -> String?
    /// A fenced code block whose info string is `chitieu-<kind>`, at its opening fence. Returns the
    /// HTML to put in place of the block, or nil to show it as code.
    func embed(kind: String, body: String, at location: SourceLocation) -> String?
}

/// A heading of a narrative, with the id its rendered element carries.
public struct Heading: Sendable, Hashable {
    public let level: Int
    public let text: String
    public let id: String
}

/// A number written out in the prose (not in code, not quoted through a role), as typed, so a
/// later stage can tell whether it repeats a figure by hand.
public struct WrittenNumber: Sendable, Hashable {
    /// Digits with their separators, e.g. `2.687.000.000` or `12,5`.
    public let text: String
    /// The word right after it, if any (`%`, `triệu`, `million`…), which scales or qualifies it.
    public let next: String
    /// The word right before it (`tháng`, `ngày`, `May`…), lowercased: dates are not figures.
    public let previous: String
    public let location: SourceLocation
}

/// A narrative rendered: the HTML, its headings, its first paragraph, the numbers its prose
/// writes out, and the problems found (limits exceeded).
public struct RenderedMarkdown: Sendable {
    public let html: String
    public let headings: [Heading]
    public let excerptHTML: String
    public let numbers: [WrittenNumber]
    public let diagnostics: [Diagnostic]

    static func refused(_ diagnostics: [Diagnostic]) -> RenderedMarkdown {
        RenderedMarkdown(html: "", headings: [], excerptHTML: "", numbers: [], diagnostics: diagnostics)
    }
}
