import ChitieuCore
import ChitieuLoad
import ChitieuModel
import ChitieuTestSupport
import Foundation
import Testing

/// Every figure of the seeds (`SeedFigures.swift`, typed from the source documents, not read from the
/// content) must be in `content/` with the same value, range and bound.
@Suite struct SeedFiguresTests {
    static let content: Content? = ContentLoader(root: TempContent.repository.appendingPathComponent("content").path).load().content

    static func quantity(_ expected: ExpectedFigure) -> Quantity {
        let bound: Quantity.Bound = expected.bound == "at_least" ? .atLeast : expected.bound == "at_most" ? .atMost : .exact
        return Quantity(low: expected.low, high: expected.high, bound: bound)
    }

    @Test func everySourceIsCovered() {
        #expect(Set(expectedSeedFigures.map(\.seed)) == ["000", "001", "002", "003", "004", "decision-112", "decision-32"])
    }

    @Test func everyFigureOfTheSeedsIsInTheContent() throws {
        let content = try #require(Self.content)
        let figures = Dictionary(content.figures.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        for expected in expectedSeedFigures where expected.kind != "budget" {
            let period = try #require(try? Period.parse(expected.period).get())
            let kind = try #require(Figure.Kind(rawValue: expected.kind))
            let key = FigureKey(jurisdiction: expected.jurisdiction, indicator: expected.indicator, period: period, kind: kind)
            #expect(figures[key]?.quantity == Self.quantity(expected), "seed \(expected.seed): \(key)")
        }
    }

    @Test func everyBudgetOfTheSeedsIsInTheContent() throws {
        let content = try #require(Self.content)
        for expected in expectedSeedFigures where expected.kind == "budget" {
            let budget = content.budgets.first { $0.jurisdiction == expected.jurisdiction && $0.period.description == expected.period }
            let stated = expected.indicator == "total" ? budget?.total : budget?.lines.first { $0.id == expected.indicator }?.amount
            #expect(stated == Self.quantity(expected), "seed \(expected.seed): \(expected.jurisdiction) \(expected.period) budget \(expected.indicator)")
        }
    }

    /// The other direction: a stated figure of a plan made from a seed that the list does not name
    /// is a figure nobody checked against the source.
    @Test func theContentStatesNoFigureTheSeedsDoNot() throws {
        let content = try #require(Self.content)
        let listed = Set(expectedSeedFigures.map { "\($0.jurisdiction)|\($0.indicator)|\($0.period)|\($0.kind)" })
        for figure in content.figures {
            #expect(listed.contains("\(figure.jurisdiction)|\(figure.indicator)|\(figure.period)|\(figure.kind.rawValue)"), "\(figure.key) is in no seed")
        }
    }
}
