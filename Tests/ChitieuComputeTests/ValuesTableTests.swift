@testable import ChitieuCompute
import ChitieuModel
import PropertyBased
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

/// Sorting by ranked ids gives the order of the keys themselves, ties kept in place.
@Suite struct ValueKeyOrderTests {
    @Test func rankedOrderIsTheKeysOrder() async {
        let ids = ["vn", "an-giang", "Đà Nẵng", "ben-tre", "a", "ab", "b/x", "budget/1"]
        let kinds = ValueRow.Kind.allCases
        let key = zip(Gen.element(of: ids), Gen.element(of: ids), Gen.int(in: 2010...2012), Gen.int(in: 0...2), Gen.element(of: kinds))
            .map { j, i, start, length, kind in
                ValueKey(jurisdiction: j ?? "", indicator: i ?? "", period: Period(start: start, end: start + length), kind: kind ?? .target)
            }
        await propertyCheck(count: 300, input: key.array(of: 0...60)) { keys in
            let numbered = Array(keys.enumerated())
            let ranked = numbered.sorted(byValueKey: \.element).map(\.offset)
            #expect(ranked == numbered.sorted { $0.element < $1.element }.map(\.offset))
        }
    }
}
