import ChitieuCore
import ChitieuMarkdown
import Foundation
import Testing

/// The input classes of cmark-gfm's `test/pathological_tests.py` and the 2023 advisories, at
/// 512 KB each: every one is either rendered in under a second or refused with a diagnostic, so
/// Debian's unpatched cmark-gfm never sees a quadratic input.
@Suite(.serialized) struct PathologicalTests {
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

    /// The same input folded into 80-character lines: one paragraph, no long line for the
    /// line-length limit to catch.
    static func folded(_ text: String) -> String {
        var out = "", count = 0
        for character in text {
            out.append(character)
            count = character == "\n" ? 0 : count + 1
            if count == 80 { out.append("\n"); count = 0 }
        }
        return out
    }

    /// Folded, and cut into blocks just under the block limit by blank lines: the most of each
    /// pattern the limits let through to cmark-gfm.
    static func blocks(_ text: String) -> String {
        var out = "", size = 0
        for line in folded(text).split(separator: "\n", omittingEmptySubsequences: false) {
            if size + line.utf8.count + 1 > MarkdownLimits().maxBlockBytes - 100 {
                out += "\n"
                size = 0
            }
            out += line + "\n"
            size += line.utf8.count + 1
        }
        return out
    }

    static let variants = ["", "folded ", "blocks of "]

    @Test(arguments: variants.flatMap { variant in cases.map { variant + $0.0 } })
    func isFastOrRefused(_ name: String) {
        let variant = Self.variants.last { !$0.isEmpty && name.hasPrefix($0) } ?? ""
        let original = Self.cases.first { $0.0 == String(name.dropFirst(variant.count)) }!.1
        let text = variant == "folded " ? Self.folded(original) : variant == "blocks of " ? Self.blocks(original) : original
        // The thread's processor time: the tests running beside this one on a busy machine
        // would inflate wall time, not the work cmark does.
        let start = StageClock.threadProcessorTime()
        let rendered = Markdown.render(text, origin: ChitieuCore.SourceLocation(file: "p.md", line: 1, column: 1))
        let elapsed = StageClock.threadProcessorTime() - start
        #expect(!rendered.diagnostics.isEmpty || elapsed < .seconds(1), "\(name) rendered in \(elapsed) without a diagnostic")
        if ProcessInfo.processInfo.environment["CHITIEU_REPORT"] == "1" {
            print("pathological: \(name): \(rendered.diagnostics.isEmpty ? "rendered" : "refused") in \(elapsed)")
        }
        for diagnostic in rendered.diagnostics { #expect(diagnostic.severity == .error && diagnostic.location.line >= 1) }
    }

    @Test func aNarrativeOfTooManyLinesIsRefusedAtTheFirstLineOverTheLimit() {
        var limits = MarkdownLimits()
        limits.maxLines = 100
        let rendered = Markdown.render(String(repeating: "a\n", count: 150), origin: ChitieuCore.SourceLocation(file: "p.md", line: 3, column: 1),
                                       options: MarkdownOptions(limits: limits))
        #expect(rendered.diagnostics.map(\.description) == ["p.md:103:1: error: narrative has 150 lines; the limit is 100\n  hint: split it into several documents"])
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
