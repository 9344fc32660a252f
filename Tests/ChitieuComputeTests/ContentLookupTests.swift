import ChitieuCore
import ChitieuModel
import Testing

/// Lookups made once instead of scans: they must give what the scans gave.
struct ContentLookupTests {
    @Test func aJurisdictionsFiguresAreThoseAScanFinds() {
        let figures = ["c", "a", "vn", "b", "a", "c", "a"].enumerated().map { index, id in
            Sample.figure(id, "i\(index)", Sample.p2125, .target, .value(Double(index)), line: index + 1)
        }
        let content = Sample.content(indicators: [], figures: figures)
        for id in ["a", "b", "c", "vn"] {
            #expect(Array(content.figures(of: id)) == content.figures.filter { $0.jurisdiction == id })
        }
        #expect(content.figures(of: "a").count == 3)
        #expect(content.figures(of: "0").isEmpty && content.figures(of: "zz").isEmpty && content.figures(of: "ab").isEmpty)
    }

    @Test func figuresAreInTheOrderOfTheirKeysThenPlaces() {
        let ids = ["vn", "Đà Nẵng", "an-giang", "a", "ab"], kinds: [Figure.Kind] = [.target, .result, .baseline]
        var figures: [Figure] = []
        for index in 0..<300 {
            var figure = Sample.figure(ids[index % 5], ids[(index / 5) % 5], Period(start: 2020 + index % 3, end: 2025 - index % 2),
                                       kinds[(index / 7) % 3], .value(Double(index)), line: 10 - index % 4)
            figure.location = SourceLocation(file: ["b.csv", "a.md", "Ả.csv"][(index / 11) % 3], line: figure.location.line, column: index % 3)
            figures.append(figure)
        }
        let content = Sample.content(indicators: [], figures: figures)
        #expect(content.figures == figures.sorted { ($0.key, $0.location) < ($1.key, $1.location) })
    }

    @Test func sortingByAKeyKeepsTheOrderOfEqualKeys() {
        let words = ["pear", "fig", "apple", "kiwi", "plum", "date", "lime"]
        #expect(words.sorted(byKey: \.count, by: <) == ["fig", "pear", "kiwi", "plum", "date", "lime", "apple"])
        #expect(words.sorted(byKey: { $0 }, by: >) == words.sorted(by: >))
        #expect([Int]().sorted(byKey: { $0 }, by: <).isEmpty)
    }
}
