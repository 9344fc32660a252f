import Foundation
import ChitieuCore
import Testing

/// Text built as bytes is the text built as strings: content escaped for HTML as
/// `HTMLText.escape` does, CSV fields as `CSVText.field`, JSON strings as `JSONText.string`, the
/// generator's own markup placed as it is, every diacritic kept.
struct UTF8BufferTests {
    static let texts = ["Tỷ lệ hộ nghèo", "A & B <c> \"d\" 'e'", "", "Đồng bằng sông Cửu Long — 2.687.000.000 ₫", "&&",
                        String(repeating: "é<", count: 20), "a,b", "=1+1", "-12.5", "line\nbreak", "tab\there", "\u{2028}"]

    @Test func escapesHTMLLikeHTMLTextAndKeepsMarkup() {
        for text in Self.texts {
            var buffer = UTF8Buffer(capacity: 0)
            buffer.append("<td class=\"num\">")
            buffer.appendHTMLEscaped(text)
            buffer.append(text)
            buffer.append("</td>" as StaticString)
            #expect(buffer.text == "<td class=\"num\">" + HTMLText.escape(text) + text + "</td>")
        }
    }

    @Test func writesCSVFieldsAndLinesLikeCSVText() {
        for text in Self.texts {
            var buffer = UTF8Buffer(capacity: 0)
            buffer.appendCSVField(text)
            #expect(buffer.text == CSVText.field(text), "\(text)")
        }
        var line = UTF8Buffer(capacity: 0)
        line.appendCSVLine(Self.texts)
        #expect(line.text == CSVText.line(Self.texts))
    }

    @Test func writesJSONStringsLikeJSONText() {
        var buffer = UTF8Buffer(capacity: 0)
        for text in Self.texts { buffer.appendJSONString(text) }
        #expect(buffer.text == Self.texts.map(JSONText.string).joined())
        #expect(JSONText.string("Lai Châu <b>\n") == "\"Lai Châu \\u003cb>\\n\"")
    }

    /// The buffer grows its own memory: thousands of pieces of every kind, past many doublings
    /// from the smallest capacity, read back as the same text a string would have made.
    @Test func growsAcrossManyAppendsOfEveryKind() {
        var buffer = UTF8Buffer(capacity: 0)
        var expected = ""
        var other = UTF8Buffer(capacity: 1)
        other.append("Điện Biên ")
        for index in 0..<5_000 {
            let text = Self.texts[index % Self.texts.count]
            switch index % 5 {
            case 0: buffer.append(text); expected += text
            case 1: buffer.appendHTMLEscaped(text); expected += HTMLText.escape(text)
            case 2: buffer.appendCSVField(text); expected += CSVText.field(text)
            case 3: buffer.append(other); expected += "Điện Biên "
            default: buffer.append("<td>" as StaticString); expected += "<td>"
            }
        }
        #expect(buffer.text == expected)
        #expect(buffer.data == Data(expected.utf8))
        #expect(buffer.withUnsafeBytes { $0.count } == expected.utf8.count)
        let empty = UTF8Buffer(capacity: 0).isEmpty
        #expect(empty)
    }
}
