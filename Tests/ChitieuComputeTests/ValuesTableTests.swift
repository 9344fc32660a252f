import ChitieuCompute
import ChitieuModel
import Testing

/// The values table's order is the order of the keys, whatever order the rows came in.
struct ValuesTableTests {
    func row(_ jurisdiction: String, _ indicator: String, _ period: Period, _ kind: ValueRow.Kind, _ value: Double) -> ValueRow {
        ValueRow(jurisdiction: jurisdiction, indicator: indicator, period: period, kind: kind, quantity: .value(value), unit: "", computed: false, source: "test")
    }

    @Test func kindsCompareInTheOrderOfTheirCases() {
        #expect(ValueRow.Kind.allCases.sorted() == ValueRow.Kind.allCases)
        #expect(ValueRow.Kind.target < .share && !(ValueRow.Kind.gap < .budget))
    }

    @Test func rowsAreOrderedByJurisdictionIndicatorPeriodAndKind() {
        let p1 = Period(start: 2016, end: 2020), p2 = Period(start: 2021, end: 2025)
        let rows = [row("vn", "b", p1, .target, 1), row("ben-tre", "b", p2, .gap, 2), row("ben-tre", "b", p2, .target, 3),
                    row("ben-tre", "a", p2, .target, 4), row("ben-tre", "b", p1, .result, 5)]
        let table = ValuesTable(rows)
        #expect(table.rows.map(\.quantity.low) == [4, 5, 3, 2, 1])
        #expect(table.rows(jurisdiction: "ben-tre").map(\.quantity.low) == [4, 5, 3, 2])
        #expect(table.value("ben-tre", "b", p2, .gap)?.quantity.low == 2)
        #expect(table.periods(of: .target) == [p1, p2])
    }
}
