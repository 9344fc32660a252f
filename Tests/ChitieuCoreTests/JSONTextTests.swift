import ChitieuCore
import Testing

/// JSON string literals: copied whole when nothing needs escaping, escaped scalar by scalar otherwise.
struct JSONTextTests {
    @Test(arguments: [
        ("Đà Nẵng", "\"Đà Nẵng\""),
        ("", "\"\""),
        ("a\"b\\c", "\"a\\\"b\\\\c\""),
        ("dòng\nmới\r\tđây", "\"dòng\\nmới\\r\\tđây\""),
        ("</script>", "\"\\u003c/script>\""),
        ("\u{1}", "\"\\u0001\""),
        ("ngắt\u{2028}dòng\u{2029}", "\"ngắt\\u2028dòng\\u2029\""),
        ("€ giá", "\"€ giá\""),
    ])
    func escapes(_ text: String, _ literal: String) {
        #expect(JSONText.string(text) == literal)
    }

    @Test func appendsToWhatIsThere() {
        var out = UTF8Buffer(capacity: 0)
        out.append("{\"k\":")
        out.appendJSONString("Lai Châu")
        out.appendJSONString("<")
        #expect(out.text == "{\"k\":\"Lai Châu\"\"\\u003c\"")
    }
}
