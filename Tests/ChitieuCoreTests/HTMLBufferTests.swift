import ChitieuCore
import Testing

/// Markup built as bytes is the text built as a string: content escaped as `HTMLText.escape`
/// does, the generator's own markup placed as it is, every diacritic kept.
struct HTMLBufferTests {
    @Test func escapesContentLikeHTMLTextAndKeepsMarkup() {
        let texts = ["Tỷ lệ hộ nghèo", "A & B <c> \"d\" 'e'", "", "Đồng bằng sông Cửu Long — 2.687.000.000 ₫", "&&", String(repeating: "é<", count: 20)]
        for text in texts {
            var buffer = HTMLBuffer(capacity: 0)
            buffer.append("<td class=\"num\">")
            buffer.appendEscaped(text)
            buffer.append(text)
            buffer.append("</td>" as StaticString)
            #expect(buffer.text == "<td class=\"num\">" + HTMLText.escape(text) + text + "</td>")
        }
    }
}
