@testable import ChitieuCompute
import ChitieuCore
import ChitieuModel
import Testing

@Suite struct EditionChangesTests {
    static let current = Engine.compute(Sample.content(indicators: [Sample.indicator("units_pct")], figures: [
        Sample.figure("vn", "units_pct", Sample.p2125, .target, .value(60)),
        Sample.figure("a", "units_pct", Sample.p2125, .target, .value(35)),
        Sample.figure("b", "units_pct", Sample.p2125, .target, .value(50)),
    ])).values

    func published(_ jurisdiction: String, _ kind: String, _ quantity: Quantity, computed: Bool = false) -> PublishedValue {
        PublishedValue(jurisdiction: jurisdiction, indicator: "units_pct", period: Sample.p2125, kind: kind, quantity: quantity,
                       unit: "percent", computed: computed, source: "plan", location: Sample.here)
    }

    @Test func addedRemovedAndRevisedStatedValuesOnly() throws {
        let previous = [
            published("vn", "target", .value(60)), published("a", "target", .value(30)),
            published("c", "target", .value(45)), published("a", "gap", .value(-30), computed: true),
            published("a", "combined_target", .value(30), computed: true),
        ]
        let changes = EditionChanges(previous: previous, current: Self.current)
        #expect(changes.compared)
        #expect(changes.changes.map { "\($0.kind) \($0.key.jurisdiction)" } == ["revised a", "added b", "removed c"])
        let revised = try #require(changes.changes.first)
        #expect(revised.old?.quantity == .value(30))
        #expect(revised.new?.quantity == .value(35))
        #expect(changes.revision(of: revised.key)?.quantity == .value(30))
        #expect(changes.revision(of: ValueKey(jurisdiction: "b", indicator: "units_pct", period: Sample.p2125, kind: .target)) == nil)
    }

    @Test func theSameValuesAreNoChangeAndNoEditionIsNotCompared() {
        let previous = Self.current.rows.filter { !$0.computed }.map { published($0.jurisdiction, $0.kind.rawValue, $0.quantity) }
        let same = EditionChanges(previous: previous, current: Self.current)
        #expect(same.compared && same.isEmpty)
        #expect(!EditionChanges.none.compared)
        #expect(EditionChanges(previous: [published("a", "target", .range(30, 35))], current: Self.current).changes.first?.kind == .revised,
                "a range is not the value it starts at")
    }
}
