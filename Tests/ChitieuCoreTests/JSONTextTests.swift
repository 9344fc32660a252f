import ChitieuCore
import Foundation
import Testing

/// JSON string literals: runs that need no escape copied whole, the rest escaped as JSON and HTML require.
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

    /// Seeded random texts of what is escaped, what shares its first byte (dashes, ₫, U+2028's
    /// neighbours) and Vietnamese, against the escapes written scalar by scalar, and read back by
    /// Foundation's JSON parser as the same text.
    @Test func agreesWithScalarEscapesOnRandomTexts() throws {
        let pieces: [Unicode.Scalar] = ["a", "\"", "\\", "\n", "\r", "\t", "<", ">", "\u{0}", "\u{1F}", "\u{7F}", "Đ", "ế",
                                        "\u{2013}", "\u{2014}", "\u{20AB}", "\u{2027}", "\u{2028}", "\u{2029}", "\u{202A}", "\u{E2}", "😀"]
        var random = SplitMix(seed: 2028)
        for _ in 0..<5_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...12, using: &random) { text.append(pieces.randomElement(using: &random)!) }
            let string = String(text)
            let literal = JSONText.string(string)
            #expect(literal == Self.scalarEscaped(string))
            let decoded = try JSONSerialization.jsonObject(with: Data(("[" + literal + "]").utf8)) as? [String]
            #expect(decoded == [string])
        }
    }

    static func scalarEscaped(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
