import ChitieuCore
import ChitieuPages
import Testing

/// Interface sentences with `{name}` placeholders, filled in once.
struct StringsFormatTests {
    let strings = Strings(language: .vi, table: [
        "gap": "Chỉ tiêu {name} là {value}, {direction} {gap} so với mục tiêu quốc gia.",
        "odd": "{ {unknown} {value}} {value",
        "plain": "Không có chỗ trống",
    ])

    @Test func placeholdersAreFilledOnceInTheirOrder() {
        let values = ["name": "tỷ lệ {value}", "value": "60%", "direction": "thấp hơn", "gap": "12 điểm phần trăm"]
        #expect(strings.format("gap", values) == "Chỉ tiêu tỷ lệ {value} là 60%, thấp hơn 12 điểm phần trăm so với mục tiêu quốc gia.")
        #expect(strings.format("odd", ["value": "x"]) == "{ {unknown} x} {value")
        #expect(strings.format("plain", values) == "Không có chỗ trống")
        #expect(strings.format("missing", values) == "[missing]")
    }
}
