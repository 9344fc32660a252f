/// JSON string literals written by hand, so key order and number forms are fixed byte for byte.
public enum JSONText {
    public static func string(_ text: String) -> String {
        var out = UTF8Buffer(capacity: text.utf8.count + 2)
        out.appendJSONString(text)
        return out.text
    }
}

extension UTF8Buffer {
    /// A JSON string literal. Runs of bytes that need no escape are copied whole; what is escaped
    /// is ASCII or U+2028 and U+2029, so the bytes are read directly: Vietnamese text often
    /// holds a dash or ₫, whose first byte is U+2028's, and a string per scalar made those slow.
    public mutating func appendJSONString(_ text: String) {
        append("\"")
        var text = text
        text.withUTF8 { bytes in
            var copied = 0, index = 0
            while index < bytes.count {
                let (escape, length) = Self.jsonEscape(bytes, at: index)
                guard let escape else {
                    index += 1
                    continue
                }
                append(bytes: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                append(escape)
                index += length
                copied = index
            }
            append(bytes: UnsafeBufferPointer(rebasing: bytes[copied..<bytes.count]))
        }
        append("\"")
    }

    /// The escape of what starts at `index`, and how many bytes it replaces.
    private static func jsonEscape(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (String?, Int) {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "\""): return ("\\\"", 1)
        case UInt8(ascii: "\\"): return ("\\\\", 1)
        case UInt8(ascii: "\n"): return ("\\n", 1)
        case UInt8(ascii: "\r"): return ("\\r", 1)
        case UInt8(ascii: "\t"): return ("\\t", 1)
        case UInt8(ascii: "<"): return ("\\u003c", 1)
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
            return (bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029", 3)
        case ..<0x20:
            let hex = String(byte, radix: 16)
            return ("\\u00" + (hex.count < 2 ? "0" : "") + hex, 1)
        default: return (nil, 1)
        }
    }
}
