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

    /// Every key answers what a dictionary of the rows would, the first of repeated keys winning,
    /// and a key with no row (in a pair that has rows, or not) answers nothing.
    @Test func lookupsAgreeWithADictionaryOfTheRows() async {
        let ids = ["vn", "an-giang", "ben-tre", "a"], kinds: [ValueRow.Kind] = [.target, .result, .gap, .share]
        let periods = [Period(start: 2016, end: 2020), Period(start: 2020, end: 2020), Period(start: 2021, end: 2025), Period(start: 2021, end: 2021)]
        let keys = ids.flatMap { j in ids.flatMap { i in periods.flatMap { p in kinds.map { ValueKey(jurisdiction: j, indicator: i, period: p, kind: $0) } } } }
        await propertyCheck(count: 200, input: Gen.element(of: keys).array(of: 0...80)) { picked in
            let rows = picked.compactMap { $0 }.enumerated().map { number, key in
                row(key.jurisdiction, key.indicator, key.period, key.kind, Double(number))
            }
            let expected = Dictionary(rows.map { ($0.key, $0.quantity.low) }, uniquingKeysWith: { first, _ in first })
            let table = ValuesTable(rows)
            for key in keys {
                #expect(table[key]?.quantity.low == expected[key])
            }
        }
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
