import ChitieuCore
import ChitieuMarkdown
import Testing

/// Replaces roles and embeds with recognisable HTML and remembers where they were found.
final class RecordingResolver: MarkdownResolver {
    var roles: [(String, String, ChitieuCore.SourceLocation)] = []
    var embeds: [(String, String, ChitieuCore.SourceLocation)] = []

    func inlineRole(name: String, argument: String, at location: ChitieuCore.SourceLocation) -> String? {
        roles.append((name, argument, location))
        return name == "keep" ? nil : "<b data-role=\"\(name)\">\(argument)</b>"
    }

    func embed(kind: String, body: String, at location: ChitieuCore.SourceLocation) -> String? {
        embeds.append((kind, body, location))
        // `<title>` is one of the tags cmark-gfm's tag filter escapes in raw HTML; an embed keeps it.
        return "<figure class=\"\(kind)\"><svg><title>t</title></svg></figure>"
    }
}

@Suite struct MarkdownTests {
    let origin = ChitieuCore.SourceLocation(file: "plans/p.md", line: 10, column: 1)

    func html(_ text: String, _ options: MarkdownOptions = MarkdownOptions()) -> String {
        Markdown.render(text, origin: origin, options: options).html
    }

    @Test func githubExtensionsAreOn() {
        #expect(html("| a | b |\n|---|---|\n| 1 | 2 |\n").contains("<table>"))
        #expect(html("~~gone~~") == "<p><del>gone</del></p>\n")
        #expect(html("see www.example.org") == "<p>see <a href=\"http://www.example.org\">www.example.org</a></p>\n")
        #expect(html("- [x] done\n").contains("type=\"checkbox\""))
    }

    @Test func rawHTMLIsTextUnlessAllowed() {
        #expect(html("a <b>bold</b> c") == "<p>a &lt;b&gt;bold&lt;/b&gt; c</p>\n")
        #expect(html("<script>alert(1)</script>\n") == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n")
        #expect(html("a <b>bold</b> c", MarkdownOptions(allowRawHTML: true)) == "<p>a <b>bold</b> c</p>\n")
        // The tag filter still neutralises the dangerous tags a site allowed raw HTML for.
        #expect(html("<script>x</script>\n", MarkdownOptions(allowRawHTML: true)).contains("&lt;script>"))
    }

    @Test func headingsGetUniqueASCIIIds() {
        let rendered = Markdown.render("## Mục tiêu chung\n\ntext\n\n## Mục tiêu chung\n\n### Đào *tạo*\n", origin: origin,
                                       options: MarkdownOptions(headingShift: 1))
        #expect(rendered.headings.map(\.id) == ["muc-tieu-chung", "muc-tieu-chung-2", "dao-tao"])
        #expect(rendered.headings.map(\.level) == [3, 3, 4])
        #expect(rendered.html.contains("<h3 id=\"muc-tieu-chung\">Mục tiêu chung</h3>"))
        #expect(rendered.html.contains("<h4 id=\"dao-tao\">Đào <em>tạo</em></h4>"))
    }

    @Test func headingIdsStartWithTheGivenPrefix() {
        let rendered = Markdown.render("## Mục tiêu\n\n## Mục tiêu\n", origin: origin, options: MarkdownOptions(idPrefix: "nb-plan-"))
        #expect(rendered.headings.map(\.id) == ["nb-plan-muc-tieu", "nb-plan-muc-tieu-2"])
        #expect(rendered.html.contains("<h2 id=\"nb-plan-muc-tieu\">Mục tiêu</h2>"))
    }

    @Test func excerptIsTheFirstParagraph() {
        let rendered = Markdown.render("# Title\n\nFirst *one*.\n\nSecond.\n", origin: origin)
        #expect(rendered.excerptHTML == "<p>First <em>one</em>.</p>\n")
    }

    @Test func rolesAreReplacedWithTheirLocation() {
        let resolver = RecordingResolver()
        let text = "Mục tiêu là {value}`ninh-binh/staff_trained_pct/2021-2025`.\nDòng hai: {ref}`ben-tre` và `{value}` và {keep}`x`.\n"
        let rendered = Markdown.render(text, origin: origin, resolver: resolver)
        #expect(rendered.html == "<p>Mục tiêu là <b data-role=\"value\">ninh-binh/staff_trained_pct/2021-2025</b>.\nDòng hai: <b data-role=\"ref\">ben-tre</b> và <code>{value}</code> và {keep}<code>x</code>.</p>\n")
        #expect(resolver.roles.map(\.0) == ["value", "ref", "keep"])
        #expect(resolver.roles[0].2 == ChitieuCore.SourceLocation(file: "plans/p.md", line: 10, column: 13))
        #expect(resolver.roles[1].2 == ChitieuCore.SourceLocation(file: "plans/p.md", line: 11, column: 11))
    }

    @Test func rolesInsideCodeStayLiteral() {
        let resolver = RecordingResolver()
        let rendered = Markdown.render("```\n{value}`x`\n```\n\n    {value}`y`\n", origin: origin, resolver: resolver)
        #expect(resolver.roles.isEmpty)
        #expect(rendered.html.contains("{value}`x`"))
    }

    @Test func embedsAreReplacedAtTheirFence() {
        let resolver = RecordingResolver()
        let text = "Intro.\n\n```chitieu-chart\nindicator: x\n```\n\n```yaml\nplain: code\n```\n"
        let rendered = Markdown.render(text, origin: origin, resolver: resolver)
        #expect(rendered.html == "<p>Intro.</p>\n<figure class=\"chart\"><svg><title>t</title></svg></figure>\n<pre><code class=\"language-yaml\">plain: code\n</code></pre>\n")
        #expect(resolver.embeds.count == 1)
        #expect(resolver.embeds[0].1 == "indicator: x\n")
        #expect(resolver.embeds[0].2 == ChitieuCore.SourceLocation(file: "plans/p.md", line: 12, column: 1))
    }

    /// An embed stands in the rendered HTML as a placeholder comment until the end; text that
    /// happens to read like one, even in raw HTML, must come out as written.
    @Test func textLikeAPlaceholderIsLeftAlone() {
        let resolver = RecordingResolver()
        let text = "<!--chitieu-embed-1--> and chitieu-embed-x\n\n```chitieu-chart\nindicator: x\n```\n"
        let rendered = Markdown.render(text, origin: origin, options: MarkdownOptions(allowRawHTML: true), resolver: resolver)
        #expect(rendered.html == "<!--chitieu-embed-1--> and chitieu-embed-x\n<figure class=\"chart\"><svg><title>t</title></svg></figure>\n")
    }

    /// Resolving roles frees their code spans; a block put in place later may reuse that memory,
    /// and must not be taken for a raw HTML block to escape (it was, once, showing SVG as text).
    @Test func embedsAfterManyRolesStayHTML() {
        let resolver = RecordingResolver()
        let roles = (1...50).map { "{v}`\($0)`" }.joined(separator: " ")
        let text = roles + "\n\n- item\n\n  ```chitieu-chart\n  chart: bars\n  ```\n\n" + roles + "\n"
        let html = Markdown.render(text, origin: origin, resolver: resolver).html
        #expect(html.contains("<figure class=\"chart\"><svg><title>t</title></svg></figure>"))
        #expect(!html.contains("&lt;figure"))
        #expect(resolver.embeds.map(\.2) == [ChitieuCore.SourceLocation(file: "plans/p.md", line: 14, column: 3)])
    }

    @Test func writtenNumbersSkipCodeRolesNamesAndDates() {
        let text = "Đạt 60% và 2.687.000.000 đồng; {v}`75` `80` theo 47/KH-UBND ngày 31/3/2021, QĐ-TTg2.\n\n```\n90\n```\n"
        let numbers = Markdown.render(text, origin: origin, resolver: RecordingResolver()).numbers
        #expect(numbers.map(\.text) == ["60", "2.687.000.000"])
        #expect(numbers.map(\.next) == ["%", "đồng"])
        #expect(numbers.map(\.location.column) == [5, 12])
    }
}

extension MarkdownTests {
    @Test func scriptSchemesLoseTheirDestination() {
        #expect(html("[a](javascript:alert(1)) [b](&#106;avascript:x) [c](JAVASCRIPT:x) [d](vbscript:x)")
                == "<p><a href=\"\">a</a> <a href=\"\">b</a> <a href=\"\">c</a> <a href=\"\">d</a></p>\n")
        #expect(html("![i](data:text/html,x) ![j](data:image/png;base64,AA==) [k](https://example.org/)")
                == "<p><img src=\"\" alt=\"i\" /> <img src=\"data:image/png;base64,AA==\" alt=\"j\" /> <a href=\"https://example.org/\">k</a></p>\n")
    }
}
