import ChitieuCore
@testable import ChitieuLoad
import Testing
import Yams

/// YAML scalars are text to the loader, which parses numbers and periods itself: no implicit
/// YAML 1.1 types, so a key means the same whether it is quoted or not.
struct YAMLTextTests {
    @Test func quotedAndPlainKeysAreTheSameKey() {
        let log = DiagnosticLog()
        #expect(YAMLText.parse("2021: a\n\"2021\": b\n", file: "plan.yaml", log: log) == nil)
        #expect(log.items.map(\.description) == ["plan.yaml:1:1: error: duplicate key '2021' in the same mapping\n  hint: each key may appear once; merge the two entries"])
    }

    @Test func scalarsKeepTheirTextAndPlace() throws {
        let log = DiagnosticLog()
        let node = try #require(YAMLText.parse("on: yes\nvalue: 0012\nempty: ~\n", file: "plan.yaml", log: log))
        #expect(log.items.isEmpty)
        let pairs = try #require(node.mapping).map { ($0.key.scalar?.string ?? "", $0.value.scalar?.string ?? "", $0.value.mark?.line ?? 0) }
        #expect(pairs.map(\.0) == ["on", "value", "empty"])
        #expect(pairs.map(\.1) == ["yes", "0012", "~"])
        #expect(pairs.map(\.2) == [1, 2, 3])
    }
}
