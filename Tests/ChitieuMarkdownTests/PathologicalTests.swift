import ChitieuCore
import ChitieuMarkdown
import Foundation
import Testing

/// The input classes of cmark-gfm's `test/pathological_tests.py` and the 2023 advisories, at
/// 512 KB each: every one is either rendered in under a second or refused with a diagnostic, so
/// Debian's unpatched cmark-gfm never sees a quadratic input.
@Suite struct PathologicalTests {
    static let size = 512 * 1024

    static func repeated(_ piece: String, prefix: String = "", suffix: String = "") -> String {
        prefix + String(repeating: piece, count: max(1, (size - prefix.utf8.count - suffix.utf8.count) / max(1, piece.utf8.count))) + suffix
    }

    static let cases: [(String, String)] = [
        ("nested strong emphasis", repeated("*a **a ") + repeated(" a** a*")),
        ("emphasis closers with no openers", repeated("a_ ")),
        ("emphasis openers with no closers", repeated("_a ")),
        ("link closers with no openers", repeated("a]")),
        ("link openers with no closers", repeated("[a")),
        ("mismatched openers and closers", repeated("*a_ ")),
        ("openers and closers multiple of 3", repeated("a**b c* ")),
        ("unclosed < with no closers", repeated("<a ")),
        ("nested brackets", repeated("[", suffix: "a") + repeated("]")),
        ("nested block quotes", repeated("> ") + "a\n"),
        ("backticks", repeated("e`")),
        ("unclosed links", repeated("[a](<b")),
        ("many link references", repeated("[a]: u\n")),
        ("autolink www.a_ run", repeated("www.a_")),
        ("table with many columns", "|" + repeated("x|", suffix: "\n") + "|" + repeated("-|", suffix: "\n")),
        ("table with many cells", "a|b\n-|-\n" + repeated("x|y\n")),
        ("deeply nested lists", (0..<5000).map { String(repeating: "  ", count: $0) + "- a\n" }.joined()),
        ("many hard line breaks", repeated("a  \n")),
        ("many entities", repeated("&amp;")),
        ("many empty lines", repeated("\n")),
    ]

    @Test(arguments: cases.map(\.0))
    func isFastOrRefused(_ name: String) {
        let text = Self.cases.first { $0.0 == name }!.1
        let clock = ContinuousClock()
        let start = clock.now
        let rendered = Markdown.render(text, origin: ChitieuCore.SourceLocation(file: "p.md", line: 1, column: 1))
        let elapsed = clock.now - start
        #expect(!rendered.diagnostics.isEmpty || elapsed < .seconds(1), "\(name) rendered in \(elapsed) without a diagnostic")
        for diagnostic in rendered.diagnostics { #expect(diagnostic.severity == .error && diagnostic.location.line >= 1) }
    }

    @Test func limitsNameTheirLineAndAreConfigurable() {
        var limits = MarkdownLimits()
        limits.maxTableColumns = 3
        let text = "ok\n\n| a | b | c | d |\n|---|---|---|---|\n"
        let rendered = Markdown.render(text, origin: ChitieuCore.SourceLocation(file: "p.md", line: 5, column: 1), options: MarkdownOptions(limits: limits))
        #expect(rendered.html.isEmpty)
        #expect(rendered.diagnostics.first?.description == "p.md:7:13: error: a table row has more than 3 columns\n  hint: split the table")
    }
}
