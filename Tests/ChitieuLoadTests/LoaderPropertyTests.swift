@testable import ChitieuLoad
import ChitieuCore
import ChitieuModel
import PropertyBased
import Testing

/// Random input through the CSV, front matter and embed readers: each answers with values or
/// diagnostics that point inside the input, never a crash, a hang or a place that isn't there.
@Suite struct LoaderPropertyTests {
    static let header = "jurisdiction,indicator,period,kind,value,source\n"
    /// Pieces of CSV rows: good values, near misses and hostile text.
    static let fields = [
        "ninh-binh", "vn", "trainees", "2021-2025", "2023", "target", "result", "60", "12.5", "-3", "1e3", "0012", "-inf",
        "nan", "0x1p3", "=cmd|' /C calc'!A0", "\"quoted, with comma\"", "\"", "\"\"", "Hà Nội", "\u{0}", "\t", " ", "", "nb-plan",
        ">=40", "30-50", "2025-12-31",
    ]
    static let separators = [",", ",", ",", "\n", "\r\n", ";"]

    func location(_ diagnostic: Diagnostic, isInside text: String) -> Bool {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        return diagnostic.location.line >= 1 && diagnostic.location.line <= lines + 1 && diagnostic.location.column >= 1
    }

    @Test func randomCSVRowsGiveFiguresOrDiagnosticsInsideTheFile() async {
        let piece = Gen.element(of: Self.fields).map { $0 ?? "" }
        let separator = Gen.element(of: Self.separators).map { $0 ?? "," }
        let body = zip(piece, separator).array(of: 0...60).map { $0.map { $0.0 + $0.1 }.joined() }
        await propertyCheck(count: 1500, input: body) { body in
            // As the file reader hands it over: CR LF and CR already LF.
            let text = String(decoding: ContentFileReader.unixLineEnds(Array((Self.header + body).utf8)), as: UTF8.self)
            let log = DiagnosticLog()
            let figures = CSVFigureLoader(file: "data/x.csv", log: log).load(text)
            for diagnostic in log.items {
                #expect(location(diagnostic, isInside: text), "\(diagnostic) points outside \(text.debugDescription)")
            }
            for figure in figures {
                #expect(figure.quantity.low.isFinite && figure.quantity.high.isFinite && figure.quantity.low <= figure.quantity.high)
            }
        }
    }

    /// Rows written with the exporter's quoting read back as the same figures, each at its line.
    @Test func writtenRowsReadBackAtTheirLines() async {
        let jurisdiction = Gen.element(of: ["ninh-binh", "lai-chau", "ben-tre", "vn"]).map { $0 ?? "vn" }
        let value = Gen.int(in: -100_000...100_000).map { Double($0) / 100 }
        let source = Gen.element(of: ["nb-plan", "Báo cáo, 2023", "Sở \"LĐTBXH\"", "line\nbreak"]).map { $0 ?? "" }
        let row = zip(jurisdiction, value, source)
        await propertyCheck(count: 300, input: row.array(of: 1...30)) { rows in
            var text = Self.header
            var lines: [Int] = []
            var line = 2
            for (jurisdiction, value, source) in rows {
                lines.append(line)
                text += CSVText.line([jurisdiction, "trainees", "2023", "result", CSVText.number(value), source])
                line += 1 + source.filter { $0 == "\n" }.count
            }
            let log = DiagnosticLog()
            let figures = CSVFigureLoader(file: "data/x.csv", log: log).load(text)
            #expect(!log.hasErrors, "\(log.items)")
            #expect(figures.map(\.jurisdiction) == rows.map(\.0))
            #expect(figures.map(\.quantity.low) == rows.map(\.1))
            #expect(figures.map(\.location.line) == lines)
        }
    }

    @Test func frontMatterSplitsWhereItsFenceCloses() async {
        let yamlLine = Gen.element(of: ["id: nb-plan", "title: {vi: Kế hoạch}", "  - 2021-2025", "", "# note", "---x", "-- -"]).map { $0 ?? "" }
        let bodyLine = Gen.element(of: ["# Mục tiêu", "Text with {value}`a`", "---", "...", "", "  ---  "]).map { $0 ?? "" }
        await propertyCheck(count: 1000, input: yamlLine.array(of: 0...12), bodyLine.array(of: 0...12)) { yaml, body in
            let text = "---\n" + (yaml + ["---"] + body).joined(separator: "\n")
            guard case .success(let split) = FrontMatter.split(text) else {
                Issue.record("a closed front matter was read as unclosed: \(text.debugDescription)")
                return
            }
            #expect(split.yaml == yaml.joined(separator: "\n"))
            #expect(split.body == body.joined(separator: "\n"))
            #expect(split.bodyLine == yaml.count + 3)
        }
    }

    @Test func anUnclosedFrontMatterIsOneDiagnosticOnLineOne() async {
        let line = Gen.element(of: ["id: x", "", "- a", "--", "—-", "# h"]).map { $0 ?? "" }
        await propertyCheck(count: 500, input: line.array(of: 0...20)) { lines in
            let log = DiagnosticLog()
            #expect(FrontMatter.read((["---"] + lines).joined(separator: "\n"), file: "plans/p.md", log: log) == nil)
            #expect(log.items.map(\.location.line) == [1])
        }
    }

    @Test func randomEmbedBodiesAnswerInsideTheirBlock() async {
        let pieces = [
            "chart: ", "bars", "slope", "line", "indicator: ", "indicators: ", "period: ", "periods: ", "jurisdictions: ",
            "trainees", "2021-2025", "[", "]", "{", "}", ",", ":", "\n", "\n  ", "- ", "&a ", "*a", "!!str ", "'", "\"", "caption: ",
            "vi: ", "en: ", "province", "all", "<script>", "\t", "%YAML 1.2\n", "---\n", "? ",
        ]
        let body = Gen.element(of: pieces).map { $0 ?? "" }.array(of: 0...40).map { $0.joined() }
        let fence = SourceLocation(file: "plans/p.md", line: 10, column: 3)
        await propertyCheck(count: 1500, input: Gen.element(of: ["chart", "table", "graph"]).map { $0 ?? "chart" }, body) { kind, body in
            let (request, diagnostics) = EmbedReader.read(kind: kind, body: body, fence: fence)
            let lastLine = fence.line + 1 + body.split(separator: "\n", omittingEmptySubsequences: false).count
            for diagnostic in diagnostics {
                #expect(diagnostic.location.file == fence.file)
                #expect((fence.line...lastLine).contains(diagnostic.location.line) && diagnostic.location.column >= 1,
                        "\(diagnostic) is outside the block \(body.debugDescription)")
            }
            if request != nil { #expect(!diagnostics.hasErrors) }
        }
    }
}
