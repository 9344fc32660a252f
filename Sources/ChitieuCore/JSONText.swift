/// JSON string literals written by hand, so key order and number forms are fixed byte for byte.
public enum JSONText {
    public static func string(_ text: String) -> String {
        var out = UTF8Buffer(capacity: text.utf8.count + 2)
        out.appendJSONString(text)
        return out.text
    }

    /// A byte that may start something `string` escapes: a control character, `"`, `\\`, `<`,
    /// or the first byte of U+2028 and U+2029.
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "<") || byte == 0xE2
    }
}

extension UTF8Buffer {
    /// A JSON string literal. Most strings need no escape: they are copied whole, after one look
    /// at their bytes.
    public mutating func appendJSONString(_ text: String) {
        append("\"")
        guard text.utf8.contains(where: JSONText.needsEscape) else {
            append(text)
            return append("\"")
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": append("\\\"")
            case "\\": append("\\\\")
            case "\n": append("\\n")
            case "\r": append("\\r")
            case "\t": append("\\t")
            case "<": append("\\u003c")
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                } else {
                    append(String(scalar))
                }
            }
        }
        append("\"")
    }
}
